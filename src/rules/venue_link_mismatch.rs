//! A venue the row's own proceedings link contradicts: `[ACL 2023]` on
//! `aclanthology.org/2023.emnlp-main.12`, `| CVPR 2021 |` beside
//! `..._ICCV_2021_paper.html`. The ACL Anthology id, the CVF file name, the
//! IJCAI paper id and the paper's page on its conference's site each name
//! the meeting that published the paper; a row that names another
//! conference was filed under the wrong one.

use super::{Context, Rule, RuleMeta};
use crate::diagnostic::Diagnostic;
use crate::facts::row_own_paper_ids;
use crate::knowledge::ids::PaperId;
use crate::knowledge::{Venue, VenueKind, VenueMention};
use crate::rules::impossible_venue_year::why_impossible;
use crate::span::Span;

use crate::registry::lint::VENUE_LINK_MISMATCH as META;

pub struct VenueLinkMismatch;

impl Rule for VenueLinkMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for r in cx.rows() {
            let Some(fact) = &r.facts.venue else { continue };
            let Some(mention) = fact.value.mention() else {
                continue;
            };
            // A workshop's paper may link its conference version.
            if cx
                .knowledge
                .venues
                .names_a_workshop(r.cell_text(fact.column()), mention)
            {
                continue;
            }
            let ids = row_own_paper_ids(r.table, r.row);
            let span = r.cell_span(fact.column());
            if let Some(d) = contradiction(cx, mention, &ids, span) {
                out.push(d);
            }
        }
        for entry in cx.list_entries() {
            let mentions: Vec<_> = cx
                .prose_venues_within(entry.span)
                .filter_map(|m| m.cell.mention().map(|v| (m.span, v)))
                .collect();
            let Some(&(span, first)) = mentions.first() else {
                continue;
            };
            // An item naming two venues (`ICLR 2023; NeurIPS 2023`) says
            // where else it went; one venue, however often written, is the
            // one it claims. A workshop's paper may link its conference
            // version; the item's words say so anywhere (`[NeurIPS 2023
            // Workshop]`).
            let words = entry.span.slice(cx.document.text);
            if mentions.iter().any(|(_, m)| {
                m.venue != first.venue || cx.knowledge.venues.names_a_workshop(words, m)
            }) {
                continue;
            }
            // Two years of one venue leave the year unsaid.
            let mut first = *first;
            if mentions.iter().any(|(_, m)| m.year != first.year) {
                first.year = None;
            }
            if let Some(d) = contradiction(cx, &first, &entry.paper_ids(), span) {
                out.push(d);
            }
        }
    }
}

/// A proceedings link's edition: the id, the venue it names (by index),
/// its year and the venue's name as the id writes it.
struct LinkedEdition<'i> {
    id: &'i PaperId,
    venue: usize,
    year: i32,
    written_as: &'i str,
}

/// The editions the row's proceedings ids name, of venues the data knows.
/// A numbered volume of the ACL Anthology (a workshop's, or a meeting held
/// beside a larger one: `2022.starsem-1`) names none.
fn linked_editions<'i>(cx: &Context<'_>, ids: &'i [PaperId]) -> Vec<LinkedEdition<'i>> {
    ids.iter()
        .filter(|id| !numbered_volume(id))
        .filter_map(|id| {
            let edition = id.edition()?;
            Some(LinkedEdition {
                id,
                venue: cx.knowledge.venues.venue_named(edition.venue)?,
                year: edition.year,
                written_as: edition.venue,
            })
        })
        .collect()
}

/// The finding on a conference `written` whose row's proceedings links
/// name another conference and never it, or name it only in another year
/// than the one `written` gives. A journal beside its conference (TACL
/// papers are presented at ACL) and a meeting held jointly under both
/// names (`IJCNLP 2021` on `2021.acl-long`) say nothing.
fn contradiction(
    cx: &Context<'_>,
    written: &VenueMention,
    ids: &[PaperId],
    at: Span,
) -> Option<Diagnostic> {
    let venues = &cx.knowledge.venues;
    if venues.venue(written.venue).kind != VenueKind::Conference {
        return None;
    }
    let editions = linked_editions(cx, ids);
    let own: Vec<&LinkedEdition<'_>> = editions
        .iter()
        .filter(|e| e.venue == written.venue as usize)
        .collect();
    if !own.is_empty() {
        return other_year(cx, written, &own, at);
    }
    if editions
        .iter()
        .any(|e| venues.met_jointly(e.venue, written.venue as usize, e.year))
    {
        return None;
    }
    let other = editions
        .iter()
        .find(|e| venues.venue(e.venue as u32).kind == VenueKind::Conference)?;
    let name = &venues.venue(written.venue).name;
    let (id, year) = (other.id, other.year);
    let linked = &venues.venue(other.venue as u32).name;
    Some(
        Diagnostic::new(
            META.name,
            META.severity,
            at,
            format!("the venue says {name}, but the paper's own link is in the proceedings of {linked} {year}"),
        )
        .with_label(format!("{linked} by its link"))
        .with_help(format!(
            "{id} was published at {linked} {year}: write {linked}, or link the paper's {name} version"
        )),
    )
}

/// The finding on a year `written` gives its venue when every link to the
/// venue's proceedings names another edition. A workshop's volume may come
/// out in another year than its paper's preprint (`WACVW_2024` beside
/// `WACW, 2023`), and a year the venue never met in is
/// impossible-venue-year's to report.
fn other_year(
    cx: &Context<'_>,
    written: &VenueMention,
    own: &[&LinkedEdition<'_>],
    at: Span,
) -> Option<Diagnostic> {
    let said = written.year?;
    let venues = &cx.knowledge.venues;
    let venue = venues.venue(written.venue);
    if own
        .iter()
        .any(|e| venues.is_workshop_name(e.written_as) || same_edition(venue, said, e.year))
        || why_impossible(venue, said, cx.settings.current_year).is_some()
    {
        return None;
    }
    let (id, year, name) = (own[0].id, own[0].year, &venue.name);
    Some(
        Diagnostic::new(
            META.name,
            META.severity,
            at,
            format!("the venue says {name} {said}, but the paper's own link is in the proceedings of {name} {year}"),
        )
        .with_label(format!("{name} {year} by its link"))
        .with_help(format!(
            "{id} was published at {name} {year}: write {year}, or link the paper's {name} {said} version"
        )),
    )
}

/// Whether an edition named after `linked` is the one a list calls
/// `written`: the same year, or the year it met in when it met late
/// (IJCAI-PRICAI 2020, held in January 2021).
fn same_edition(venue: &Venue, written: i32, linked: i32) -> bool {
    venue.edition_met_in(linked, written)
}

/// `2022.starsem-1.5`, `2021.wnut-1.3`: a volume numbered, not named for a
/// track of its meeting (`acl-long`, `emnlp-main`, `findings-naacl`); in
/// the old ids, the workshops a meeting hosted, numbered from 5000 under
/// its letter (`D19-5801`).
fn numbered_volume(id: &PaperId) -> bool {
    let PaperId::Acl(id) = id else {
        return false;
    };
    let Some((_, rest)) = id.split_once('.') else {
        let number = id.split_once('-').map_or("", |(_, n)| n);
        return number.len() == 4 && number.as_bytes()[0] >= b'5';
    };
    let volume = rest.split('.').next().unwrap_or(rest);
    volume
        .rsplit_once('-')
        .is_some_and(|(_, track)| track.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    /// Dereck0602/Awesome_Test_Time_LLMs L134: an EMNLP paper tagged ACL.
    const EMNLP_AS_ACL: &str = "## Evaluation\n\n* **G-Eval: NLG Evaluation using Gpt-4 with Better Human Alignment** [ACL 2023] [pdf](https://aclanthology.org/2023.emnlp-main.153.pdf)\n";

    #[test]
    fn fires_on_an_item_whose_anthology_link_names_another_conference() {
        let found = check("venue-link-mismatch", EMNLP_AS_ACL);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].message,
            "the venue says ACL, but the paper's own link is in the proceedings of EMNLP 2023"
        );
        assert!(found[0].fix.is_none());
    }

    #[test]
    fn fires_on_a_table_row_whose_cvf_link_names_another_conference() {
        // TrustAGI-Lab/Awesome-Graph-Neural-Networks L317, as a table row.
        let row = "| [3D Graph Neural Networks for RGBD Semantic Segmentation](https://openaccess.thecvf.com/content_ICCV_2017/papers/Qi_3D_Graph_Neural_ICCV_2017_paper.pdf) | CVPR 2017 | - | - | 2017 |";
        assert_eq!(
            lines("venue-link-mismatch", &seed_table("S", &[row])),
            vec![5]
        );
        // A workshop's paper may link its conference version.
        let workshop = row.replace("CVPR 2017", "CVPR 2017 Workshop");
        assert!(lines("venue-link-mismatch", &seed_table("S", &[&workshop])).is_empty());
    }

    #[test]
    fn reads_the_paper_s_own_links_not_another_column_s() {
        // yaoyao-liu's few-shot leaderboard, fc100.md L22: MAML's numbers
        // reported by a CVPR 2019 paper, linked under `Reported by`.
        let table = "## Leaderboard\n\nMethod | Venue | Year | Code | Reported by\n--- | --- | --- | --- | ---\n\
            [MAML](https://arxiv.org/pdf/1703.03400.pdf) | ICML | 2017 | [Code](https://github.com/cbfinn/maml) | [Source](https://openaccess.thecvf.com/content_CVPR_2019/papers/Sun_Meta-Transfer_Learning_for_Few-Shot_Learning_CVPR_2019_paper.pdf)\n\
            [MTL](https://openaccess.thecvf.com/content_CVPR_2019/papers/Sun_Meta-Transfer_Learning_for_Few-Shot_Learning_CVPR_2019_paper.pdf) | ICML | 2019 | - | -\n\
            [Other](https://arxiv.org/abs/1904.00001) | [ICML 2019](https://openaccess.thecvf.com/content_CVPR_2019/papers/Other_CVPR_2019_paper.pdf) | 2019 | - | -\n";
        assert_eq!(lines("venue-link-mismatch", table), vec![6, 7]);
    }

    #[test]
    fn quiet_when_the_link_agrees_or_says_nothing_about_a_main_track() {
        for (written, link) in [
            // The Findings of a meeting are that meeting's.
            (
                "EMNLP 2023",
                "https://aclanthology.org/2023.findings-emnlp.221/",
            ),
            // A numbered volume: a workshop's, or *SEM beside NAACL; an
            // old id's workshop volume.
            ("NAACL 2022", "https://aclanthology.org/2022.starsem-1.5/"),
            ("ACL 2019", "https://aclanthology.org/D19-5801/"),
            // A workshop paper linking its conference version.
            (
                "NeurIPS 2023 Workshop",
                "https://iclr.cc/virtual/2024/poster/17412",
            ),
            // A journal's paper presented at a conference.
            ("ACL 2020", "https://aclanthology.org/2020.tacl-1.5/"),
            ("ACL 2021", "https://aclanthology.org/2021.acl-long.374/"),
        ] {
            let item = format!(
                "## Papers\n\n* **A Title of Some Length Here** [{written}] [pdf]({link})\n"
            );
            assert!(
                lines("venue-link-mismatch", &item).is_empty(),
                "{written} {link}"
            );
        }
    }

    #[test]
    fn quiet_on_a_joint_meeting_filed_under_its_other_name() {
        // YangLock/EventPapersArchive L48: ACL-IJCNLP 2021 written IJCNLP.
        let row = "| [TIMERS: Document-level Temporal Relation Extraction](https://aclanthology.org/2021.acl-short.67.pdf) | IJCNLP 2021 | - | - | 2021 |";
        assert!(lines("venue-link-mismatch", &seed_table("S", &[row])).is_empty());
        // IJCNLP 2017 met alone: an ACL 2017 paper is not its.
        let alone = row.replace("2021", "2017");
        assert_eq!(
            lines("venue-link-mismatch", &seed_table("S", &[&alone])),
            vec![5]
        );
        // AnthonySong98's semi-supervised list L611: COLING-ACL 2006.
        // COLING 2008 met alone.
        let items = "## Papers\n\n1. **Relation extraction using label propagation based semi-supervised learning,** in [COLING 2006](https://aclanthology.org/P06-1017/).\n1. **Another paper on relation extraction with labels,** in [COLING 2008](https://aclanthology.org/P08-1017/).\n";
        assert_eq!(lines("venue-link-mismatch", items), vec![4]);
    }

    #[test]
    fn fires_on_the_venue_s_other_year() {
        // Yale-LILY's summarization list L73: an ACL 2017 paper tagged 2018.
        let item = "## Papers\n\n* Abstractive Document Summarization with a Graph-Based Attentional Neural Model (ACL 2018)[[paper](http://aclweb.org/anthology/P17-1108)]\n\
            * Get To The Point: Summarization with Pointer-Generator Networks (ACL 2017)[[paper](http://aclweb.org/anthology/P17-1099)]\n\
            * A Deep Reinforced Model for Abstractive Summarization (ICLR 2018)[[paper](https://openreview.net/forum?id=HkAClQgA-)]\n";
        let found = check("venue-link-mismatch", item);
        assert_eq!(lines("venue-link-mismatch", item), vec![3], "{found:?}");
        assert_eq!(
            found[0].message,
            "the venue says ACL 2018, but the paper's own link is in the proceedings of ACL 2017"
        );
        // patrick-llgc's reading notes L1721, as a table row.
        let row = "| [GeoSim: Realistic Video Simulation](https://openaccess.thecvf.com/content/CVPR2021/papers/Chen_GeoSim_CVPR_2021_paper.pdf) | CVPR 2023 | - | - | 2023 |";
        assert_eq!(
            lines("venue-link-mismatch", &seed_table("S", &[row])),
            vec![5]
        );
        // The year agrees, or the item gives none, or two.
        for tag in ["(ACL 2017)", "(ACL)", "(ACL 2018; ACL 2017)"] {
            let item = item.replace("(ACL 2018)", tag);
            assert!(lines("venue-link-mismatch", &item).is_empty(), "{tag}");
        }
    }

    #[test]
    fn a_link_to_the_venue_in_another_year_is_a_year_slip_not_another_venue() {
        // With a second link to another conference, the row's own venue
        // link still says which edition it is.
        let row = "| [Another Long Paper Title Here Too](https://aclanthology.org/P17-1108) [pdf](https://aclanthology.org/D17-1001) | ACL 2018 | - | - | 2018 |";
        let found = check("venue-link-mismatch", &seed_table("S", &[row]));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].message.contains("ACL 2018, but"),
            "{}",
            found[0].message
        );
        assert!(
            found[0].message.ends_with("ACL 2017"),
            "{}",
            found[0].message
        );
        // A year the venue never met in is impossible-venue-year's alone.
        let off_year = "| [A Long Paper Title About Recognition](https://openaccess.thecvf.com/content_ICCV_2019/papers/X_A_Long_ICCV_2019_paper.pdf) | ICCV 2020 | - | - | 2020 |";
        assert!(lines("venue-link-mismatch", &seed_table("S", &[off_year])).is_empty());
    }

    #[test]
    fn quiet_on_a_meeting_held_late_or_a_workshop_volume() {
        // IJCAI-PRICAI 2020 met in January 2021 (SunQingYun1996's graph RL
        // list L60 writes IJCAI 2021).
        let late = "| [Reasoning Like Human: Hierarchical Reinforcement Learning](https://www.ijcai.org/Proceedings/2020/0267.pdf) | IJCAI 2021 | - | - | 2021 |";
        assert!(lines("venue-link-mismatch", &seed_table("S", &[late])).is_empty());
        // ChenHsing's video diffusion list L505: a WACV 2024 workshop paper
        // under its preprint's year.
        let workshop = "| [Inflation with Diffusion: Efficient Temporal Adaptation](https://openaccess.thecvf.com/content/WACV2024W/VAQ/papers/Yuan_Inflation_With_Diffusion_WACVW_2024_paper.pdf) | WACV 2023 | - | - | 2023 |";
        assert!(lines("venue-link-mismatch", &seed_table("S", &[workshop])).is_empty());
    }

    #[test]
    fn quiet_on_an_item_that_names_two_venues() {
        let item = EMNLP_AS_ACL.replace("[ACL 2023]", "[ACL 2023; EACL 2023]");
        assert!(lines("venue-link-mismatch", &item).is_empty());
    }
}
