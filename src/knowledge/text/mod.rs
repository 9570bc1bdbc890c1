//! Small text helpers shared by the knowledge tables.

mod key;
mod search;
mod words;
#[cfg(test)]
use key::unicode_lookup_key;
pub use key::{lookup_key, lookup_key_into};
pub use search::{contains, count, find, find_all, lines_inclusive, rfind, rfind_all, split_once};
pub use words::{trim, words};

/// Lower case, white space collapsed: how reference labels and column
/// headers are compared.
pub fn fold_spaces_and_case(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    fold_spaces_and_case_into(text, &mut folded);
    folded
}

/// [`fold_spaces_and_case`] into a buffer the caller keeps, for a loop
/// that looks each text up and rarely keeps it.
pub fn fold_spaces_and_case_into(text: &str, folded: &mut String) {
    folded.clear();
    for word in text.split_whitespace() {
        if !folded.is_empty() {
            folded.push(' ');
        }
        if word.is_ascii() {
            folded.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            folded.push_str(&word.to_lowercase());
        }
    }
}

/// Whether `a` and `b` are exactly one edit apart (one letter changed,
/// added, dropped, or two neighbours swapped): `edit_distance(a, b, 1) == 1`
/// without its tables. It runs against every known name for each unknown
/// venue or strategy cell.
pub fn one_edit_apart(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return one_apart(a.as_bytes(), b.as_bytes());
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    one_apart(&a, &b)
}

fn one_apart<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let Some(i) = short.iter().zip(long).position(|(x, y)| x != y) else {
        // Equal, or the longer has one letter more at its end.
        return long.len() != short.len();
    };
    if short.len() != long.len() {
        return short[i..] == long[i + 1..];
    }
    let changed = short[i + 1..] == long[i + 1..];
    let swapped = i + 1 < short.len()
        && short[i] == long[i + 1]
        && short[i + 1] == long[i]
        && short[i + 2..] == long[i + 2..];
    changed || swapped
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
    if !one_edit_apart(written, known) {
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
    /// One letter typed for another: `NeurlPS`, `lCLR`.
    Substituted,
    /// In a short name, a letter typed as its neighbour: `CVRR`. Real
    /// acronyms look like that too (HPCC beside HPDC, CCPR beside CVPR).
    Echoed,
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
///
/// A venue's acronym is its words' first letters, so a change at either
/// end of a name usually makes another venue rather than a slip: another
/// first letter (ICCV, ACCV, ECCV; ICML, ECML; SCIS, CCIS), a letter added
/// or dropped at the start (ACL, EACL; JAMIA, AMIA) or at the end (ICML,
/// ICMLA; ISCA, ISCAS), another last letter of a short name (ICME, ICML).
/// None of those is a slip; a letter typed twice at the end (`ICLRR`) is.
pub fn venue_slip(written: &str, known: &str) -> Option<Slip> {
    if written.len().abs_diff(known.len()) > 1 || written == known {
        return None;
    }
    // Every slip below keeps the first letter, but for the first two
    // swapped: most names are told apart here, before either is read whole.
    let (mut w, mut k) = (written.chars(), known.chars());
    let (w0, w1, k0, k1) = (w.next(), w.next(), k.next(), k.next());
    if w0 != k0 && !(w0 == k1 && w1 == k0) {
        return None;
    }
    // `IEEE TII` is the acronym TII: its publisher makes it no longer.
    let publisher = PUBLISHERS
        .iter()
        .find(|p| written.starts_with(*p) && known.starts_with(*p));
    let (written, known) = match publisher {
        Some(p) => (&written[p.len()..], &known[p.len()..]),
        None => (written, known),
    };
    let w: Vec<char> = written.chars().collect();
    let k: Vec<char> = known.chars().collect();
    if is_scramble(&w, &k) && w[0] == k[0] {
        return Some(Slip::Scrambled);
    }
    if w.len() < 4 || k.len() < 4 || !one_edit_apart(written, known) {
        return None;
    }
    let short = k.len() < SHORT_NAME;
    if w.len() == k.len() {
        let differing: Vec<usize> = (0..w.len()).filter(|&i| w[i] != k[i]).collect();
        if differing.len() == 2 {
            return Some(Slip::Transposed);
        }
        let i = *differing.first()?;
        if i == 0 || (short && i == w.len() - 1) {
            return None;
        }
        let stutter = w[i] == w[i - 1] || w.get(i + 1) == Some(&w[i]);
        let look_alike = matches!(
            (w[i], k[i]),
            ('l', 'i') | ('i', 'l') | ('1', 'l') | ('0', 'o')
        );
        return if !short || look_alike {
            Some(Slip::Substituted)
        } else {
            stutter.then_some(Slip::Echoed)
        };
    }
    if w.len() > k.len() {
        // The one letter of `written` that `known` lacks; in a run of one
        // letter, the last of the run.
        let mut i = (0..k.len()).find(|&i| w[i] != k[i]).unwrap_or(k.len());
        while i + 1 < w.len() && w[i + 1] == w[i] {
            i += 1;
        }
        let doubled = i > 0 && w[i] == w[i - 1];
        // A letter before the name is another venue's (EACL), and so is a
        // new last letter that repeats nothing (ICMLA); ICLRR is a stutter.
        if i == 0 || (i == w.len() - 1 && !doubled) || (i == 1 && doubled) {
            return None;
        }
        // A stray letter inside a short name (`arixiv`) is a slip too, but
        // one the venue-typo rule reports only on the list's own evidence.
        return if doubled {
            Some(Slip::Doubled)
        } else {
            (k.len() >= 5).then_some(Slip::Inserted)
        };
    }
    // A dropped letter: the first letter of `known` that `written` lacks,
    // or the last of a run of that letter. Not at either end (AMIA is not
    // JAMIA), and not in a name of four letters, where one letter less is
    // often another acronym (ICIS and ICICS are both real).
    if w.len() < 5 {
        return None;
    }
    let first = (0..w.len()).find(|&i| w[i] != k[i]).unwrap_or(w.len());
    let mut last = first;
    while last + 1 < k.len() && k[last + 1] == k[first] {
        last += 1;
    }
    // A name of words (`Neural Networks`, `Applied Sciences`) is no
    // acronym: its last letter dropped is a slip, not another venue.
    if first == 0 || (last == k.len() - 1 && !is_name_of_words(known)) {
        return None;
    }
    Some(Slip::Dropped)
}

/// A name without the two-digit year an unknown name keeps (`ASPLO'25`
/// reads whole as no venue's name): the year after a known one is read
/// apart (`ASPLOS'24`).
pub fn without_short_year(name: &str) -> &str {
    let digits = name.trim_end_matches(|c: char| c.is_ascii_digit());
    if name.len() - digits.len() != 2 {
        return name;
    }
    let mark = digits.trim_end_matches(' ');
    mark.strip_suffix(['\'', '’', '‘'])
        .map_or(name, |bare| bare.trim_end_matches(' '))
}

/// Whether a venue's lookup key is a short name (an acronym of fewer than
/// six letters, not counting a publisher before it): one slip of it is
/// often another real acronym.
pub fn is_short_name(key: &str) -> bool {
    let bare = PUBLISHERS
        .iter()
        .find_map(|p| key.strip_prefix(p))
        .unwrap_or(key);
    bare.chars().count() < SHORT_NAME
}

/// Whether a venue's lookup key is too long for an acronym: the words of
/// a name (`neuralnetworks`), where a letter dropped at the end is a slip.
/// Acronyms of ten letters or more (`sigmetrics`) are words too.
fn is_name_of_words(key: &str) -> bool {
    let bare = split_publisher(key).map_or(key, |(_, rest)| rest);
    bare.chars().count() >= NAME_OF_WORDS
}

/// See [`is_name_of_words`].
const NAME_OF_WORDS: usize = 10;

/// Publishers written before a venue's acronym (lookup keys).
const PUBLISHERS: [&str; 2] = ["ieee", "acm"];

/// Whether a lookup key is a publisher's name alone (`ieee`, `acm`).
pub fn is_publisher(key: &str) -> bool {
    PUBLISHERS.contains(&key)
}

/// A lookup key split into the publisher written before it and the rest:
/// `ieeetist` is `ieee` and `tist`. None when no publisher leads or
/// nothing follows it.
pub fn split_publisher(key: &str) -> Option<(&'static str, &str)> {
    PUBLISHERS.iter().find_map(|p| {
        key.strip_prefix(p)
            .filter(|rest| !rest.is_empty())
            .map(|rest| (*p, rest))
    })
}

/// Below this many letters a reordering is left alone: short acronyms share
/// their letters too often (ACL, CAL).
const SCRAMBLE_MIN: usize = 5;

/// Whether `w` is `k` with one letter typed out of its place (`Avrxi`:
/// the `v` of arXiv three places early), more than one swap away (a single
/// swap is a transposition). Letters reordered beyond one moved letter are
/// another name that shares them (`ICSE-SEET` holds the letters of `IEEE
/// TCSS`). [`venue_slip`] also asks for the same first letter, for the
/// reason above.
fn is_scramble(w: &[char], k: &[char]) -> bool {
    if w.len() != k.len() || w.len() < SCRAMBLE_MIN || w == k {
        return false;
    }
    let differing = w.iter().zip(k).filter(|(a, b)| a != b).count();
    differing > 2 && one_letter_moved(w, k)
}

/// Whether taking one letter of `w` out and putting it back elsewhere
/// gives `k`.
fn one_letter_moved(w: &[char], k: &[char]) -> bool {
    (0..w.len()).any(|from| {
        let mut rest = w.to_vec();
        let letter = rest.remove(from);
        (0..=rest.len()).any(|to| {
            let mut moved = rest.clone();
            moved.insert(to, letter);
            moved == k
        })
    })
}

#[cfg(test)]
mod tests;
