//! A contents entry that links `#` alone: `[Lecture Videos](#)` beside
//! `[Books](#books)`, under a list with a `## Lecture Videos` section. The
//! entry scrolls to the top of the page, not to its section.

use super::super::Context;
use super::missing_hash::among_contents_links;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::document::github_slug;

use crate::registry::lint::TOC_BROKEN_LINK as META;

/// Reports the links of contents lists whose target is `#` and whose text
/// is, as GitHub makes anchors, the name of a heading of the page; the
/// safe fix writes that heading's anchor. A `#` link elsewhere (`[Back to
/// top](#)`), or whose text names no heading, is left alone: `#` is a
/// common way to link the top of the page.
pub(super) fn report(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let doc = cx.document;
    for link in doc.fragment_links.iter().filter(|l| l.url == "#") {
        // The section must come after the entry: a heading above it (the
        // page's title, `[Awesome X](#)`, or the contents' own heading) is
        // at the top the link goes to.
        let wanted = github_slug(link.text.trim());
        let below = |h: &&crate::document::Heading| h.span.start > link.span.end;
        if wanted.is_empty() || !doc.headings.iter().filter(below).any(|h| h.slug == wanted) {
            continue;
        }
        if !among_contents_links(doc.text, link.span.start) {
            continue;
        }
        let fix = link
            .span
            .slice(doc.text)
            .ends_with("(#)")
            .then(|| Fix::safe(vec![Edit::insert(link.span.end - 1, wanted.as_str())]));
        out.push(
            Diagnostic::new(
                META.name,
                META.severity,
                link.span,
                format!(
                    "the contents entry `{}` links `#`, the top of the page, not its section",
                    link.text.trim()
                ),
            )
            .with_label("link without its anchor")
            .with_help(format!("write `#{wanted}`"))
            .with_fix(fix),
        );
    }
}
