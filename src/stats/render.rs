//! The renderers of [`Stats`]: Markdown (tables and a Mermaid bar chart),
//! JSON and SVG. They present the numbers; every count was made in
//! [`super::compute`].

use super::{Count, Stats};
use std::fmt::Write;

/// Markdown for a README or a job summary: totals, a Mermaid `xychart-beta`
/// bar chart of papers per year (GitHub renders it), and one table each for
/// years, venues and strategies or sections.
pub fn markdown(name: &str, stats: &Stats) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## Papers in {}\n", cell(name));
    let _ = write!(
        out,
        "{} distinct papers in {} paper rows",
        stats.papers, stats.paper_rows
    );
    if stats.citing_rows > 0 {
        let _ = write!(
            out,
            "; {} rows of dataset and benchmark tables not counted",
            stats.citing_rows
        );
    }
    out.push_str(".\n\n");
    if !stats.years.is_empty() {
        out.push_str("```mermaid\nxychart-beta\n    title \"Papers per year\"\n    x-axis [");
        let years: Vec<String> = stats
            .years
            .iter()
            .map(|c| format!("\"{}\"", c.key))
            .collect();
        out.push_str(&years.join(", "));
        let top = stats.years.iter().map(|c| c.papers).max().unwrap_or(0);
        let _ = write!(out, "]\n    y-axis \"Papers\" 0 --> {top}\n    bar [");
        let counts: Vec<String> = stats.years.iter().map(|c| c.papers.to_string()).collect();
        out.push_str(&counts.join(", "));
        out.push_str("]\n```\n\n");
    }
    let years: Vec<(String, usize)> = stats
        .years
        .iter()
        .map(|c| (c.key.to_string(), c.papers))
        .chain((stats.without_year > 0).then(|| ("(no year)".to_string(), stats.without_year)))
        .collect();
    table(&mut out, "Year", &years);
    let venues: Vec<(String, usize)> = named(&stats.venues)
        .chain((stats.other_venues > 0).then(|| ("(other venues)".to_string(), stats.other_venues)))
        .chain((stats.without_venue > 0).then(|| ("(no venue)".to_string(), stats.without_venue)))
        .collect();
    table(&mut out, "Venue", &venues);
    let heading = match stats.grouping {
        super::Grouping::Strategy => "Strategy",
        super::Grouping::Section => "Section",
    };
    let groups: Vec<(String, usize)> = named(&stats.groups).collect();
    table(&mut out, heading, &groups);
    out
}

fn named(counts: &[Count<String>]) -> impl Iterator<Item = (String, usize)> + '_ {
    counts.iter().map(|c| (c.key.clone(), c.papers))
}

fn table(out: &mut String, heading: &str, rows: &[(String, usize)]) {
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(out, "| {heading} | Papers |\n|---|---:|");
    for (key, papers) in rows {
        let _ = writeln!(out, "| {} | {papers} |", cell(key));
    }
    out.push('\n');
}

/// Text safe in a table cell: pipes escaped, no line breaks.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// The stats as one JSON object (the fields of [`Stats`]).
pub fn json(stats: &Stats) -> String {
    let mut out = serde_json::to_string_pretty(stats).expect("stats serialise");
    out.push('\n');
    out
}

/// Width and height of the SVG chart, in pixels.
pub const SVG_WIDTH: u32 = 640;
pub const SVG_HEIGHT: u32 = 320;

/// A self-contained SVG bar chart of papers per year, of a fixed size, to
/// commit and embed in a README.
pub fn svg(title: &str, stats: &Stats) -> String {
    let (width, height) = (f64::from(SVG_WIDTH), f64::from(SVG_HEIGHT));
    let (left, right, top, bottom) = (48.0, 16.0, 40.0, 40.0);
    let plot_w = width - left - right;
    let plot_h = height - top - bottom;
    let max = stats
        .years
        .iter()
        .map(|c| c.papers)
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{SVG_WIDTH}\" height=\"{SVG_HEIGHT}\" \
         viewBox=\"0 0 {SVG_WIDTH} {SVG_HEIGHT}\" font-family=\"sans-serif\" font-size=\"12\">"
    );
    let _ = writeln!(
        out,
        "  <title>{}</title>",
        escape(&format!("{title}: papers per year"))
    );
    let _ = writeln!(
        out,
        "  <rect width=\"{SVG_WIDTH}\" height=\"{SVG_HEIGHT}\" fill=\"#ffffff\"/>"
    );
    let _ = writeln!(
        out,
        "  <text x=\"{}\" y=\"24\" text-anchor=\"middle\" font-size=\"15\">{}</text>",
        width / 2.0,
        escape(&format!(
            "{title}: papers per year ({} papers)",
            stats.papers
        ))
    );
    let axis_y = top + plot_h;
    let _ = writeln!(
        out,
        "  <line x1=\"{left}\" y1=\"{axis_y}\" x2=\"{}\" y2=\"{axis_y}\" stroke=\"#333333\"/>",
        left + plot_w
    );
    let _ = writeln!(
        out,
        "  <text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
        left - 6.0,
        top + 4.0,
        max as usize
    );
    let _ = writeln!(
        out,
        "  <text x=\"{}\" y=\"{axis_y}\" text-anchor=\"end\">0</text>",
        left - 6.0
    );
    let n = stats.years.len().max(1) as f64;
    let slot = plot_w / n;
    let bar_w = (slot * 0.7).max(1.0);
    // Label every year when they fit, else every k-th.
    let every = ((n * 34.0 / plot_w).ceil() as usize).max(1);
    for (i, c) in stats.years.iter().enumerate() {
        let h = plot_h * c.papers as f64 / max;
        let x = left + slot * i as f64 + (slot - bar_w) / 2.0;
        let y = axis_y - h;
        let _ = writeln!(
            out,
            "  <rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{bar_w:.1}\" height=\"{h:.1}\" fill=\"#4c78a8\">\
             <title>{}: {}</title></rect>",
            c.key, c.papers
        );
        if i % every == 0 {
            let _ = writeln!(
                out,
                "  <text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                x + bar_w / 2.0,
                axis_y + 16.0,
                c.key
            );
        }
    }
    out.push_str("</svg>\n");
    out
}

/// Text safe in XML content and attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_makes_text_safe_for_xml() {
        assert_eq!(escape("a<b>&\"c'\u{1}"), "a&lt;b&gt;&amp;&quot;c&apos; ");
    }

    #[test]
    fn cells_escape_pipes() {
        assert_eq!(cell("A|B\nC"), "A\\|B C");
    }
}
