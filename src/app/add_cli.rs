//! `nas-lint add`: its arguments.

use clap::Args;
use std::path::PathBuf;

/// Add a paper to a list, written in the list's own style
#[derive(Args, Debug, Clone)]
pub struct AddArgs {
    /// arXiv ids or URLs (abs, pdf, html, any version), or OpenReview forum
    /// URLs or ids; then, optionally, the list [default: README.md]
    #[arg(value_name = "PAPER... [FILE]")]
    pub items: Vec<String>,

    /// The paper table under this heading (case-insensitive prefix; `A > B`
    /// for B under A); needed when the list has several paper tables
    #[arg(long, value_name = "HEADING")]
    pub section: Option<String>,

    /// The value of another column, e.g. `--set Strategy=Gradient` (repeatable)
    #[arg(long, value_name = "COLUMN=VALUE")]
    pub set: Vec<String>,

    /// Print the diff instead of writing the file
    #[arg(long)]
    pub dry_run: bool,

    /// Write the row by hand, without looking the paper up: its title
    #[arg(long, help_heading = "Without network")]
    pub title: Option<String>,

    /// The venue (`NeurIPS 2023`, `Accepted at CVPR 2023`); without it, the
    /// list's word for an unpublished paper
    #[arg(long, help_heading = "Without network")]
    pub venue: Option<String>,

    /// The date: `2023`, `2023-05` or `2023-05-17` [default: from the arXiv id]
    #[arg(long, value_name = "DATE", help_heading = "Without network")]
    pub year: Option<String>,

    /// The code repository URL
    #[arg(long, value_name = "URL", help_heading = "Without network")]
    pub code: Option<String>,

    /// Rewrite URLs before fetching them: 'REGEX REPLACEMENT' (repeatable)
    #[arg(long, value_name = "REMAP", help_heading = "Network")]
    pub remap: Vec<String>,

    /// Where looked-up papers are cached [default: .nas-lint-cache/ beside
    /// the config file, as for --links]
    #[arg(long, value_name = "DIR", help_heading = "Network")]
    pub cache_dir: Option<PathBuf>,

    /// Do not read or write the paper cache
    #[arg(long, help_heading = "Network")]
    pub no_cache: bool,

    /// Allow loopback and private addresses (also NAS_LINT_ALLOW_PRIVATE=1)
    #[arg(long, help_heading = "Network")]
    pub allow_private: bool,
}
