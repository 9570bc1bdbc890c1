//! How two rows' titles are told to name one paper: the part of a title
//! that names it, its identity key and that key's hash, and the looser
//! match that tolerates a shortened or slightly edited title.

use crate::facts::title_key;
use std::collections::HashSet;

mod key;
mod loose;
mod names;

use key::without_venue_tag;
pub use key::{identity_key, lower_words, same_identity_key};
pub(crate) use key::{naming_part, title_hash, Fnv64, FUNCTION_WORDS};
pub use loose::taken_further;
use loose::{acronyms_spelled_out, respelled, shortened_copy};
use names::{lead_name, name_before_colon, subtitles_share_a_word};
pub use names::{
    names_the_others_work, one_name_one_subtitle_shortened, one_name_two_subtitles,
    one_name_with_a_version, opens_with_the_others_name, related_names, two_coined_names,
    versions_of_one_name,
};
pub(crate) use names::{same_title_past_a_name, title_after_name};

/// Whether a "title" only names the authors (`Wang et al.`, `Xu et. al`,
/// `Shen et al. (RF-UC)`): leaderboards label rows so, and two papers by
/// two Wangs are not one paper.
pub fn names_authors_only(title: &str) -> bool {
    // By memchr: `str::split` set up a searcher for every row's title.
    let label = memchr::memchr(b'(', title.as_bytes()).map_or(title, |at| &title[..at]);
    // Most titles do not end in `al`: no words to build.
    let end = label.trim_end_matches(|c: char| c.is_whitespace() || c == '.');
    if !end
        .len()
        .checked_sub(2)
        .and_then(|i| end.get(i..))
        .is_some_and(|t| t.eq_ignore_ascii_case("al"))
    {
        return false;
    }
    let words: Vec<String> = label
        .split(|c: char| c.is_whitespace() || c == '.')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let names = match words.as_slice() {
        [names @ .., et, al] if et == "et" && al == "al" => names.len(),
        [names @ .., etal] if etal == "etal" => names.len(),
        _ => return false,
    };
    (1..=2).contains(&names)
}

pub fn titles_match(a: Option<&str>, b: Option<&str>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        // Without a title there is nothing to contradict the shared id.
        return true;
    };
    let (a, b) = (without_venue_tag(a), without_venue_tag(b));
    if same_identity_key(a, b) {
        return true;
    }
    // `MGL_v2: ...` beside `MGL: ...`, `YOLO++: ...` beside `YOLO: ...`:
    // a name in another version names another paper.
    if let (Some((x, _)), Some((y, _))) = (title_after_name(a), title_after_name(b)) {
        if versions_of_one_name(x, y) {
            return false;
        }
    }
    // `4) MusicGen - a single-stage transformer ...` and `4) MusicGen - a
    // simple and controllable model ...`: one name, described twice.
    if let (Some(x), Some(y)) = (lead_name(a), lead_name(b)) {
        if same_identity_key(x, y) {
            return true;
        }
    }
    // `IMDer: Incomplete Multimodal Learning for Emotion Recognition` and
    // `IMDer: Incomplete Multimodal Learning via Diffusion for ERC`: one
    // paper's name, its subtitle written two ways.
    if let (Some((x, sub_x)), Some((y, sub_y))) = (name_before_colon(a), name_before_colon(b)) {
        // `T2I-CompBench++` is the extension of `T2I-CompBench`, and
        // `MGL_v2` of `MGL`: a name with another version names another
        // paper, however alike the subtitles.
        if versions_of_one_name(x, y) {
            return false;
        }
        if same_identity_key(x, y) && subtitles_share_a_word(sub_x, sub_y) {
            return true;
        }
    }
    if acronyms_spelled_out(a, b) || acronyms_spelled_out(b, a) {
        return true;
    }
    // Two names of one word each (`Video-R1`, `TinyLLaVA-Video-R1`): a name
    // with a part more is another model's, not the same one cut short.
    let one_word = |t: &str| !t.trim().contains(char::is_whitespace);
    let two_names = one_word(a) && one_word(b);
    let (a, b) = (title_key(a), title_key(b));
    if two_names && !respelled(&a, &b) {
        return false;
    }
    if respelled(&a, &b) {
        return true;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.starts_with(short.as_str()) && long.as_bytes().get(short.len()) == Some(&b' ') {
        // `MobileLLM-R1` / `MobileLLM-R1.5`: a version's number, another
        // model; `(2017)` after a title is its year, the same title.
        let rest = &long[short.len() + 1..];
        // A name alone (`DAVIS` / `DAVIS 2017`) with a year is another edition.
        let year = rest.len() == 4
            && (rest.starts_with("19") || rest.starts_with("20"))
            && short.split(' ').count() >= 3;
        return year || !rest.bytes().all(|b| b.is_ascii_digit());
    }
    let words_a: HashSet<&str> = a.split(' ').collect();
    let words_b: HashSet<&str> = b.split(' ').collect();
    let shared = words_a.intersection(&words_b).count();
    let all = words_a.union(&words_b).count();
    all > 0 && (shared as f64 / all as f64 >= 0.7 || shortened_copy(&words_a, &words_b))
}

/// A title cut to a length a message can quote.
pub fn short(title: &str) -> String {
    const MAX: usize = 60;
    if title.chars().count() <= MAX {
        title.to_string()
    } else {
        let cut: String = title.chars().take(MAX).collect();
        format!("{}…", cut.trim_end())
    }
}

#[cfg(test)]
mod tests;
