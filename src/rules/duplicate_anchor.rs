use super::{Context, Rule, RuleMeta};
use crate::diagnostic::Diagnostic;
use std::collections::HashMap;

pub struct DuplicateAnchor;

use crate::registry::lint::DUPLICATE_ANCHOR as META;

impl Rule for DuplicateAnchor {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let mut first = HashMap::new();
        for anchor in &cx.document.anchors {
            let Some(&earlier) = first.get(anchor.name.as_str()) else {
                first.insert(anchor.name.as_str(), anchor.span);
                continue;
            };
            let line = cx.line(earlier);
            out.push(
                Diagnostic::new(
                    META.name,
                    META.severity,
                    anchor.span,
                    format!(
                        "the anchor `{}` is already defined at line {line}",
                        anchor.name
                    ),
                )
                .with_label("links to this name go to the first one")
                .with_related(earlier, "first defined here")
                .with_help("give this anchor a name of its own and update the links that mean it"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn fires_on_a_repeated_explicit_anchor() {
        let text = "## CNN <a name=\"cnn\"></a>\n\n## CNN <a name=\"cnn\"></a>\n";
        let found = check("duplicate-anchor", text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].related.len(), 1);
        assert_eq!(lines("duplicate-anchor", text), [3]);
    }

    #[test]
    fn quiet_on_distinct_anchors_and_repeated_headings() {
        let text = "## CNN <a name=\"cnn\"></a>\n\n## CNN <a name=\"cnn-1\"></a>\n\n## GAN\n\n## GAN\n\n<a name=\"x\" id=\"x\"></a>\n";
        assert!(lines("duplicate-anchor", text).is_empty());
    }
}
