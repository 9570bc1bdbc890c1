//! Reading what to lint: files and standard input, refusing what is not text.

use std::io::Read;
use std::path::{Path, PathBuf};

/// Files larger than this are refused rather than read into memory.
const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// One text to lint, from a file or from standard input.
pub struct Input {
    pub name: String,
    pub text: String,
    /// `None` for standard input.
    pub path: Option<PathBuf>,
}

/// Reads every path; the ones that cannot be read come back as problems,
/// each naming the path.
pub fn read_inputs(paths: &[PathBuf]) -> (Vec<Input>, Vec<String>) {
    let mut inputs = Vec::new();
    let mut troubles = Vec::new();
    for path in paths {
        let from_stdin = path.as_os_str() == "-";
        let name = if from_stdin {
            "<stdin>".to_string()
        } else {
            path.display().to_string()
        };
        let read = if from_stdin {
            read_stdin()
        } else {
            read_markdown(path)
        };
        match read {
            Ok(text) => inputs.push(Input {
                name,
                text,
                path: (!from_stdin).then(|| path.clone()),
            }),
            Err(problem) => troubles.push(format!("{name}: {problem}")),
        }
    }
    (inputs, troubles)
}

fn read_stdin() -> Result<String, String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    decode(bytes)
}

/// Reads a file as UTF-8 Markdown.
fn read_markdown(path: &Path) -> Result<String, String> {
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
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
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
