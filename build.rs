//! Records the commit nas-lint is built from, for `nas-lint --version`:
//! `NAS_LINT_COMMIT` from the environment when set (release builds set it),
//! else the commit of a crates.io tarball (`.cargo_vcs_info.json`), else what
//! git says about this checkout, else "unknown". Never fails the build.
//!
//! Also turns the rule data into what the binary embeds: the venues
//! (`rules/venues.toml`, most of the data) into static Rust tables, their
//! names keyed and sorted, so that start-up builds nothing; the small
//! `strategies.toml` and `columns.toml` into JSON, read many times faster
//! than TOML. A file that does not parse (or venues that share a name) is
//! written as "none": the library then reads the TOML itself and reports
//! the error as it always did.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

// The library's own data types and key function, so that the build reads
// the venue data exactly as the library would.
#[allow(dead_code)]
#[path = "src/knowledge/venues/data.rs"]
mod venue_data;
#[allow(dead_code)]
#[path = "src/knowledge/text/key.rs"]
mod venue_key;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=NAS_LINT_COMMIT");
    let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let dir = Path::new(&dir);
    let commit = from_env()
        .or_else(|| from_vcs_info(dir))
        .or_else(|| from_git(dir))
        .unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=NAS_LINT_COMMIT={commit}");
    // What `--version` prints after the name.
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let built_from = if commit == "unknown" {
        "commit unknown".to_string()
    } else {
        commit
    };
    println!("cargo:rustc-env=NAS_LINT_VERSION={version} ({built_from})");
    embed_rule_data(dir);
}

fn embed_rule_data(dir: &Path) {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let venues = dir.join("rules").join("venues.toml");
    println!("cargo:rerun-if-changed={}", venues.display());
    let tables = std::fs::read_to_string(&venues)
        .ok()
        .and_then(|text| venue_tables(&text))
        .unwrap_or_else(|| "pub(super) static BUILTIN: Option<Builtin> = None;\n".into());
    std::fs::write(Path::new(&out).join("venues.rs"), tables).expect("OUT_DIR is writable");
    for name in ["strategies", "columns"] {
        let source = dir.join("rules").join(format!("{name}.toml"));
        println!("cargo:rerun-if-changed={}", source.display());
        let json = std::fs::read_to_string(&source)
            .ok()
            .and_then(|text| toml::from_str::<toml::Value>(&text).ok())
            .and_then(|value| serde_json::to_string(&value).ok())
            .unwrap_or_default();
        std::fs::write(Path::new(&out).join(format!("{name}.json")), json)
            .expect("OUT_DIR is writable");
    }
}

/// The venue data as Rust: `BUILTIN`, a `Builtin` of static slices.
fn venue_tables(toml_text: &str) -> Option<String> {
    use venue_data::{Catalogue, VenueFile};
    let file: VenueFile = toml::from_str(toml_text).ok()?;
    let mut catalogue = Catalogue::default();
    for venue in &file.venue {
        catalogue.add(venue, venue_key::lookup_key).ok()?;
    }
    let mut names: Vec<_> = catalogue.names.iter().collect();
    names.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let mut rust = String::from("pub(super) static BUILTIN: Option<Builtin> = Some(Builtin {\n");
    writeln!(rust, "markers: {},", markers_literal(&file.markers)).ok()?;
    rust.push_str("venues: &[\n");
    for venue in &catalogue.venues {
        writeln!(rust, "{},", venue_literal(venue)).ok()?;
    }
    rust.push_str("],\nnames: &[\n");
    for (key, hit) in names {
        writeln!(
            rust,
            "({key:?}, NameHit {{ venue: {}, kind: NameKind::{:?} }}),",
            hit.venue, hit.kind
        )
        .ok()?;
    }
    rust.push_str("],\n});\n");
    Some(rust)
}

fn text_literal(text: &str) -> String {
    format!("std::borrow::Cow::Borrowed({text:?})")
}

fn list_literal<T>(items: &[T], literal: impl Fn(&T) -> String) -> String {
    let items: Vec<String> = items.iter().map(literal).collect();
    format!("std::borrow::Cow::Borrowed(&[{}])", items.join(", "))
}

fn option_literal<T>(item: &Option<T>, literal: impl Fn(&T) -> String) -> String {
    item.as_ref()
        .map_or_else(|| "None".into(), |item| format!("Some({})", literal(item)))
}

fn markers_literal(markers: &venue_data::Markers) -> String {
    // Every field named: a new one fails the build until it is written here.
    let venue_data::Markers {
        words,
        symbols,
        pending,
        workshop,
        findings,
        web_suffixes,
        web_channel,
    } = markers;
    let texts = |list: &[venue_data::Text]| list_literal(list, |t| text_literal(t));
    format!(
        "Markers {{ words: {}, symbols: {}, pending: {}, workshop: {}, findings: {}, web_suffixes: {}, web_channel: {} }}",
        texts(words),
        texts(symbols),
        texts(pending),
        texts(workshop),
        texts(findings),
        texts(web_suffixes),
        option_literal(web_channel, |t| text_literal(t)),
    )
}

fn venue_literal(venue: &venue_data::Venue) -> String {
    let venue_data::Venue {
        name,
        full_name,
        kind,
        aliases,
        misspellings,
        first_year,
        cadence,
        annual_since,
        cadence_since,
        held_late,
        joint,
        workshop_suffix,
        former_names,
        month,
        issn,
        pmlr_volumes,
        presented_at,
    } = venue;
    let texts = |list: &[venue_data::Text]| list_literal(list, |t| text_literal(t));
    let former = list_literal(former_names, |f| {
        format!(
            "FormerName {{ name: {}, last_year: {}, either_name_until: {:?} }}",
            text_literal(&f.name),
            f.last_year,
            f.either_name_until
        )
    });
    let held_late = list_literal(held_late, |h| {
        format!("HeldLate {{ edition: {}, held: {} }}", h.edition, h.held)
    });
    let joint = list_literal(joint, |j| {
        format!(
            "JointMeeting {{ with: {}, editions: {} }}",
            text_literal(&j.with),
            list_literal(&j.editions, |year| year.to_string())
        )
    });
    let pmlr_volumes = list_literal(pmlr_volumes, |v| {
        format!("PmlrVolume {{ volume: {}, year: {} }}", v.volume, v.year)
    });
    format!(
        "Venue {{ name: {}, full_name: {}, kind: VenueKind::{kind:?}, aliases: {}, misspellings: {}, \
         first_year: {first_year:?}, cadence: Cadence::{cadence:?}, annual_since: {annual_since:?}, cadence_since: {cadence_since:?}, held_late: {held_late}, joint: {joint}, \
         workshop_suffix: {workshop_suffix}, former_names: {former}, month: {month:?}, issn: {}, pmlr_volumes: {pmlr_volumes}, presented_at: {} }}",
        text_literal(name),
        option_literal(full_name, |t| text_literal(t)),
        texts(aliases),
        texts(misspellings),
        texts(issn),
        texts(presented_at),
    )
}

fn from_env() -> Option<String> {
    let value = std::env::var("NAS_LINT_COMMIT").ok()?;
    let value = value.trim();
    (!value.is_empty()).then(|| short(value))
}

/// A packaged crate: `cargo package` writes the commit it was made from.
fn from_vcs_info(dir: &Path) -> Option<String> {
    let path = dir.join(".cargo_vcs_info.json");
    let text = std::fs::read_to_string(&path).ok()?;
    println!("cargo:rerun-if-changed={}", path.display());
    let at = text.find("\"sha1\"")?;
    let rest = &text[at + "\"sha1\"".len()..];
    let start = rest.find('"')? + 1;
    let len = rest[start..].find('"')?;
    let sha = &rest[start..start + len];
    sha.chars()
        .all(|c| c.is_ascii_hexdigit())
        .then(|| short(sha))
}

/// A git checkout of this repository itself (not a parent repository that
/// happens to contain an unpacked crate).
fn from_git(dir: &Path) -> Option<String> {
    if !dir.join(".git").exists() {
        return None;
    }
    let git = |args: &[&str]| -> Option<String> {
        let out = Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(args)
            .output()
            .ok()?;
        let text = String::from_utf8(out.stdout).ok()?;
        (out.status.success() && !text.trim().is_empty()).then(|| text.trim().to_string())
    };
    let sha = git(&["rev-parse", "--short=12", "HEAD"])?;
    // Rebuild when HEAD moves: HEAD itself, the branch it points to, packed refs.
    for path in ["HEAD", "packed-refs"]
        .into_iter()
        .map(String::from)
        .chain(git(&["symbolic-ref", "-q", "HEAD"]))
    {
        if let Some(file) = git(&["rev-parse", "--git-path", &path]) {
            let file = dir.join(file);
            if file.exists() {
                println!("cargo:rerun-if-changed={}", file.display());
            }
        }
    }
    let date = git(&["log", "-1", "--format=%cs", "HEAD"]);
    Some(match date {
        Some(date) => format!("{sha} {date}"),
        None => sha,
    })
}

/// A full hash is shortened to 12 digits; anything else is kept as given.
fn short(value: &str) -> String {
    if value.len() > 12 && value.chars().all(|c| c.is_ascii_hexdigit()) {
        value[..12].to_string()
    } else {
        value.to_string()
    }
}
