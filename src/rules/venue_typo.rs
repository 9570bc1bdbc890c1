use super::{Context, FixKind, RowRef, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::knowledge::text::edit_distance;
use crate::knowledge::{Venue, VenueCell, VenueMention};
use crate::span::Span;

pub struct VenueTypo;

static META: RuleMeta = RuleMeta {
    default: true,
    name: "venue-typo",
    severity: Severity::Error,
    summary: "a venue that is a misspelling of exactly one known venue",
    doc: include_str!("../../rules/docs/venue-typo.md"),
    fix: FixKind::Safe,
};

impl Rule for VenueTypo {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for r in cx.rows() {
            let Some(fact) = &r.facts.venue else { continue };
            let VenueCell::Typo(mention) = &fact.value else {
                continue;
            };
            let written = mention.written(r.cell_text(fact.column()));
            let canonical = closest_spelling(cx.knowledge.venues.venue(mention.venue), written);
            let span = r.cell_span(fact.column());
            let corrected = corrected_cell(&r, fact.column(), mention, canonical);
            let fix = name_span(&r, fact.column(), mention)
                .map(|span| Fix::safe(vec![Edit::replace(span, canonical)]));
            out.push(
                Diagnostic::new(
                    META.name,
                    META.severity,
                    span,
                    format!("`{written}` is a misspelling of {canonical}"),
                )
                .with_label(format!("did you mean {canonical}?"))
                .with_help(format!("write `{corrected}`"))
                .with_fix(fix),
            );
        }
    }
}

/// The venue's spelling nearest to what was written: a list that writes
/// `Preprint'23` gets `Preprint` back for `Prepreint`, not `arXiv`. The
/// canonical name wins a tie.
fn closest_spelling<'v>(venue: &'v Venue, written: &str) -> &'v str {
    let written = written.to_lowercase();
    std::iter::once(&venue.name)
        .chain(&venue.aliases)
        .min_by_key(|name| edit_distance(&name.to_lowercase(), &written, usize::MAX - 1))
        .map_or(venue.name.as_str(), String::as_str)
}

/// Where the venue's name stands in the source, when it can be found exactly.
pub(super) fn name_span(r: &RowRef<'_>, column: usize, mention: &VenueMention) -> Option<Span> {
    let cell = r.row.cell(column)?;
    let start = cell.span().start;
    if cell.is_plain() {
        let (from, to) = mention.name_range;
        return Some(Span::new(start + from as usize, start + to as usize));
    }
    let written = mention.written(cell.text());
    let mut found = cell.raw().match_indices(written);
    match (found.next(), found.next()) {
        (Some((at, _)), None) => Some(Span::new(start + at, start + at + written.len())),
        _ => None,
    }
}

/// The cell's text with the name replaced, for the help line.
pub(super) fn corrected_cell(
    r: &RowRef<'_>,
    column: usize,
    mention: &VenueMention,
    canonical: &str,
) -> String {
    let text = r.cell_text(column);
    let (start, end) = mention.name_range;
    format!(
        "{}{canonical}{}",
        &text[..start as usize],
        &text[end as usize..]
    )
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    fn row(venue: &str) -> String {
        format!("| [A](https://openreview.net/pdf?id=_jMtny3sMKU) | {venue} | Gradient | [Code](https://github.com/a/b) | 2022 |")
    }

    #[test]
    fn fires_on_known_misspellings_and_fixes_the_name_only() {
        let text = seed_table("S", &[&row("ILCR 2022")]);
        let found = check("venue-typo", &text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "`ILCR` is a misspelling of ICLR");
        assert_eq!(found[0].help.as_deref(), Some("write `ICLR 2022`"));
        assert_eq!(
            apply_fix(&text, &found[0]),
            seed_table("S", &[&row("ICLR 2022")])
        );
    }

    #[test]
    fn fires_on_the_misspellings_seen_in_the_wild() {
        for venue in [
            "NeurlPS 2019",
            "EECV 2020",
            "CPVR 2021",
            "ICRL 2019",
            "NeuIPS 2021",
        ] {
            assert_eq!(
                lines("venue-typo", &seed_table("S", &[&row(venue)])).len(),
                1,
                "{venue}"
            );
        }
    }

    #[test]
    fn fixes_inside_emphasis_too() {
        let text = seed_table("S", &[&row("**ILCR 2022**")]);
        let found = check("venue-typo", &text);
        assert!(apply_fix(&text, &found[0]).contains("| **ICLR 2022** |"));
    }

    #[test]
    fn the_fix_keeps_the_list_s_own_spelling_of_the_venue() {
        let text = seed_table("S", &[&row("Prepreint'23")]);
        let found = check("venue-typo", &text);
        assert_eq!(found[0].message, "`Prepreint` is a misspelling of Preprint");
        assert!(apply_fix(&text, &found[0]).contains("| Preprint'23 |"));
    }

    #[test]
    fn quiet_on_real_venues_that_look_alike() {
        for venue in [
            "ICLR 2022",
            "ICCV 2019",
            "ECCV 2020",
            "ICML 2021",
            "ICME 2021",
            "ICPR 2020",
            "ICIP 2019",
            "ICRA 2020",
        ] {
            assert!(
                lines("venue-typo", &seed_table("S", &[&row(venue)])).is_empty(),
                "{venue}"
            );
        }
    }
}
