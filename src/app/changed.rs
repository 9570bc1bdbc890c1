//! `--changed-since REF`: the lines of a file that changed since a git
//! revision, so that a pull request is judged on what it touched.

use std::collections::HashSet;
use std::path::Path;
use std::process::Command;

/// 1-based line numbers of `path` that differ from `revision` (added or
/// modified lines of the working tree). A file git does not know is new:
/// all its lines count.
pub fn changed_lines(path: &Path, revision: &str) -> Result<ChangedLines, String> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file = path.file_name().ok_or("not a file")?;
    let tracked = Command::new("git")
        .args(["ls-files", "--error-unmatch", "--"])
        .arg(file)
        .current_dir(folder)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !tracked.status.success() {
        return Ok(ChangedLines::All);
    }
    let output = Command::new("git")
        .args([
            "diff",
            "--no-color",
            "--no-ext-diff",
            "--unified=0",
            revision,
            "--",
        ])
        .arg(file)
        .current_dir(folder)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !output.status.success() {
        let message = String::from_utf8_lossy(&output.stderr);
        return Err(format!("git diff {revision} failed: {}", message.trim()));
    }
    Ok(ChangedLines::Some(parse_hunks(&String::from_utf8_lossy(
        &output.stdout,
    ))))
}

pub enum ChangedLines {
    All,
    Some(HashSet<usize>),
}

impl ChangedLines {
    pub fn contains(&self, line: usize) -> bool {
        match self {
            ChangedLines::All => true,
            ChangedLines::Some(lines) => lines.contains(&line),
        }
    }
}

/// The new-side lines of each `@@ -a,b +c,d @@` hunk header.
fn parse_hunks(diff: &str) -> HashSet<usize> {
    let mut lines = HashSet::new();
    for header in diff.lines().filter(|l| l.starts_with("@@ ")) {
        let Some(new_side) = header.split_whitespace().find(|part| part.starts_with('+')) else {
            continue;
        };
        let mut numbers = new_side[1..].split(',');
        let start: usize = numbers.next().and_then(|n| n.parse().ok()).unwrap_or(0);
        let count: usize = numbers.next().and_then(|n| n.parse().ok()).unwrap_or(1);
        lines.extend(start..start + count);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_new_side_ranges() {
        let diff = "diff --git a/x b/x\n@@ -3 +3 @@\n-a\n+b\n@@ -10,0 +11,2 @@\n+c\n+d\n@@ -20,2 +22,0 @@\n";
        let lines = parse_hunks(diff);
        let mut sorted: Vec<_> = lines.into_iter().collect();
        sorted.sort();
        assert_eq!(sorted, [3, 11, 12]);
    }
}
