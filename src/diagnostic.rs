//! What rules produce: findings with a place, a message, and maybe a fix.

use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a fix may be applied without a person looking at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Keeps the meaning the author intended; `--fix` applies it.
    Safe,
    /// Probably right, but may change meaning; needs `--unsafe-fixes`.
    Unsafe,
}

/// Replace the bytes of `span` with `replacement` (an empty span inserts).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

impl Edit {
    pub fn replace(span: Span, replacement: impl Into<String>) -> Self {
        Edit {
            span,
            replacement: replacement.into(),
        }
    }

    pub fn insert(at: usize, text: impl Into<String>) -> Self {
        Edit::replace(Span::new(at, at), text)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub applicability: Applicability,
    pub edits: Vec<Edit>,
}

impl Fix {
    pub fn safe(edits: Vec<Edit>) -> Self {
        Fix {
            applicability: Applicability::Safe,
            edits,
        }
    }

    /// A safe fix when `safe`, else an unsafe one.
    pub fn safe_if(safe: bool, edits: Vec<Edit>) -> Self {
        if safe {
            Fix::safe(edits)
        } else {
            Fix::unsafe_(edits)
        }
    }

    pub fn unsafe_(edits: Vec<Edit>) -> Self {
        Fix {
            applicability: Applicability::Unsafe,
            edits,
        }
    }
}

/// Another place that explains a finding ("first listed here").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub span: Span,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub rule: &'static str,
    pub severity: Severity,
    pub span: Span,
    /// Short text shown under the underlined span.
    pub label: String,
    pub message: String,
    pub help: Option<String>,
    pub related: Vec<Related>,
    pub fix: Option<Fix>,
    /// The row alone proves the finding (cells GitHub drops; a date that is
    /// its preprint's own month a year early), so many such findings in
    /// one table are many slips, not a convention of the table's that
    /// nas-lint misreads.
    pub proven_by_row: bool,
}

impl Diagnostic {
    pub fn new(
        rule: &'static str,
        severity: Severity,
        span: Span,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            rule,
            severity,
            span,
            label: String::new(),
            message: message.into(),
            help: None,
            related: Vec::new(),
            fix: None,
            proven_by_row: false,
        }
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_related(mut self, span: Span, message: impl Into<String>) -> Self {
        self.related.push(Related {
            span,
            message: message.into(),
        });
        self
    }

    pub fn proven_by_row(mut self, proven: bool) -> Self {
        self.proven_by_row = proven;
        self
    }

    pub fn with_fix(mut self, fix: Option<Fix>) -> Self {
        self.fix = fix;
        self
    }

    pub fn is_safe_fixable(&self) -> bool {
        matches!(
            self.fix,
            Some(Fix {
                applicability: Applicability::Safe,
                ..
            })
        )
    }
}
