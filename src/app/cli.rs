//! The command line.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "nas-lint",
    version = env!("NAS_LINT_VERSION"),
    about = "Lint curated research-paper lists (Markdown tables of papers)",
    // `nas-lint [OPTIONS] [PATH]...` lints; a subcommand takes no lint options.
    args_conflicts_with_subcommands = true,
    // `nas-lint help` lints a file named `help`, as before subcommands.
    disable_help_subcommand = true
)]
pub struct Cli {
    /// Other commands; without one, nas-lint lints the PATHs (a file named
    /// like a command is linted as `./stats`)
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Markdown files to lint, `-` for standard input [default: README.md]
    pub paths: Vec<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human, help_heading = "Output")]
    pub format: Format,

    /// Run only these rules (comma-separated or repeated; `ALL`: every rule)
    /// instead of the default set; replaces the config's `select` and `extend-select`
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "RULES",
        help_heading = "Rule selection"
    )]
    pub select: Option<Vec<String>>,

    /// Run these rules too, on top of the default set (or of `select`);
    /// adds to the config's `extend-select`
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "RULES",
        help_heading = "Rule selection"
    )]
    pub extend_select: Vec<String>,

    /// Do not run these rules (comma-separated or repeated); adds to the config's `ignore`
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "RULES",
        help_heading = "Rule selection"
    )]
    pub ignore: Vec<String>,

    /// Use this configuration file instead of looking for nas-lint.toml
    #[arg(long, value_name = "PATH", help_heading = "Configuration")]
    pub config: Option<PathBuf>,

    /// Print the effective configuration and where it came from
    #[arg(long, help_heading = "Configuration")]
    pub show_config: bool,

    /// What makes the exit code 1 [default: error, or the config's `fail-on`]
    #[arg(long, value_enum, help_heading = "Rule selection")]
    pub fail_on: Option<FailOnArg>,

    /// Also write the findings as a SARIF 2.1.0 report to this file (one
    /// run, one link check, two reports)
    #[arg(long, value_name = "PATH", help_heading = "Output")]
    pub sarif_file: Option<PathBuf>,

    /// Print how many findings each rule made instead of the findings
    #[arg(long, help_heading = "Output")]
    pub statistics: bool,

    /// Report only findings on lines changed since this git revision
    #[arg(long, value_name = "REF", help_heading = "File selection")]
    pub changed_since: Option<String>,

    /// List every rule with its default severity and fix
    #[arg(long, help_heading = "Rules")]
    pub list_rules: bool,

    /// Show the documentation of a rule
    #[arg(long, value_name = "RULE", help_heading = "Rules")]
    pub explain: Option<String>,

    /// When to use colours in the human format
    #[arg(long, value_enum, default_value_t = Color::Auto, help_heading = "Output")]
    pub color: Color,

    /// Repair the findings whose fix is safe and write the files; with `-`
    /// as the path, read standard input and write the fixed text to standard output
    #[arg(long, help_heading = "Fixing")]
    pub fix: bool,

    /// With --fix or --diff, also apply fixes marked unsafe
    #[arg(long, help_heading = "Fixing")]
    pub unsafe_fixes: bool,

    /// Print a unified diff of what --fix would change, and change nothing
    /// (exit 1 when there is something to fix)
    #[arg(long, conflicts_with = "fix", help_heading = "Fixing")]
    pub diff: bool,

    /// Also check the paper tables' links over the network (dead, moved,
    /// mismatched arXiv papers)
    #[arg(long, help_heading = "Link checking")]
    pub links: bool,

    /// Never check links over the network, whatever the configuration's
    /// `links.enabled` says (the pre-commit hooks pass it)
    #[arg(long, conflicts_with = "links", help_heading = "Link checking")]
    pub no_links: bool,

    /// Where link results are cached [default: .nas-lint-cache/ beside the config file]
    #[arg(long, value_name = "DIR", help_heading = "Link checking")]
    pub cache_dir: Option<PathBuf>,

    /// Do not read or write the link cache
    #[arg(long, help_heading = "Link checking")]
    pub no_cache: bool,

    /// Rewrite URLs before checking them: 'REGEX REPLACEMENT' (repeatable)
    #[arg(long, value_name = "REMAP", help_heading = "Link checking")]
    pub remap: Vec<String>,

    /// Check links on loopback and private addresses too (also
    /// NAS_LINT_ALLOW_PRIVATE=1; never from a configuration file)
    #[arg(long, help_heading = "Link checking")]
    pub allow_private: bool,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Count a list's papers: per year, per venue (top 15), per strategy or
    /// section, each paper once
    Stats(StatsArgs),
    /// Add a paper to a list, written in the list's own style
    Add(super::add_cli::AddArgs),
}

#[derive(Args, Debug)]
pub struct StatsArgs {
    /// The list, `-` for standard input [default: README.md]
    pub file: Option<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = StatsFormat::Markdown)]
    pub format: StatsFormat,

    /// Use this configuration file instead of looking for nas-lint.toml
    /// (its venues and strategies are known)
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    /// Tables and a Mermaid bar chart of papers per year
    Markdown,
    /// The counts as one JSON object
    Json,
    /// A bar chart of papers per year
    Svg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Concise,
    Github,
    Sarif,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FailOnArg {
    Error,
    Warning,
}
