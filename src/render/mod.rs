//! One renderer per output format. Renderers only present: every decision
//! (what to report, how severe, how to fix) was made by the rules.

pub mod concise;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;
pub mod statistics;

use crate::diagnostic::{Diagnostic, Severity};
use crate::span::LineIndex;

/// The findings of one linted file, with the text they point into.
pub struct FileReport<'a> {
    pub path: &'a str,
    pub text: &'a str,
    pub diagnostics: &'a [Diagnostic],
}

impl FileReport<'_> {
    pub fn line_index(&self) -> LineIndex {
        LineIndex::new(self.text)
    }
}

/// Totals over all files, shown in the closing line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Findings that `--fix` repairs (safe fixes).
    pub fixable: usize,
}

impl std::ops::AddAssign for Summary {
    fn add_assign(&mut self, other: Summary) {
        self.files += other.files;
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.infos += other.infos;
        self.fixable += other.fixable;
    }
}

impl Summary {
    pub fn of(reports: &[FileReport<'_>]) -> Self {
        let mut summary = Summary {
            files: reports.len(),
            ..Summary::default()
        };
        for d in reports.iter().flat_map(|r| r.diagnostics) {
            match d.severity {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
                Severity::Info => summary.infos += 1,
            }
            summary.fixable += usize::from(d.is_safe_fixable());
        }
        summary
    }
}
