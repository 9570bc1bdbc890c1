//! Reports: each file's share is rendered while its text is at hand (so that
//! a folder of lists is not held in memory at once), then the shares are put
//! together in input order.

use super::cli::{Color, Format};
use nas_lint::render::statistics::{self, Counts};
use nas_lint::render::{self, human::HumanOptions, FileReport, Summary};
use std::io::{IsTerminal, Write};

pub struct Output {
    pub format: Format,
    pub statistics: bool,
    pub color: bool,
    /// Also make a SARIF report (`--sarif-file`), from the same findings.
    pub sarif_too: bool,
}

/// One file's share of the report.
pub struct Piece {
    summary: Summary,
    body: Body,
    /// Its SARIF results, with `--sarif-file`.
    sarif: Option<Vec<serde_json::Value>>,
}

enum Body {
    Text(String),
    Values(Vec<serde_json::Value>),
    Counts(Counts),
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
            sarif_too: false,
        }
    }

    pub fn piece(&self, report: &FileReport<'_>, to_terminal: bool) -> Piece {
        let reports = std::slice::from_ref(report);
        let body = if self.statistics {
            Body::Counts(Counts::of(report))
        } else {
            match self.format {
                Format::Json => Body::Values(render::json::values(report)),
                Format::Sarif => Body::Values(render::sarif::results(report, &[])),
                Format::Concise => Body::Text(render::concise::render(reports)),
                Format::Github => Body::Text(render::github::render(reports)),
                Format::Human => Body::Text(render::human::render_findings(
                    reports,
                    HumanOptions {
                        color: self.color && to_terminal,
                        width: 100,
                    },
                )),
            }
        };
        Piece {
            summary: Summary::of(reports),
            body,
            sarif: self.sarif_too.then(|| render::sarif::results(report, &[])),
        }
    }

    /// The SARIF report of the same findings, with `--sarif-file`.
    pub fn sarif(&self, pieces: &[Piece]) -> Option<String> {
        self.sarif_too.then(|| {
            let results = pieces
                .iter()
                .flat_map(|p| p.sarif.iter().flatten().cloned())
                .collect();
            render::sarif::assemble(results, &[])
        })
    }

    /// The whole report, after `--fix` when `fixed` is given.
    pub fn finish(&self, pieces: Vec<Piece>, fixed: Option<usize>) -> String {
        let mut summary = Summary::default();
        let mut text = String::new();
        let mut values = Vec::new();
        let mut counts = Counts::default();
        for piece in pieces {
            summary += piece.summary;
            match piece.body {
                Body::Text(t) => text.push_str(&t),
                Body::Values(v) => values.extend(v),
                Body::Counts(c) => counts.add(c),
            }
        }
        if self.statistics {
            return statistics::table(&counts) + &closing_line(&summary, fixed);
        }
        match self.format {
            Format::Json => render::json::assemble(values, summary, fixed),
            Format::Sarif => render::sarif::assemble(values, &[]),
            Format::Concise | Format::Github => text,
            Format::Human => text + &closing_line(&summary, fixed),
        }
    }
}

fn closing_line(summary: &Summary, fixed: Option<usize>) -> String {
    match fixed {
        Some(fixed) => render::human::fix_summary_line(fixed, summary),
        None => render::human::summary_line(summary),
    }
}

/// Writes to stdout, ignoring a closed pipe (`nas-lint | head`).
pub fn print_out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}
