//! The `nas-lint` command: arguments in, library calls, a renderer, an exit code.

use clap::{Parser, ValueEnum};
use nas_lint::fix::{self, FixOptions};
use nas_lint::render::Summary;
use nas_lint::render::{self, human::HumanOptions, FileReport};
use nas_lint::rules::{self, RULES};
use nas_lint::{lint, Diagnostic, Knowledge, LintOptions, RuleSelection, Settings, Severity};
use std::io::{IsTerminal, Read, Write};
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
    /// Markdown files to lint, `-` for standard input [default: README.md]
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

    /// Repair the findings whose fix is safe and write the files; with `-`
    /// as the path, read standard input and write the fixed text to standard output
    #[arg(long)]
    fix: bool,

    /// With --fix or --diff, also apply fixes marked unsafe
    #[arg(long)]
    unsafe_fixes: bool,

    /// Print a unified diff of what --fix would change, and change nothing
    /// (exit 1 when there is something to fix)
    #[arg(long, conflicts_with = "fix")]
    diff: bool,
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
    let (inputs, mut troubles) = read_inputs(&paths);
    let color = use_color(cli.color);
    let code = if cli.fix || cli.diff {
        run_fix(&cli, &inputs, &knowledge, &options, color, &mut troubles)
    } else {
        run_lint(&cli, &inputs, &knowledge, &options, color)
    };
    for trouble in &troubles {
        eprintln!("nas-lint: error: {trouble}");
    }
    Ok(if troubles.is_empty() {
        code
    } else {
        EXIT_TROUBLE
    })
}

/// One text to lint, from a file or from standard input.
struct Input {
    name: String,
    text: String,
    /// `None` for standard input.
    path: Option<PathBuf>,
}

fn read_inputs(paths: &[PathBuf]) -> (Vec<Input>, Vec<String>) {
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

fn run_lint(
    cli: &Cli,
    inputs: &[Input],
    knowledge: &Knowledge,
    options: &LintOptions,
    color: bool,
) -> u8 {
    let findings: Vec<Vec<Diagnostic>> = inputs
        .iter()
        .map(|i| lint(&i.text, knowledge, options))
        .collect();
    let reports = reports(
        inputs.iter().map(|i| (i.name.as_str(), i.text.as_str())),
        &findings,
    );
    let output = match cli.format {
        Format::Json => render::json::render(&reports),
        Format::Human => render::human::render(&reports, human_options(color)),
    };
    print_out(&output);
    exit_code(&findings)
}

/// `--fix` and `--diff`: fix every input, then write it (files, in place and
/// atomically), print it (standard input), or print the diff.
fn run_fix(
    cli: &Cli,
    inputs: &[Input],
    knowledge: &Knowledge,
    options: &LintOptions,
    color: bool,
    troubles: &mut Vec<String>,
) -> u8 {
    let fix_options = FixOptions {
        unsafe_fixes: cli.unsafe_fixes,
    };
    let mut finals: Vec<(String, Vec<Diagnostic>)> = Vec::new();
    let mut fixed = 0;
    let mut changed_any = false;
    let mut report_to_stderr = false;
    for input in inputs {
        let outcome = fix::fix(&input.text, knowledge, options, fix_options);
        let changed = outcome.changed(&input.text);
        changed_any |= changed;
        for undone in &outcome.rolled_back {
            eprintln!(
                "nas-lint: warning: {}: the {} fix was undone: it would break a table or add an error",
                input.name, undone.rule
            );
        }
        if cli.diff {
            if changed {
                print_out(&unified_diff(&input.name, &input.text, &outcome.text));
            }
            fixed += outcome.fixed.len();
            continue;
        }
        match &input.path {
            None => {
                print_out(&outcome.text);
                report_to_stderr = true;
            }
            Some(path) if changed => {
                if let Err(e) = write_atomically(path, &outcome.text) {
                    troubles.push(format!(
                        "{}: cannot write the fixed file: {e}; left it unchanged",
                        input.name
                    ));
                    finals.push((input.text.clone(), lint(&input.text, knowledge, options)));
                    continue;
                }
            }
            Some(_) => {}
        }
        fixed += outcome.fixed.len();
        finals.push((outcome.text, outcome.remaining));
    }
    if cli.diff {
        let verb = if changed_any {
            "Would fix"
        } else {
            "Nothing to fix:"
        };
        eprintln!(
            "{verb} {fixed} finding{}.",
            if fixed == 1 { "" } else { "s" }
        );
        return if changed_any {
            EXIT_FINDINGS
        } else {
            EXIT_CLEAN
        };
    }
    let findings: Vec<Vec<Diagnostic>> = finals.iter().map(|(_, f)| f.clone()).collect();
    let reports = reports(
        inputs
            .iter()
            .zip(&finals)
            .map(|(i, (text, _))| (i.name.as_str(), text.as_str())),
        &findings,
    );
    let output = match cli.format {
        Format::Json => render::json::render_fixed(&reports, Some(fixed)),
        Format::Human => {
            let mut out =
                render::human::render_findings(&reports, human_options(color && !report_to_stderr));
            out.push_str(&render::human::fix_summary_line(
                fixed,
                &Summary::of(&reports),
            ));
            out
        }
    };
    if report_to_stderr {
        eprint!("{output}");
    } else {
        print_out(&output);
    }
    exit_code(&findings)
}

fn reports<'a>(
    inputs: impl Iterator<Item = (&'a str, &'a str)>,
    findings: &'a [Vec<Diagnostic>],
) -> Vec<FileReport<'a>> {
    inputs
        .zip(findings)
        .map(|((path, text), diagnostics)| FileReport {
            path,
            text,
            diagnostics,
        })
        .collect()
}

fn exit_code(findings: &[Vec<Diagnostic>]) -> u8 {
    let has_error = findings
        .iter()
        .flatten()
        .any(|d| d.severity == Severity::Error);
    if has_error {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}

fn human_options(color: bool) -> HumanOptions {
    HumanOptions { color, width: 100 }
}

fn unified_diff(name: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(
            &format!("a/{}", name.trim_start_matches('/')),
            &format!("b/{}", name.trim_start_matches('/')),
        )
        .to_string()
}

/// Replaces the file by way of a temporary file in the same folder, so that
/// a crash never leaves it half written; keeps its permissions.
fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let target = std::fs::canonicalize(path)?;
    let permissions = std::fs::metadata(&target)?.permissions();
    let folder = target.parent().unwrap_or(Path::new("."));
    let mut temporary = tempfile::NamedTempFile::new_in(folder)?;
    temporary.write_all(text.as_bytes())?;
    temporary.as_file().sync_all()?;
    std::fs::set_permissions(temporary.path(), permissions)?;
    temporary.persist(&target).map_err(|e| e.error)?;
    Ok(())
}

fn read_stdin() -> Result<String, String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    decode(bytes)
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
