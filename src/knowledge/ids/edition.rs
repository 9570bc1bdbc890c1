//! The edition a proceedings id names. ACL Anthology ids and CVF file
//! names carry their venue and year (`2020.acl-main.313`, `P19-1001`,
//! `das_dewarpnet_..._iccv_2019`), and IJCAI's paper ids their year
//! (`2021/0123`), and a paper's page on its conference's site both
//! (`iclr.cc/virtual/2024/poster/17412`), and the ISCA archive's folders
//! and DOIs theirs (`interspeech_2023/...`, `10.21437/Interspeech.2023-1234`):
//! the link itself says which meeting published the paper.

use super::isca::{meeting_folder, MEETINGS_NAMED_AS_KNOWN};
use super::PaperId;

/// A venue's name as an id writes it (lower case, to be looked up among
/// the known names) and the edition's year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edition<'a> {
    pub venue: &'a str,
    pub year: i32,
}

impl PaperId {
    /// The volume of Proceedings of Machine Learning Research a PMLR id is
    /// in (`v97/zhang19a`: 97); the venue data says which meeting that is.
    pub fn pmlr_volume(&self) -> Option<u32> {
        let PaperId::Pmlr(id) = self else {
            return None;
        };
        id.strip_prefix('v')?.split('/').next()?.parse().ok()
    }

    /// The year a PMLR paper came out, which its key ends with
    /// (`v205/suresh23a`: 2023, though CoRL 2022's volume): PMLR cites the
    /// paper with that year.
    pub fn pmlr_published_year(&self) -> Option<i32> {
        let PaperId::Pmlr(id) = self else {
            return None;
        };
        let key = id
            .rsplit('/')
            .next()?
            .trim_end_matches(|c: char| c.is_ascii_lowercase());
        let digits = key.get(key.len().checked_sub(2)?..)?;
        let year: i32 = digits.parse().ok()?;
        (digits.bytes().all(|b| b.is_ascii_digit())).then_some(2000 + year)
    }

    /// The edition the id names, where the id says it.
    pub fn edition(&self) -> Option<Edition<'_>> {
        match self {
            PaperId::Acl(id) => acl_edition(id),
            PaperId::Cvf(name) => cvf_edition(name),
            PaperId::Ijcai(id) => Some(Edition {
                venue: "ijcai",
                year: four_digit_year(id.split('/').next()?)?,
            }),
            // `neurips 2023 poster 73737`
            PaperId::MeetingPage(id) => {
                let mut words = id.split(' ');
                let venue = words.next()?;
                let year = four_digit_year(words.next()?)?;
                Some(Edition { venue, year })
            }
            PaperId::Isca(id) => isca_edition(meeting_folder(id.split('/').next()?)?),
            PaperId::Doi(doi) => {
                let (meeting, rest) = doi.strip_prefix("10.21437/")?.split_once('.')?;
                isca_edition((meeting, rest.get(..4)?))
            }
            _ => None,
        }
    }
}

/// An ISCA meeting's edition, of the meetings the venue data names alike.
fn isca_edition<'a>((meeting, year): (&'a str, &str)) -> Option<Edition<'a>> {
    let year = four_digit_year(year)?;
    MEETINGS_NAMED_AS_KNOWN
        .iter()
        .any(|&(known, since)| known == meeting && year >= since)
        .then_some(Edition {
            venue: meeting,
            year,
        })
}

/// `2020.acl-main.313`, `2023.findings-emnlp.221`, `2022.tacl-1.5`; before
/// 2020, `P19-1001` (a letter per venue, two digits of year).
fn acl_edition(id: &str) -> Option<Edition<'_>> {
    if let Some((year, rest)) = id.split_once('.') {
        let volume = rest.split('.').next()?;
        let mut parts = volume.split('-');
        let first = parts.next()?;
        // Findings of a meeting are published with it, in its year.
        let venue = if first == "findings" {
            parts.next()?
        } else {
            first
        };
        return Some(Edition {
            venue,
            year: four_digit_year(year)?,
        });
    }
    let (letter, digits) = id.split_at_checked(1)?;
    let venue = match letter {
        "P" => "acl",
        "D" => "emnlp",
        "N" => "naacl",
        "E" => "eacl",
        "C" => "coling",
        "Q" => "tacl",
        _ => return None,
    };
    let yy: i32 = digits.get(..2)?.parse().ok()?;
    // The old ids run from 1965 to 2019.
    let year = if yy >= 65 { 1900 + yy } else { 2000 + yy };
    Some(Edition { venue, year })
}

/// A CVF file name ends with its meeting and year: `..._iccv_2019`,
/// `..._cvpr_2023`, `..._wacv_2024`.
fn cvf_edition(name: &str) -> Option<Edition<'_>> {
    let mut parts = name.rsplit('_');
    let year = four_digit_year(parts.next()?)?;
    let venue = parts.next()?;
    (!venue.is_empty() && venue.bytes().all(|b| b.is_ascii_alphabetic()))
        .then_some(Edition { venue, year })
}

fn four_digit_year(text: &str) -> Option<i32> {
    (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
        .filter(|year| (1950..=2100).contains(year))
}
