//! `--statistics`: how many findings each rule made, most first.

use super::FileReport;
use std::collections::BTreeMap;

pub fn render(reports: &[FileReport<'_>]) -> String {
    let mut counts: BTreeMap<&str, (usize, usize, &str)> = BTreeMap::new();
    for d in reports.iter().flat_map(|r| r.diagnostics) {
        let entry = counts.entry(d.rule).or_insert((0, 0, d.severity.as_str()));
        entry.0 += 1;
        entry.1 += usize::from(d.is_safe_fixable());
    }
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
    let mut out = String::new();
    for (rule, (count, fixable, severity)) in rows {
        let fixable = if fixable > 0 {
            format!(" ({fixable} fixable)")
        } else {
            String::new()
        };
        out.push_str(&format!("{count:>6}  {rule:<27} {severity}{fixable}\n"));
    }
    out
}
