//! What a rule is: its name, severity, default-set membership, fix kind and
//! documentation.

use crate::diagnostic::Severity;

/// What a rule is, for `--list-rules`, `--explain` and the renderers.
#[derive(Debug)]
pub struct RuleMeta {
    /// In the default rule set, which runs without `select`; `false`: an
    /// opt-in rule, run only when selected by name (or `ALL`). The default
    /// set holds only rules that are almost never wrong on a correct list.
    pub default: bool,
    /// Stable kebab-case name: configs and other tools refer to it.
    pub name: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    /// What, why, an example and the fix, from `rules/docs/<name>.md`.
    pub doc: &'static str,
    pub fix: FixKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixKind {
    None,
    Safe,
    Unsafe,
    /// Safe in some cases, unsafe in others.
    Sometimes,
}

impl FixKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FixKind::None => "none",
            FixKind::Safe => "safe",
            FixKind::Unsafe => "unsafe",
            FixKind::Sometimes => "safe or unsafe",
        }
    }
}
