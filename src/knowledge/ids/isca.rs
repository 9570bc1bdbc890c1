//! Papers in the ISCA archive, the proceedings of Interspeech and of
//! ISCA's workshops: `isca-archive.org/interspeech_2023/baghel23_interspeech.html`,
//! `isca-speech.org/archive/interspeech_2022/liu22t_interspeech.html` (or
//! its PDF under `archive/pdfs/`) and, in the older layout, a paper number
//! under the meeting's folder (`archive/Interspeech_2019/abstracts/2756.html`,
//! `.../pdfs/2756.pdf`, `archive_v0/...`). One page or PDF is one paper,
//! and its folder names the meeting and its year.

use super::url::Url;

/// `interspeech_2023/baghel23_interspeech`, `interspeech_2019/2756`: the
/// meeting's folder and the paper's file name without its extension, in
/// lower case, so a paper's page and its PDF give one id.
pub(super) fn isca_paper_of(url: &Url<'_>) -> Option<String> {
    let host = url.host.strip_prefix("www.").unwrap_or(&url.host);
    let path = url.path.trim_start_matches('/');
    let path = match host {
        "isca-archive.org" => path,
        "isca-speech.org" => ["archive/", "archive_v0/", "archive_open/"]
            .iter()
            .find_map(|prefix| path.strip_prefix(prefix))?,
        _ => return None,
    };
    let path = path.strip_prefix("pdfs/").unwrap_or(path);
    let (folder, rest) = path.split_once('/')?;
    meeting_folder(folder)?;
    let file = ["abstracts/", "pdfs/"]
        .iter()
        .find_map(|sub| rest.strip_prefix(sub))
        .unwrap_or(rest);
    let stem = [".html", ".pdf", ".PDF"]
        .iter()
        .find_map(|extension| file.strip_suffix(extension))?;
    let plain_name = stem
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    (plain_name && !stem.is_empty() && !stem.eq_ignore_ascii_case("index"))
        .then(|| format!("{folder}/{stem}").to_ascii_lowercase())
}

/// A folder of the archive is a meeting and its year: `interspeech_2023`,
/// `Odyssey_2020`, `ssw_2021`.
pub(super) fn meeting_folder(folder: &str) -> Option<(&str, &str)> {
    let (meeting, year) = folder.rsplit_once('_')?;
    let named = !meeting.is_empty() && meeting.bytes().all(|b| b.is_ascii_alphabetic());
    let year_like = year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit());
    (named && year_like).then_some((meeting, year))
}

/// The meetings whose archive folders and DOIs (`10.21437/Interspeech.2023-1234`)
/// name them as the venue data does, and the first year each name is the
/// only right one. Interspeech's folders hold its first editions too, which
/// were also called by their older series' names (`INTERSPEECH 2004 -
/// ICSLP`, `INTERSPEECH 2007 - Eurospeech`): before 2008 either name is
/// right. Eurospeech's and ICSLP's own folders name no meeting, for the same
/// reason; SSW is left out because lists name it by edition number (`SSW11`,
/// 2021), which reads as a year.
pub(super) const MEETINGS_NAMED_AS_KNOWN: [(&str, i32); 2] =
    [("interspeech", 2008), ("odyssey", 0)];
