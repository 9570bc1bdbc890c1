//! Lookup keys, on std alone: build.rs compiles this file too, to key the
//! built-in venue names the way the library looks them up.

/// A lookup key: lower case letters and digits only, so that `T-PAMI`,
/// `TPAMI` and `tpami` meet.
pub fn lookup_key(text: &str) -> String {
    if text.is_ascii() {
        // The common case, without per-character Unicode case tables.
        let key: Vec<u8> = text
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|b| b.to_ascii_lowercase())
            .collect();
        return String::from_utf8(key).unwrap_or_default();
    }
    unicode_lookup_key(text)
}

pub(crate) fn unicode_lookup_key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}
