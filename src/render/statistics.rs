//! `--statistics`: how many findings each rule made, most first.

use super::FileReport;
use std::collections::BTreeMap;

/// Findings and safe fixes by rule, with the rule's severity.
#[derive(Debug, Clone, Default)]
pub struct Counts(BTreeMap<&'static str, (usize, usize, &'static str)>);

impl Counts {
    pub fn of(report: &FileReport<'_>) -> Counts {
        let mut counts = Counts::default();
        for d in report.diagnostics {
            let entry = counts
                .0
                .entry(d.rule)
                .or_insert((0, 0, d.severity.as_str()));
            entry.0 += 1;
            entry.1 += usize::from(d.is_safe_fixable());
        }
        counts
    }

    pub fn add(&mut self, other: Counts) {
        for (rule, (count, fixable, severity)) in other.0 {
            let entry = self.0.entry(rule).or_insert((0, 0, severity));
            entry.0 += count;
            entry.1 += fixable;
        }
    }
}

pub fn render(reports: &[FileReport<'_>]) -> String {
    let mut counts = Counts::default();
    reports.iter().for_each(|r| counts.add(Counts::of(r)));
    table(&counts)
}

pub fn table(counts: &Counts) -> String {
    let mut rows: Vec<_> = counts.0.iter().collect();
    rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
    let mut out = String::new();
    for (rule, (count, fixable, severity)) in rows {
        let fixable = if *fixable > 0 {
            format!(" ({fixable} fixable)")
        } else {
            String::new()
        };
        out.push_str(&format!("{count:>6}  {rule:<27} {severity}{fixable}\n"));
    }
    out
}
