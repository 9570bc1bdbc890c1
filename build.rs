//! Records the commit nas-lint is built from, for `nas-lint --version`:
//! `NAS_LINT_COMMIT` from the environment when set (release builds set it),
//! else the commit of a crates.io tarball (`.cargo_vcs_info.json`), else what
//! git says about this checkout, else "unknown". Never fails the build.
//!
//! Also turns the rule data (`rules/venues.toml`, `strategies.toml`,
//! `columns.toml`) into JSON in `OUT_DIR`, which the binary embeds and reads
//! many times faster than TOML at every start. A file that does not parse
//! is written empty: the library then reads the TOML itself and reports the
//! error as it always did.

use std::path::Path;
use std::process::Command;

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
    for name in ["venues", "strategies", "columns"] {
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
