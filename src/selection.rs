//! Which rules run, from `select`, `extend-select` and `ignore`.

use crate::registry::{self, RuleMeta, ALL_RULES, OTHER_RULES};
use crate::rules::{Rule, RULES};

/// Which rules run: the rules on the document model, and the rules of the
/// other stages (suppressions, link checks), by name.
#[derive(Debug, Clone)]
pub struct RuleSelection {
    enabled: Vec<&'static dyn Rule>,
    enabled_others: Vec<&'static str>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("unknown rule `{0}` (see --list-rules)")]
pub struct UnknownRule(pub String);

impl std::fmt::Debug for dyn Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.meta().name)
    }
}

impl RuleSelection {
    /// Every rule, opt-in ones too (`--select ALL`).
    pub fn all() -> Self {
        RuleSelection {
            enabled: RULES.to_vec(),
            enabled_others: OTHER_RULES.iter().map(|m| m.name).collect(),
        }
    }

    /// The default rule set: what runs when nothing is selected.
    pub fn default_set() -> Self {
        Self::configure::<&str>(None, &[], &[]).expect("no names to check")
    }

    /// `select` (when given) narrows to those rules, else the default set
    /// runs; then `ignore` removes rules.
    pub fn new<S: AsRef<str>>(select: Option<&[S]>, ignore: &[S]) -> Result<Self, UnknownRule> {
        Self::configure(select, &[], ignore)
    }

    /// The rules of `select`, or the default set when it is `None`, plus
    /// those of `extend_select`, minus those of `ignore`. `ALL` in any of
    /// them stands for every rule.
    pub fn configure<S: AsRef<str>>(
        select: Option<&[S]>,
        extend_select: &[S],
        ignore: &[S],
    ) -> Result<Self, UnknownRule> {
        let check = |names: &[S]| -> Result<Vec<String>, UnknownRule> {
            names
                .iter()
                .map(|n| {
                    let name = n.as_ref();
                    (name == ALL_RULES || registry::is_known(name))
                        .then(|| name.to_string())
                        .ok_or_else(|| UnknownRule(name.to_string()))
                })
                .collect()
        };
        let selected = select.map(check).transpose()?;
        let extended = check(extend_select)?;
        let ignored = check(ignore)?;
        let names = |list: &[String], name: &str| list.iter().any(|n| n == name || n == ALL_RULES);
        let wanted = |meta: &RuleMeta| {
            let base = selected
                .as_ref()
                .map_or(meta.default, |s| names(s, meta.name));
            (base || names(&extended, meta.name)) && !names(&ignored, meta.name)
        };
        Ok(RuleSelection {
            enabled: RULES.iter().copied().filter(|r| wanted(r.meta())).collect(),
            enabled_others: OTHER_RULES
                .iter()
                .filter(|m| wanted(m))
                .map(|m| m.name)
                .collect(),
        })
    }

    pub fn only(names: &[&str]) -> Result<Self, UnknownRule> {
        Self::new(Some(names), &[])
    }

    pub fn rules(&self) -> &[&'static dyn Rule] {
        &self.enabled
    }

    /// Whether a rule of any stage is selected.
    pub fn is_enabled(&self, name: &str) -> bool {
        self.enabled.iter().any(|r| r.meta().name == name) || self.enabled_others.contains(&name)
    }
}
