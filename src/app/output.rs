//! Writing reports: picks the renderer for the format and the stream.

use super::cli::{Color, Format};
use nas_lint::render::{self, human::HumanOptions, FileReport, Summary};
use std::io::{IsTerminal, Write};

pub struct Output {
    pub format: Format,
    pub statistics: bool,
    pub color: bool,
}

impl Output {
    pub fn new(format: Format, statistics: bool, color: Color) -> Self {
        let color = match color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        };
        Output {
            format,
            statistics,
            color,
        }
    }

    /// The report of a lint, or after a fix when `fixed` is given.
    pub fn report(
        &self,
        reports: &[FileReport<'_>],
        fixed: Option<usize>,
        to_terminal: bool,
    ) -> String {
        if self.statistics {
            let mut out = render::statistics::render(reports);
            out.push_str(&closing_line(reports, fixed));
            return out;
        }
        let human = HumanOptions {
            color: self.color && to_terminal,
            width: 100,
        };
        match self.format {
            Format::Json => render::json::render_fixed(reports, fixed),
            Format::Concise => render::concise::render(reports),
            Format::Github => render::github::render(reports),
            Format::Sarif => render::sarif::render(reports, &[]),
            Format::Human => {
                let mut out = render::human::render_findings(reports, human);
                out.push_str(&closing_line(reports, fixed));
                out
            }
        }
    }
}

fn closing_line(reports: &[FileReport<'_>], fixed: Option<usize>) -> String {
    let summary = Summary::of(reports);
    match fixed {
        Some(fixed) => render::human::fix_summary_line(fixed, &summary),
        None => render::human::summary_line(&summary),
    }
}

/// Writes to stdout, ignoring a closed pipe (`nas-lint | head`).
pub fn print_out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}
