//! Small text helpers shared by the knowledge tables.

/// Whether `needle` occurs in `haystack`. Many short cells are searched for
/// the same few needles; this skips the per-call set-up of `str::contains`.
pub fn contains(haystack: &str, needle: &str) -> bool {
    find(haystack, needle).is_some()
}

/// The first byte offset of `needle` in `haystack`.
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (haystack.as_bytes(), needle.as_bytes());
    let first = *needle.first()?;
    memchr::memchr_iter(first, hay).find(|&i| hay[i..].starts_with(needle))
}

/// How many times `needle` occurs in `haystack`, without overlaps.
pub fn count(haystack: &str, needle: &str) -> usize {
    let mut count = 0;
    let mut from = 0;
    while let Some(at) = find(&haystack[from..], needle) {
        count += 1;
        from += at + needle.len();
    }
    count
}

/// Lower case, white space collapsed: how reference labels and column
/// headers are compared.
pub fn fold_spaces_and_case(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A lookup key: lower case letters and digits only, so that `T-PAMI`,
/// `TPAMI` and `tpami` meet.
pub fn lookup_key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Optimal string alignment distance, capped: returns `limit + 1` as soon as
/// the distance is known to exceed `limit`.
pub fn edit_distance(a: &str, b: &str, limit: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let width = b.len() + 1;
    let mut previous2 = vec![0usize; width];
    let mut previous: Vec<usize> = (0..width).collect();
    let mut current = vec![0usize; width];
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = current[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(previous2[j - 2] + 1);
            }
            current[j] = best;
            row_min = row_min.min(best);
        }
        if row_min > limit {
            return limit + 1;
        }
        std::mem::swap(&mut previous2, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()].min(limit + 1)
}

/// Whether `written` looks like a slip of the finger for `known`: two
/// neighbouring letters swapped, an `l` read for an `I`, or, for names long
/// enough that a single edit cannot make another real name, any one edit.
pub fn is_slip_of(written: &str, known: &str) -> bool {
    // Byte lengths first: this runs against every known name.
    if written.len().abs_diff(known.len()) > 2 || written == known {
        return false;
    }
    if written.chars().count() < 4 || known.chars().count() < 4 {
        return false;
    }
    if edit_distance(written, known, 1) != 1 {
        return false;
    }
    let w: Vec<char> = written.chars().collect();
    let k: Vec<char> = known.chars().collect();
    if w.len() == k.len() {
        let differing: Vec<usize> = (0..w.len()).filter(|&i| w[i] != k[i]).collect();
        let swapped = differing.len() == 2 && differing[1] == differing[0] + 1;
        let l_for_i = differing.len() == 1
            && matches!(
                (w[differing[0]], k[differing[0]]),
                ('l', 'i') | ('i', 'l') | ('1', 'l') | ('0', 'o')
            );
        if swapped || l_for_i {
            return true;
        }
    }
    k.len() >= 6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substring_helpers_agree_with_std() {
        for (hay, needle) in [
            ("a](b](c", "]("),
            ("https://x", "http"),
            ("", "x"),
            ("www.", "www."),
            ("ab", "abc"),
        ] {
            assert_eq!(find(hay, needle), hay.find(needle), "{hay} {needle}");
            assert_eq!(
                count(hay, needle),
                hay.matches(needle).count(),
                "{hay} {needle}"
            );
        }
    }

    #[test]
    fn keys_ignore_case_and_punctuation() {
        assert_eq!(lookup_key("T-PAMI"), "tpami");
        assert_eq!(lookup_key("J.Mach.Learn.Res."), "jmachlearnres");
        assert_eq!(lookup_key("Training-free"), "trainingfree");
    }

    #[test]
    fn distance_counts_transpositions_as_one() {
        assert_eq!(edit_distance("ilcr", "iclr", 3), 1);
        assert_eq!(edit_distance("icml", "iclr", 3), 2);
        assert_eq!(edit_distance("abc", "abcdef", 1), 2);
        assert_eq!(edit_distance("", "ab", 5), 2);
    }

    #[test]
    fn slips_are_narrow_for_short_names() {
        assert!(is_slip_of("ilcr", "iclr"));
        assert!(is_slip_of("cpvr", "cvpr"));
        assert!(is_slip_of("neurlps", "neurips"));
        assert!(is_slip_of("neuips", "neurips"));
        assert!(
            !is_slip_of("icme", "icml"),
            "a substitution in a short name may be another venue"
        );
        assert!(!is_slip_of("iccv", "iccv"));
        assert!(!is_slip_of("rl", "lr"));
    }
}
