use super::{Context, Rule, RuleMeta};
use crate::diagnostic::Diagnostic;
use crate::knowledge::VenueCell;

pub struct UnknownVenue;

use crate::registry::lint::UNKNOWN_VENUE as META;

impl Rule for UnknownVenue {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for r in cx.rows() {
            // A column that is mostly something else (free notes, model names) is not judged.
            if !cx.facts.tables[r.table_index].venue_column_holds_venues {
                continue;
            }
            let Some(fact) = &r.facts.venue else { continue };
            let VenueCell::Unknown { name_range, .. } = fact.value else {
                continue;
            };
            let name = &r.cell_text(fact.column())[name_range.0 as usize..name_range.1 as usize];
            // A name the list writes the same way in several rows is its own
            // vocabulary (a venue nas-lint does not know), not a slip.
            if cx.profile.venues.is_convention(name) && !cx.knowledge.venues.scrambles_a_name(name)
            {
                continue;
            }
            out.push(
                Diagnostic::new(META.name, META.severity, r.cell_span(fact.column()), format!("unknown venue `{name}`"))
                    .with_label("not a known venue")
                    .with_help("check the spelling; if the venue is real, add it to the venue data of your nas-lint config"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    fn table(venues: &[&str]) -> String {
        let rows: Vec<String> = venues
            .iter()
            .enumerate()
            .map(|(i, v)| format!("| [P{i}](https://example.com/{i}) | {v} | - | [Code](https://github.com/a/{i}) | 2021 |"))
            .collect();
        seed_table("S", &rows.iter().map(String::as_str).collect::<Vec<_>>())
    }

    #[test]
    fn fires_on_an_unknown_name_in_a_venue_column() {
        let text = table(&[
            "CVPR 2021",
            "ICLR 2021",
            "Foo Conf 2021",
            "NeurIPS 2021",
            "ICML 2021",
        ]);
        assert_eq!(lines("unknown-venue", &text), [7]);
    }

    #[test]
    fn quiet_on_known_venues_placeholders_and_years() {
        let text = table(&["CVPR 2021", "-", "arXiv", "TPAMI 2021", "ILCR 2021", "2021"]);
        assert!(lines("unknown-venue", &text).is_empty());
    }

    #[test]
    fn quiet_on_the_list_s_own_vocabulary_and_on_release_channels() {
        let text = table(&[
            "HotFoo 2021",
            "HotFoo 2022",
            "HotFoo 2023",
            "Blog",
            "OpenAI 2023",
            "Tech Report",
            "Project Page",
            "CVPR 2021",
        ]);
        assert!(lines("unknown-venue", &text).is_empty());
    }

    #[test]
    fn a_scrambled_known_name_is_left_to_venue_typo_however_often_written() {
        let text = table(&[
            "Avrxi 2024",
            "Avrxi 2025",
            "Avrxi 2024",
            "CVPR 2021",
            "ICLR 2022",
            "ICML 2022",
            "ECCV 2022",
        ]);
        assert!(lines("unknown-venue", &text).is_empty());
        assert_eq!(lines("venue-typo", &text).len(), 3);
    }

    #[test]
    fn knows_venues_beyond_machine_learning() {
        let text = table(&[
            "LoG 2022",
            "CoRL 2021",
            "Rep4NLP 2019",
            "ACL Workshop 2020",
            "Electronics 2023",
            "Neurocomputing",
            "IPM 2022",
            "CIKM 2021",
            "SIGCOMM 2021",
            "MICCAI 2020",
        ]);
        assert!(lines("unknown-venue", &text).is_empty());
    }

    #[test]
    fn quiet_when_the_column_does_not_hold_venues() {
        let text = table(&[
            "great paper",
            "read later",
            "seminal",
            "CVPR 2021",
            "classic",
            "fun",
        ]);
        assert!(lines("unknown-venue", &text).is_empty());
    }
}
