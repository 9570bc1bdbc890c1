//! Papers in open archives that give each deposit a stable id: HAL, the
//! French national archive (`hal.science/hal-04269089`), where lists link
//! papers of French labs as others link arXiv.

use super::url::Url;

/// A HAL deposit's id (`hal-04269089`, `tel-01234567`, `inria-00112233`),
/// without its version: on `hal.science` or a portal under it
/// (`inria.hal.science`), or the archive's older hosts
/// (`hal.archives-ouvertes.fr`, `hal.inria.fr`).
pub(super) fn hal_of(url: &Url<'_>) -> Option<String> {
    let host: &str = &url.host;
    let on_hal = host == "hal.science"
        || host.ends_with(".hal.science")
        || host.ends_with("archives-ouvertes.fr")
        || host == "hal.inria.fr";
    if !on_hal {
        return None;
    }
    let mut parts = url.path.trim_start_matches('/').split('/');
    let first = parts.next()?;
    // A supplement's file is no paper of its own.
    if parts.any(|part| part.to_ascii_lowercase().contains("supp")) {
        return None;
    }
    let id = first.rsplit_once('v').map_or(first, |(id, version)| {
        if !version.is_empty() && version.bytes().all(|b| b.is_ascii_digit()) {
            id
        } else {
            first
        }
    });
    is_deposit_id(id).then(|| id.to_ascii_lowercase())
}

/// A collection's prefix (one part or more joined by dashes, each opening
/// with a letter: `hal`, `halshs`, `in2p3`), a dash and eight digits.
fn is_deposit_id(id: &str) -> bool {
    let Some((prefix, number)) = id.rsplit_once('-') else {
        return false;
    };
    number.len() == 8
        && number.bytes().all(|b| b.is_ascii_digit())
        && !prefix.is_empty()
        && prefix.split('-').all(|part| {
            part.starts_with(|c: char| c.is_ascii_alphabetic())
                && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}
