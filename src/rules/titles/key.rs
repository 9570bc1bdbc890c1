//! A title's identity: the part that names the paper, its key and the
//! key's hash, and the words a title is compared by.

use std::hash::{Hash, Hasher};

/// The part of a title that names the paper: a trailing parenthesised
/// acronym ("... Search (NAS)") is dropped, since lists add or leave it out.
pub(crate) fn naming_part(title: &str) -> &str {
    let trimmed = title.trim_end();
    let Some(inner) = trimmed.strip_suffix(')') else {
        return title;
    };
    let Some(open) = inner.rfind('(') else {
        return title;
    };
    let acronym = &inner[open + 1..];
    let is_acronym = (2..=16).contains(&acronym.chars().count())
        && acronym
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '+')
        && acronym.chars().filter(|c| c.is_uppercase()).count() >= 2;
    let before = inner[..open].trim_end();
    // After a one-word name the part is a variant's mark, not an acronym
    // (`CharXiv(DQ)` and `CharXiv(RQ)` are two subsets, `VideoQA(FIB)` another
    // dataset than `VideoQA`).
    let words = before.split_whitespace().count();
    if is_acronym && words >= 2 && before.chars().any(char::is_alphanumeric) {
        before
    } else {
        title
    }
}

/// What two titles of one paper share: lower-case letters, digits and `+`,
/// without spaces (a lost space, "Methodsfor", is a common slip) and
/// without a trailing parenthesised acronym.
pub fn identity_key(title: &str) -> String {
    let mut key = String::with_capacity(title.len());
    for c in naming_part(title).chars() {
        if c.is_alphanumeric() || c == '+' {
            crate::facts::fold_letter(c, |l| key.push(l));
        }
    }
    key
}

/// Whether two titles have one identity key, without building the keys:
/// it confirms every hash hit of a long list.
pub fn same_identity_key(a: &str, b: &str) -> bool {
    key_letters(a).eq(key_letters(b))
}

/// The letters of a title's identity key, one by one.
fn key_letters(title: &str) -> impl Iterator<Item = char> + '_ {
    naming_part(title)
        .chars()
        .filter(|&c| c.is_alphanumeric() || c == '+')
        .flat_map(|c| {
            let mut folded = ['\0'; 3];
            let mut len = 0;
            crate::facts::fold_letter(c, |l| {
                if len < folded.len() {
                    folded[len] = l;
                    len += 1;
                }
            });
            folded.into_iter().take(len)
        })
}

/// The hash of a title's identity key, without building the key: it runs
/// for every row.
pub(crate) fn title_hash(title: &str) -> u64 {
    let mut hasher = Fnv64::default();
    let part = naming_part(title);
    let bytes = part.as_bytes();
    let mut at = 0;
    // Most titles are ASCII: read by byte, a character decoded only where
    // one starts beyond ASCII.
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii() {
            match ASCII_KEY_LETTER[usize::from(b)] {
                0 => {}
                letter => hasher.write_ascii_char(letter),
            }
            at += 1;
            continue;
        }
        let Some(c) = part[at..].chars().next() else {
            break;
        };
        if c.is_alphanumeric() {
            crate::facts::fold_letter(c, |l| l.hash(&mut hasher));
        }
        at += c.len_utf8();
    }
    // Tag it apart from paper ids.
    "title".hash(&mut hasher);
    hasher.finish()
}

/// FNV-1a: identities are hashed once per row of long lists, where SipHash's
/// strength buys nothing (a hash hit is confirmed on the real identity).
pub(crate) struct Fnv64(u64);

/// Per ASCII byte, the letter it gives a title's identity key (digits,
/// `+` and letters in lower case) or 0: one load per byte of every title.
const ASCII_KEY_LETTER: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() || byte == b'+' {
            table[b] = byte.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// FNV-1a's prime, and its fourth power (wrapping).
const FNV_PRIME: u64 = 0x0100_0000_01b3;
const FNV_PRIME_4: u64 = FNV_PRIME
    .wrapping_mul(FNV_PRIME)
    .wrapping_mul(FNV_PRIME)
    .wrapping_mul(FNV_PRIME);

impl Fnv64 {
    /// The same hash as `char::hash` of an ASCII character, in one step:
    /// that writes the character's `u32` as four bytes, its low byte then
    /// three zeros, and xoring a zero leaves only the three multiplications.
    fn write_ascii_char(&mut self, b: u8) {
        debug_assert!(b.is_ascii());
        if cfg!(target_endian = "little") {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(FNV_PRIME_4);
        } else {
            char::from(b).hash(self);
        }
    }
}

impl Default for Fnv64 {
    fn default() -> Self {
        Fnv64(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv64 {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
    }
}

/// Titles name one paper when equal after normalising, when one is the
/// other's leading words ("DARTS" / "DARTS: Differentiable ..."), or when
/// they share most of their words (a small edit).
/// A title without the venue tag some lists put before it, `(CVPR25)Title`,
/// `(CVPR25 Workshop)Title`: a short parenthesis holding a digit, so that
/// `(Un)supervised ...` keeps its first word.
pub(super) fn without_venue_tag(title: &str) -> &str {
    let trimmed = title.trim_start();
    let Some(close) = trimmed.strip_prefix('(').and_then(|rest| rest.find(')')) else {
        return title;
    };
    let (tag, rest) = (&trimmed[1..close + 1], trimmed[close + 2..].trim_start());
    if tag.chars().count() <= 24 && tag.chars().any(|c| c.is_ascii_digit()) && !rest.is_empty() {
        rest
    } else {
        title
    }
}

/// A text's words in lower case, split at anything but letters and digits.
pub fn lower_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Words that say nothing of which paper a title names.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "of", "on", "or", "the",
    "to", "towards", "toward", "via", "with",
];
