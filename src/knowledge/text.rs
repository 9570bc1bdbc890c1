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

/// How a written venue name differs from a known one by one slip of the
/// finger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slip {
    /// Two neighbouring letters swapped: `ILCR`, `NeurISP`.
    Transposed,
    /// A letter typed twice: `ICLRR`, `ICMLL`.
    Doubled,
    /// A letter left out: `NeurPS`.
    Dropped,
    /// One letter typed for another: `CVRR`, `NeurlPS`.
    Substituted,
    /// A stray letter added that repeats no neighbour: `NeurIPSx`.
    Inserted,
    /// The very letters of a name of five or more, in another order:
    /// `Avrxi` for arXiv.
    Scrambled,
}

impl Slip {
    /// Whether the known name can be written back without a human: a swap,
    /// a doubled or a dropped letter leaves no doubt about what was meant.
    pub fn is_safe_to_fix(self) -> bool {
        matches!(self, Slip::Transposed | Slip::Doubled | Slip::Dropped)
    }
}

/// Below this many letters, only slips that leave a trace (a swap, a doubled
/// or dropped letter, a letter typed as its neighbour, a look-alike) count:
/// with hundreds of venues, many short acronyms sit one arbitrary letter
/// apart (TCDS and TCSS, ICIC and ICIP are all real).
const SHORT_NAME: usize = 6;

/// The slip that turns `known` into `written` (both lookup keys), if
/// `written` reads as a slip of the finger for `known`. Names shorter than
/// four letters are never slips: too many real acronyms are that short.
pub fn venue_slip(written: &str, known: &str) -> Option<Slip> {
    if written.len().abs_diff(known.len()) > 1 || written == known {
        return None;
    }
    let w: Vec<char> = written.chars().collect();
    let k: Vec<char> = known.chars().collect();
    if is_scramble(&w, &k) {
        return Some(Slip::Scrambled);
    }
    if w.len() < 4 || k.len() < 4 || edit_distance(written, known, 1) != 1 {
        return None;
    }
    let short = k.len() < SHORT_NAME;
    if w.len() == k.len() {
        let differing: Vec<usize> = (0..w.len()).filter(|&i| w[i] != k[i]).collect();
        if differing.len() == 2 {
            return Some(Slip::Transposed);
        }
        let i = *differing.first()?;
        let stutter = (i > 0 && w[i] == w[i - 1]) || w.get(i + 1) == Some(&w[i]);
        let look_alike = matches!(
            (w[i], k[i]),
            ('l', 'i') | ('i', 'l') | ('1', 'l') | ('0', 'o')
        );
        let plausible = !short || stutter || look_alike;
        return plausible.then_some(Slip::Substituted);
    }
    if w.len() > k.len() {
        // The one letter of `written` that `known` lacks.
        let i = (0..k.len()).find(|&i| w[i] != k[i]).unwrap_or(k.len());
        let doubled = (i > 0 && w[i] == w[i - 1]) || w.get(i + 1) == Some(&w[i]);
        return if doubled {
            Some(Slip::Doubled)
        } else {
            (!short).then_some(Slip::Inserted)
        };
    }
    Some(Slip::Dropped)
}

/// Below this many letters a reordering is left alone: short acronyms share
/// their letters too often (ACL, CAL).
const SCRAMBLE_MIN: usize = 5;

/// Whether `w` holds the letters of `k` in another order, more than one
/// swap away (a single swap is a transposition).
fn is_scramble(w: &[char], k: &[char]) -> bool {
    if w.len() != k.len() || w.len() < SCRAMBLE_MIN || w == k {
        return false;
    }
    let differing = w.iter().zip(k).filter(|(a, b)| a != b).count();
    if differing <= 2 {
        return false;
    }
    let sorted = |x: &[char]| {
        let mut v = x.to_vec();
        v.sort_unstable();
        v
    };
    sorted(w) == sorted(k)
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

    #[test]
    fn venue_slips_name_their_kind() {
        assert_eq!(venue_slip("iclrr", "iclr"), Some(Slip::Doubled));
        assert_eq!(venue_slip("icmll", "icml"), Some(Slip::Doubled));
        assert_eq!(venue_slip("neurisp", "neurips"), Some(Slip::Transposed));
        assert_eq!(venue_slip("ilcr", "iclr"), Some(Slip::Transposed));
        assert_eq!(venue_slip("neurps", "neurips"), Some(Slip::Dropped));
        assert_eq!(venue_slip("cvrr", "cvpr"), Some(Slip::Substituted));
        assert_eq!(venue_slip("neurlps", "neurips"), Some(Slip::Substituted));
        assert_eq!(venue_slip("avrxi", "arxiv"), Some(Slip::Scrambled));
        assert_eq!(venue_slip("aiclr", "iclr"), None);
        assert!(Slip::Doubled.is_safe_to_fix() && !Slip::Substituted.is_safe_to_fix());
        assert!(!Slip::Scrambled.is_safe_to_fix());
    }

    #[test]
    fn venue_slips_stay_narrow_on_short_names() {
        // Another real acronym one arbitrary letter away: not a slip.
        assert_eq!(venue_slip("icic", "icip"), None);
        assert_eq!(venue_slip("icse", "icme"), None);
        assert_eq!(venue_slip("tcds", "tcss"), None);
        // Three letters are never judged.
        assert_eq!(venue_slip("acm", "acl"), None);
        assert_eq!(venue_slip("icl", "iclr"), None);
        assert_eq!(venue_slip("cvpr", "cvpr"), None);
        // A stray letter that repeats nothing, on a short name.
        assert_eq!(venue_slip("iclrx", "iclr"), None);
    }
}
