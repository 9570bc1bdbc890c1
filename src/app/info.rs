//! What the command prints about itself: `--list-rules`, `--explain`,
//! `--show-config`.

use super::profile::Profile;
use nas_lint::rules;

pub(super) fn list_rules() -> String {
    let row = |name: &str, set: &str, severity: &str, fix: &str, finds: &str| {
        format!("{name:<27} {set:<8} {severity:<8} {fix:<15} {finds}\n")
    };
    let mut out = row("RULE", "SET", "SEVERITY", "FIX", "FINDS");
    for meta in rules::all_metas() {
        out.push_str(&row(
            meta.name,
            rule_set(meta),
            meta.severity.as_str(),
            meta.fix.as_str(),
            meta.summary,
        ));
    }
    out.push_str(
        "\nSET: `default` rules run unless --select or the config's `select` says otherwise;\n\
         `opt-in` rules run only when named in --select, --extend-select or the config \
         (or with --select ALL).\n",
    );
    out
}

fn rule_set(meta: &rules::RuleMeta) -> &'static str {
    if meta.default {
        "default"
    } else {
        "opt-in"
    }
}

/// A rule's documentation, with whether it is in the default set after its
/// severity and fix paragraph.
pub(super) fn explain(name: &str) -> Option<String> {
    let meta = rules::all_metas().find(|m| m.name == name)?;
    let set = if meta.default {
        "Rule set: default — runs without `--select`.".to_string()
    } else {
        format!(
            "Rule set: opt-in — runs only when selected: `--extend-select {0}`, \
             `--select {0}` or `extend-select = [\"{0}\"]` in the config.",
            meta.name
        )
    };
    let doc = meta.doc;
    let at = doc
        .match_indices('\n')
        .map(|(i, _)| i + 1)
        .find(|&i| doc[i..].starts_with("Fix:"))
        .and_then(|i| doc[i..].find("\n\n").map(|end| i + end + 1));
    Some(match at {
        Some(at) => format!("{}{set}\n{}", &doc[..at], &doc[at..]),
        None => format!("{doc}\n{set}\n"),
    })
}

pub(super) fn show_config(profile: &Profile) -> String {
    let source = profile
        .source
        .as_ref()
        .map_or("(none found: defaults)".to_string(), |p| {
            p.display().to_string()
        });
    format!(
        "# configuration file: {source}\n{}",
        profile.config.to_toml()
    )
}
