//! Reading what to lint: files and standard input, refusing what is not text.

use std::io::Read;
use std::path::{Path, PathBuf};

/// Files larger than this are refused rather than read into memory.
const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// Something to lint: a file named on the command line, a file found in a
/// folder, or standard input (read at once: it can be read only once).
pub enum Source {
    File { path: PathBuf, from_folder: bool },
    Stdin(Result<String, String>),
}

impl Source {
    pub fn name(&self) -> String {
        match self {
            Source::File { path, .. } => path.display().to_string(),
            Source::Stdin(_) => "<stdin>".to_string(),
        }
    }

    pub fn path(&self) -> Option<&Path> {
        match self {
            Source::File { path, .. } => Some(path),
            Source::Stdin(_) => None,
        }
    }

    /// Files found in a folder are skipped when they hold no paper table.
    pub fn found_in_folder(&self) -> bool {
        matches!(
            self,
            Source::File {
                from_folder: true,
                ..
            }
        )
    }

    pub fn read(&self) -> Result<String, String> {
        match self {
            Source::File { path, .. } => read_markdown(path),
            Source::Stdin(text) => text.clone(),
        }
    }
}

/// The sources the paths name: folders become the Markdown files under
/// them (honouring .gitignore and friends, hidden files left out).
pub fn sources(paths: &[PathBuf]) -> (Vec<Source>, Vec<String>) {
    let mut sources = Vec::new();
    let mut troubles = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            sources.push(Source::Stdin(read_stdin()));
        } else if path.is_dir() {
            let found = markdown_under(path);
            if found.is_empty() {
                troubles.push(format!(
                    "{}: a directory with no Markdown files",
                    path.display()
                ));
            }
            sources.extend(found.into_iter().map(|path| Source::File {
                path,
                from_folder: true,
            }));
        } else {
            sources.push(Source::File {
                path: path.clone(),
                from_folder: false,
            });
        }
    }
    (sources, troubles)
}

const MARKDOWN_EXTENSIONS: &[&str] = &["md", "markdown", "mdown", "mkd"];

fn markdown_under(folder: &Path) -> Vec<PathBuf> {
    // .gitignore counts even outside a git checkout (a copied folder).
    let mut found: Vec<PathBuf> = ignore::WalkBuilder::new(folder)
        .require_git(false)
        .build()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_some_and(|t| t.is_file()))
        .map(ignore::DirEntry::into_path)
        .filter(|path| {
            path.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| MARKDOWN_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        })
        .collect();
    found.sort();
    found
}

fn read_stdin() -> Result<String, String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    decode(bytes)
}

/// Reads a file as UTF-8 Markdown.
pub fn read_markdown(path: &Path) -> Result<String, String> {
    let metadata = std::fs::metadata(path).map_err(|e| io_problem(&e))?;
    if metadata.is_dir() {
        return Err("is a directory, not a Markdown file".to_string());
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(format!(
            "is {} MiB, more than the {} MiB nas-lint reads",
            metadata.len() >> 20,
            MAX_FILE_BYTES >> 20
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| io_problem(&e))?;
    decode(bytes)
}

/// Markdown must be UTF-8 text.
fn decode(bytes: Vec<u8>) -> Result<String, String> {
    if let Some(at) = memchr::memchr(0, &bytes) {
        return Err(format!(
            "looks like a binary file (NUL byte at offset {at}), not Markdown"
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("is not valid UTF-8 (invalid byte at offset {at}); save it as UTF-8")
    })
}

pub fn io_problem(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => error.to_string(),
    }
}
