//! The name an IEEE DOI gives a meeting: IEEE files a conference's papers
//! under its acronym and record number (`10.1109/IISA66859.2025.11311240`),
//! so a row whose own DOI spells its venue cell as written names a real
//! venue, however near a known name it is (IISA beside ICSA).

use crate::facts::row_own_paper_ids;
use crate::knowledge::ids::PaperId;
use crate::knowledge::text::lookup_key;
use crate::rules::RowRef;

/// Whether one of the row's own paper DOIs is IEEE's under the name
/// `written`.
pub(super) fn named_by_its_doi(r: &RowRef<'_>, written: &str) -> bool {
    let key = lookup_key(written);
    row_own_paper_ids(r.table, r.row, r.facts)
        .iter()
        .any(|id| match id {
            PaperId::Doi(doi) => ieee_code(doi).is_some_and(|code| lookup_key(code) == key),
            _ => false,
        })
}

/// The meeting's or journal's code of an IEEE DOI: `IISA` of
/// `10.1109/IISA66859.2025.11311240`, `ICSA-C` of
/// `10.1109/ICSA-C65153.2025.00063`, `TPAMI` of `10.1109/TPAMI.2023.1`.
fn ieee_code(doi: &str) -> Option<&str> {
    let record = doi.strip_prefix("10.1109/")?.split('.').next()?;
    let code = record.trim_end_matches(|c: char| c.is_ascii_digit());
    let letters = code.chars().filter(char::is_ascii_alphabetic).count();
    (letters >= 2 && code.starts_with(|c: char| c.is_ascii_alphabetic())).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::ieee_code;

    #[test]
    fn an_ieee_doi_names_its_meeting_or_journal() {
        assert_eq!(ieee_code("10.1109/IISA66859.2025.11311240"), Some("IISA"));
        assert_eq!(ieee_code("10.1109/ICSA-C65153.2025.00063"), Some("ICSA-C"));
        assert_eq!(ieee_code("10.1109/TPAMI.2023.3263585"), Some("TPAMI"));
        assert_eq!(ieee_code("10.1109/5.771073"), None);
        assert_eq!(ieee_code("10.1145/3589334.3645563"), None);
    }
}
