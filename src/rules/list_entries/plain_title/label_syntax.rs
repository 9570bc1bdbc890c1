//! The label syntax a list writes before a title, read by hand: each form
//! is read in one pass, the first form that fits wins. It reads exactly
//! what the regex in the tests reads; building that regex was a sixtieth
//! of a short list's run, and the run reads a few dozen labels.

/// The length in bytes of the label `text` starts with, if any: a badge
/// in a link (`[![..](..)](..)`), a badge (`![..](..)`), a tag in brackets
/// (`[CVPR 2023]`, not a link), an emoji shortcode (`:fire:`), a short
/// bold label (`**DSN**`, `***(DC-LM)***`), a year's two digits and a
/// venue (`19-ICCV-`, `19-ICCV-oral-`), a short code span (`` `KDD(2026)` ``).
/// Every form ends at an ASCII mark.
pub(super) fn label_len(text: &[u8]) -> Option<usize> {
    match text.first()? {
        b'[' => linked_badge(text).or_else(|| tag(text)),
        b'`' => code_tag(text),
        b'!' => badge(text),
        b':' => shortcode(text),
        b'*' => bold(text, b'*'),
        b'_' => bold(text, b'_'),
        b'0'..=b'9' => year_and_venue(text).or_else(|| dated_label(text)),
        _ => None,
    }
}

/// `[![alt](image)](target)`.
fn linked_badge(text: &[u8]) -> Option<usize> {
    let end = badge(text.strip_prefix(b"[")?)? + 1;
    let inner = text[end..].strip_prefix(b"](")?;
    Some(end + 2 + through(inner, b')')?)
}

/// `![alt](image)`.
fn badge(text: &[u8]) -> Option<usize> {
    let alt = text.strip_prefix(b"![")?;
    let alt_end = through(alt, b']')?;
    let image = alt[alt_end..].strip_prefix(b"(")?;
    Some(2 + alt_end + 1 + through(image, b')')?)
}

/// `[text]` whose text holds no bracket nor parenthesis.
fn tag(text: &[u8]) -> Option<usize> {
    let inner = text.strip_prefix(b"[")?;
    let end = inner.iter().position(|b| b"[]()".contains(b))?;
    (inner[end] == b']').then_some(end + 2)
}

/// Bytes a code span used as a tag holds at most: a longer one is code.
const MAX_CODE_TAG_BYTES: usize = 40;

/// `` `KDD(2026)` ``, `` `Arxiv(2025)` ``: a venue and year some lists set in
/// code before every title. One to [`MAX_CODE_TAG_BYTES`] bytes, no
/// backtick nor line break inside.
fn code_tag(text: &[u8]) -> Option<usize> {
    let inner = text.strip_prefix(b"`")?;
    let len = run(inner, |b| b != b'`' && b != b'\n');
    ((1..=MAX_CODE_TAG_BYTES).contains(&len) && inner.get(len) == Some(&b'`')).then_some(len + 2)
}

/// `:name:` of lower-case letters, digits and `_+-`, one or more.
fn shortcode(text: &[u8]) -> Option<usize> {
    let name = text.strip_prefix(b":")?;
    let len = run(name, |b| {
        b.is_ascii_lowercase() || b.is_ascii_digit() || b"_+-".contains(&b)
    });
    (len > 0 && name.get(len) == Some(&b':')).then_some(len + 2)
}

/// `**text**` or `__text__` (`mark` doubled), a third mark at either end
/// taken when there is one; the text holds no mark nor line break.
fn bold(text: &[u8], mark: u8) -> Option<usize> {
    let doubled = [mark, mark];
    let mut start = text.strip_prefix(&doubled).map(|_| 2)?;
    if text.get(start) == Some(&mark) {
        start += 1;
    }
    let len = run(&text[start..], |b| b != mark && b != b'\n');
    let close = start + len;
    if len == 0 || !text[close..].starts_with(&doubled) {
        return None;
    }
    Some(close + 2 + usize::from(text.get(close + 2) == Some(&mark)))
}

/// `19-ICCV-`: two digits, two to ten Latin letters, and dashes, then two
/// to eight lower-case letters and a dash when they follow (`oral-`).
fn year_and_venue(text: &[u8]) -> Option<usize> {
    let digits = run(text, |b| b.is_ascii_digit()).min(2);
    let venue = text.get(2..).filter(|_| digits == 2)?.strip_prefix(b"-")?;
    let letters = run(venue, |b| b.is_ascii_alphabetic());
    if !(2..=10).contains(&letters) || venue.get(letters) != Some(&b'-') {
        return None;
    }
    let end = 3 + letters + 1;
    let kind = &text[end..];
    let lower = run(kind, |b| b.is_ascii_lowercase());
    let has_kind = (2..=8).contains(&lower) && kind.get(lower) == Some(&b'-');
    Some(if has_kind { end + lower + 1 } else { end })
}

/// `2019-CVPR - `, `2019-ICLR_W - `, `2018 - `: a year from 1900 on, a
/// dash and two to ten Latin letters (a `_` and one to four letters after
/// them: a workshop), then ` - ` (subeeshvasu's label-noise list writes
/// every item so). The spaced dash is part of the label: without it a
/// year opens a title (`2019-nCoV Detection ...`).
fn dated_label(text: &[u8]) -> Option<usize> {
    let year = text
        .get(..4)
        .filter(|y| y.starts_with(b"19") || y.starts_with(b"20"))?;
    if run(year, |b| b.is_ascii_digit()) != 4 {
        return None;
    }
    let mut end = 4;
    if let Some(venue) = text[end..].strip_prefix(b"-") {
        let letters = run(venue, |b| b.is_ascii_alphabetic());
        if !(2..=10).contains(&letters) {
            return None;
        }
        end += 1 + letters;
        if let Some(kind) = text[end..].strip_prefix(b"_") {
            let letters = run(kind, |b| b.is_ascii_alphabetic());
            if !(1..=4).contains(&letters) {
                return None;
            }
            end += 1 + letters;
        }
    }
    text[end..].starts_with(b" - ").then_some(end + 3)
}

/// The length of `text` up to and including the first `mark`, if any.
fn through(text: &[u8], mark: u8) -> Option<usize> {
    memchr::memchr(mark, text).map(|at| at + 1)
}

/// How many bytes `text` starts with that pass `test`.
fn run(text: &[u8], test: impl Fn(u8) -> bool) -> usize {
    text.iter().position(|&b| !test(b)).unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::label_len;
    use proptest::prelude::*;

    /// The regex this file reads by hand.
    fn regex() -> regex::bytes::Regex {
        crate::pattern::ascii_bytes(
            r"^(?:\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)|!\[[^\]]*\]\([^)]*\)|\[[^\[\]()]*\]|:[a-z0-9_+-]+:|\*\*\*?[^*\n]+\*\*\*?|___?[^_\n]+___?|[0-9]{2}-[A-Za-z]{2,10}-(?:[a-z]{2,8}-)?|(?:19|20)[0-9]{2}(?:-[A-Za-z]{2,10}(?:_[A-Za-z]{1,4})?)? - |`[^`\n]{1,40}`)",
        )
        .unwrap()
    }

    fn same(label: &regex::bytes::Regex, text: &str) {
        let by_regex = label.find(text.as_bytes()).map(|m| m.end());
        assert_eq!(label_len(text.as_bytes()), by_regex, "{text:?}");
    }

    #[test]
    fn reads_each_form_as_the_regex_does() {
        let label = regex();
        for text in [
            "[![badge](x.svg)](https://a.b) Title",
            "[![badge](x.svg)] Title",
            "![badge](x.svg) Title",
            "![badge](x.svg Title",
            "[CVPR 2023] Title",
            "[CVPR (2023)] Title",
            "[CVPR 2023](link)",
            ":fire: Title",
            "2019-CVPR - Title",
            "2019-ICLR_W - Title",
            "2019-ICLR_Work - Title",
            "2019-ICLR_Works - Title",
            "2018 - Title",
            "1899 - Title",
            "2019-nCoV Detection",
            "2019-C - Title",
            ":Fire: Title",
            ":: Title",
            "**DSN**: Title",
            "***(DC-LM)*** - Title",
            "****x**",
            "***x***",
            "**x\ny**",
            "** **",
            "19-ICCV-Title",
            "19-ICCV-oral-Title",
            "19-ICCV-Oral-Title",
            "19-ICCVICCVICCV-x",
            "19-I-x",
            "19-ICCV-orallyaccepted-x",
            "1-ICCV-",
            "199-ICCV-",
            "",
            "[",
            "!",
            "*",
            "1",
            "Ü [x]",
            "[Ü] x",
            "**Ü**",
            "__QA-GNN__: Title",
            "___x___ Title",
            "__x_y__ Title",
            "__ __",
            "_x_ Title",
            "`KDD(2026)`Title",
            "`GenRec@WWWW(2024)` Title",
            "``Title",
            "`a\nb` Title",
            "`unclosed Title",
            "`a code span far longer than any tag a list puts first` Title",
        ] {
            same(&label, text);
        }
    }

    proptest! {
        #[test]
        fn any_text_reads_as_the_regex_reads_it(
            text in r"[\[\]()!:*`\n a-cA-C0-9_+\-Ü]{0,48}"
        ) {
            same(&regex(), &text);
        }
    }
}
