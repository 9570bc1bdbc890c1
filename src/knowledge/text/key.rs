//! Lookup keys, on std alone: build.rs compiles this file too, to key the
//! built-in venue names the way the library looks them up.

/// A lookup key: lower case letters and digits only, so that `T-PAMI`,
/// `TPAMI` and `tpami` meet.
pub fn lookup_key(text: &str) -> String {
    if text.is_ascii() {
        // The common case, without per-character Unicode case tables; room
        // for the whole text from the start (a filter's collect grows the
        // buffer several times for a title).
        // As bytes: pushing each as a char cost three times as much.
        let mut key = Vec::with_capacity(text.len());
        key.extend(
            (text.bytes())
                .filter(u8::is_ascii_alphanumeric)
                .map(|b| b.to_ascii_lowercase()),
        );
        return String::from_utf8(key).expect("ASCII letters and digits");
    }
    unicode_lookup_key(text)
}

/// [`lookup_key`] into a buffer the caller keeps, for a loop that keys
/// each word of a cell and keeps none.
pub fn lookup_key_into(text: &str, key: &mut String) {
    key.clear();
    if text.is_ascii() {
        let lower = |b: u8| char::from(b.to_ascii_lowercase());
        key.extend(text.bytes().filter(u8::is_ascii_alphanumeric).map(lower));
    } else {
        key.extend(
            text.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase),
        );
    }
}

pub(crate) fn unicode_lookup_key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}
