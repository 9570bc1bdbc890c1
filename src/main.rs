//! The `nas-lint` command: arguments in, library calls, a renderer, an exit code.

use clap::{Parser, ValueEnum};
use nas_lint::render::{self, human::HumanOptions, FileReport};
use nas_lint::rules::{self, RULES};
use nas_lint::{lint, Diagnostic, Knowledge, LintOptions, RuleSelection, Settings, Severity};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Files larger than this are refused rather than read into memory.
const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

#[derive(Parser, Debug)]
#[command(
    name = "nas-lint",
    version,
    about = "Lint curated research-paper lists (Markdown tables of papers)"
)]
struct Cli {
    /// Markdown files to lint [default: README.md]
    paths: Vec<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,

    /// Run only these rules (comma-separated or repeated)
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    select: Option<Vec<String>>,

    /// Do not run these rules (comma-separated or repeated)
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    ignore: Vec<String>,

    /// List every rule with its default severity and fix
    #[arg(long)]
    list_rules: bool,

    /// Show the documentation of a rule
    #[arg(long, value_name = "RULE")]
    explain: Option<String>,

    /// When to use colours in the human format
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

const EXIT_CLEAN: u8 = 0;
const EXIT_FINDINGS: u8 = 1;
const EXIT_TROUBLE: u8 = 2;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            let code = if e.use_stderr() {
                EXIT_TROUBLE
            } else {
                EXIT_CLEAN
            };
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            eprintln!("nas-lint: error: {message}");
            ExitCode::from(EXIT_TROUBLE)
        }
    }
}

fn run(cli: Cli) -> Result<u8, String> {
    if cli.list_rules {
        print_out(&list_rules());
        return Ok(EXIT_CLEAN);
    }
    if let Some(name) = &cli.explain {
        let rule =
            rules::find(name).ok_or_else(|| format!("unknown rule `{name}` (see --list-rules)"))?;
        print_out(rule.meta().doc);
        return Ok(EXIT_CLEAN);
    }
    let selection =
        RuleSelection::new(cli.select.as_deref(), &cli.ignore).map_err(|e| e.to_string())?;
    let knowledge = Knowledge::builtin().map_err(|e| format!("built-in rule data: {e}"))?;
    let options = LintOptions {
        selection,
        settings: Settings {
            current_year: current_year(),
        },
    };
    let paths = if cli.paths.is_empty() {
        vec![PathBuf::from("README.md")]
    } else {
        cli.paths.clone()
    };

    let mut inputs = Vec::new();
    let mut troubles = Vec::new();
    for path in &paths {
        match read_markdown(path) {
            Ok(text) => inputs.push((path.display().to_string(), text)),
            Err(problem) => troubles.push(format!("{}: {problem}", path.display())),
        }
    }
    let findings: Vec<Vec<Diagnostic>> = inputs
        .iter()
        .map(|(_, text)| lint(text, &knowledge, &options))
        .collect();
    let reports: Vec<FileReport<'_>> = inputs
        .iter()
        .zip(&findings)
        .map(|((path, text), diagnostics)| FileReport {
            path,
            text,
            diagnostics,
        })
        .collect();

    let output = match cli.format {
        Format::Json => render::json::render(&reports),
        Format::Human => render::human::render(
            &reports,
            HumanOptions {
                color: use_color(cli.color),
                width: 100,
            },
        ),
    };
    print_out(&output);
    for trouble in &troubles {
        eprintln!("nas-lint: error: {trouble}");
    }
    if !troubles.is_empty() {
        return Ok(EXIT_TROUBLE);
    }
    let has_error = findings
        .iter()
        .flatten()
        .any(|d| d.severity == Severity::Error);
    Ok(if has_error { EXIT_FINDINGS } else { EXIT_CLEAN })
}

/// Reads a file as UTF-8 Markdown, refusing what is not text.
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

fn io_problem(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => error.to_string(),
    }
}

fn list_rules() -> String {
    let mut out = format!(
        "{:<27} {:<8} {:<15} {}\n",
        "RULE", "SEVERITY", "FIX", "FINDS"
    );
    for rule in RULES {
        let meta = rule.meta();
        out.push_str(&format!(
            "{:<27} {:<8} {:<15} {}\n",
            meta.name,
            meta.severity.as_str(),
            meta.fix.as_str(),
            meta.summary
        ));
    }
    out
}

fn use_color(choice: Color) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}

/// Writes to stdout, ignoring a closed pipe (`nas-lint | head`).
fn print_out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}

/// The current calendar year (UTC), from the system clock.
fn current_year() -> i32 {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    year_of_day((seconds / 86_400) as i64)
}

/// Civil year of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn year_of_day(days: i64) -> i32 {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let year = year_of_era + era * 400 + i64::from(month_index >= 10);
    year as i32
}

#[cfg(test)]
mod tests {
    use super::year_of_day;

    #[test]
    fn years_from_day_counts() {
        assert_eq!(year_of_day(0), 1970);
        assert_eq!(year_of_day(20_785), 2026); // 2026-11-28
        assert_eq!(year_of_day(20_818), 2026); // 2026-12-31
        assert_eq!(year_of_day(20_819), 2027); // 2027-01-01
        assert_eq!(year_of_day(11_016), 2000); // 2000-02-29
    }
}
