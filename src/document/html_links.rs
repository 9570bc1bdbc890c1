//! Links written as HTML anchors in table cells, `<a href="URL">Title</a>`
//! (the closing tag often left out): GitHub renders them as links, while
//! pulldown-cmark passes the tags through as HTML.

/// One anchor: byte ranges, within the text searched, of the whole anchor
/// (to its `</a>`, or to the next anchor or the text's end when it is never
/// closed), of its `href` value, and of the text it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct HtmlLink {
    pub span: (usize, usize),
    pub href: (usize, usize),
    pub shown: (usize, usize),
}

/// The anchors with an `href` in `text` (a cell), in order.
pub(crate) fn html_links(text: &str) -> Vec<HtmlLink> {
    // ASCII lower case keeps every byte offset.
    let lower = text.to_ascii_lowercase();
    let hidden = hidden_ranges(text);
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = next_anchor(&lower, from) {
        // A tag inside a comment or a code span is text, not a link.
        if let Some(&(_, end)) = hidden.iter().find(|&&(s, e)| s <= start && start < e) {
            from = end;
            continue;
        }
        let Some(tag_end) = lower[start..].find('>').map(|i| start + i) else {
            break;
        };
        let shown_start = tag_end + 1;
        let next = next_anchor(&lower, shown_start).unwrap_or(text.len());
        let close = lower[shown_start..next]
            .find("</a")
            .map(|i| shown_start + i);
        let shown_end = close.unwrap_or(next);
        let span_end = close
            .and_then(|c| lower[c..].find('>').map(|i| c + i + 1))
            .unwrap_or(shown_end)
            .min(next);
        if let Some(href) = href_value(&lower[start..tag_end]) {
            found.push(HtmlLink {
                span: (start, span_end),
                href: (start + href.0, start + href.1),
                shown: (shown_start, shown_end),
            });
        }
        from = span_end.max(shown_start);
    }
    found
}

/// The anchors of a line of prose (`- Title <a href="https://arxiv.org/...">
/// <img ...></a>`) as links, with spans in the document: `start` is where
/// the line starts. A badge's anchor shows its image's alt text.
pub fn anchors_as_links(line: &str, start: usize) -> Vec<super::FragmentLink> {
    html_links(line)
        .into_iter()
        .map(|anchor| {
            let content = &line[anchor.shown.0..anchor.shown.1];
            let shown = shown_text(content);
            let text = if shown.trim().is_empty() {
                alt_text(content).unwrap_or_default()
            } else {
                shown.trim().to_string()
            };
            super::FragmentLink {
                text,
                url: line[anchor.href.0..anchor.href.1].trim().to_string(),
                span: crate::span::Span::new(start + anchor.span.0, start + anchor.span.1),
            }
        })
        .collect()
}

/// The `alt` text of the first image in `content`.
fn alt_text(content: &str) -> Option<String> {
    let lower = content.to_ascii_lowercase();
    let at = lower.find("alt=")? + 4;
    let quote = content[at..]
        .chars()
        .next()
        .filter(|c| matches!(c, '"' | '\''))?;
    let value = &content[at + 1..];
    Some(value[..value.find(quote)?].to_string())
}

/// The byte ranges of `<!-- ... -->` comments and of code spans
/// (`` `<a href="...">` ``), where a tag is shown or hidden, never rendered.
fn hidden_ranges(text: &str) -> Vec<(usize, usize)> {
    // Bytes throughout: every byte searched for is ASCII, so every range
    // found starts and ends on a character boundary.
    let bytes = text.as_bytes();
    let find = |from: usize, needle: &[u8]| {
        bytes[from..]
            .windows(needle.len())
            .position(|w| w == needle)
            .map(|i| from + i)
    };
    let mut ranges = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at..].starts_with(b"<!--") {
            let end = find(at + 4, b"-->").map_or(bytes.len(), |i| i + 3);
            ranges.push((at, end));
            at = end;
        } else if bytes[at] == b'`' {
            let run = bytes[at..].iter().take_while(|&&b| b == b'`').count();
            // The next run of exactly as many backticks closes the span.
            let mut close = None;
            let mut from = at + run;
            while let Some(i) = find(from, &bytes[at..at + run]) {
                let length = bytes[i..].iter().take_while(|&&b| b == b'`').count();
                if length == run {
                    close = Some(i);
                    break;
                }
                from = i + length;
            }
            match close {
                Some(i) => {
                    ranges.push((at, i + run));
                    at = i + run;
                }
                None => at += run,
            }
        } else {
            at += 1;
        }
    }
    ranges
}

/// Where the next `<a ` tag starts.
fn next_anchor(lower: &str, from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(i) = lower.get(at..)?.find("<a") {
        let start = at + i;
        if lower[start + 2..].starts_with(|c: char| c.is_ascii_whitespace()) {
            return Some(start);
        }
        at = start + 2;
    }
    None
}

/// The byte range of the `href` attribute's value inside a tag, quoted or
/// not; none when the tag has no `href` or leaves it empty.
fn href_value(tag: &str) -> Option<(usize, usize)> {
    let mut at = 0;
    while let Some(i) = tag[at..].find("href") {
        let name_end = at + i + 4;
        let before = tag[..at + i].chars().next_back();
        let rest = tag[name_end..].trim_start();
        if before.is_some_and(|c| c.is_ascii_whitespace()) {
            if let Some(value) = rest.strip_prefix('=') {
                let value = value.trim_start();
                let value_at = tag.len() - value.len();
                let (start, end) = match value.chars().next() {
                    Some(q @ ('"' | '\'')) => {
                        let end = value[1..].find(q).map_or(value.len(), |e| e + 1);
                        (value_at + 1, value_at + end)
                    }
                    _ => {
                        let end = value
                            .find(|c: char| c.is_ascii_whitespace() || c == '>')
                            .unwrap_or(value.len());
                        (value_at, value_at + end)
                    }
                };
                return (start < end).then_some((start, end));
            }
        }
        at = name_end;
    }
    None
}

/// The text an anchor shows: its content without the tags inside it
/// (`<b>Title</b>`), spaces trimmed.
pub(crate) fn shown_text(content: &str) -> String {
    let mut shown = String::with_capacity(content.len());
    let mut rest = content;
    while let Some(open) = rest.find('<') {
        shown.push_str(&rest[..open]);
        match rest[open..].find('>') {
            Some(close) => rest = &rest[open + close + 1..],
            None => {
                rest = "";
            }
        }
    }
    shown.push_str(rest);
    shown.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> Vec<(&str, &str, &str)> {
        html_links(text)
            .into_iter()
            .map(|l| {
                (
                    &text[l.span.0..l.span.1],
                    &text[l.href.0..l.href.1],
                    &text[l.shown.0..l.shown.1],
                )
            })
            .collect()
    }

    #[test]
    fn reads_closed_and_unclosed_anchors() {
        // 24wenjie-li/Awesome-Face-Restoration: the anchor is never closed.
        assert_eq!(
            parts(r#"<a href="https://arxiv.org/abs/1607.05046">Deep cascaded bi-network"#),
            [(
                r#"<a href="https://arxiv.org/abs/1607.05046">Deep cascaded bi-network"#,
                "https://arxiv.org/abs/1607.05046",
                "Deep cascaded bi-network"
            )]
        );
        assert_eq!(
            parts(
                r#"<A target='_blank' HREF='https://a.org/x'>X</A> and <a href=https://b.org/y>Y</a>"#
            ),
            [
                (
                    "<A target='_blank' HREF='https://a.org/x'>X</A>",
                    "https://a.org/x",
                    "X"
                ),
                ("<a href=https://b.org/y>Y</a>", "https://b.org/y", "Y"),
            ]
        );
        // Two anchors, the first never closed: it ends where the next begins.
        assert_eq!(
            parts(r#"<a href="u1">One <a href="u2">Two</a>"#),
            [
                (r#"<a href="u1">One "#, "u1", "One "),
                (r#"<a href="u2">Two</a>"#, "u2", "Two"),
            ]
        );
    }

    #[test]
    fn skips_anchors_in_comments_and_code() {
        assert!(parts(r#"<!-- <a href="https://a.org/x">X</a> -->"#).is_empty());
        assert!(parts(r#"write `<a href="https://a.org/x">X</a>` here"#).is_empty());
        assert!(parts(r#"``<a href="u">`</a>``"#).is_empty());
        assert_eq!(
            parts(r#"<!-- old --> <a href="https://a.org/y">Y</a> `code`"#),
            [(r#"<a href="https://a.org/y">Y</a>"#, "https://a.org/y", "Y")]
        );
    }

    #[test]
    fn reads_text_of_any_script_around_anchors() {
        // Multi-byte characters before a comment, a code span and curly
        // quotes (the list's typo) around the target.
        let text = "标题 <!-- 旧 --> `代码` <a href=“https://a.org/x”>标题一</a>";
        assert_eq!(
            parts(text),
            [(
                "<a href=“https://a.org/x”>标题一</a>",
                "“https://a.org/x”",
                "标题一"
            )]
        );
    }

    #[test]
    fn skips_anchors_without_a_target_and_other_tags() {
        assert!(parts(r#"<a name="top"></a>"#).is_empty());
        assert!(parts(r#"<a href="">X</a>"#).is_empty());
        assert!(parts(r#"<abbr title="x">X</abbr> <a data-href="u">X</a>"#).is_empty());
        assert!(parts("<a href=\"u\"").is_empty());
    }

    #[test]
    fn a_rows_anchor_is_one_of_its_links() {
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        let text = "| Pub | Paper |\n|---|---|\n\
            |ECCV2016|<a href=\"https://arxiv.org/abs/1607.05046?a=1&amp;b=2\"><b>Deep cascaded bi-network</b>|\n";
        let document = crate::document::parse(text, &knowledge.columns);
        let row = document.tables[0].row(0);
        let links: Vec<_> = row.links().map(|l| (l.cell, l.url, l.text)).collect();
        assert_eq!(
            links,
            [(
                1,
                "https://arxiv.org/abs/1607.05046?a=1&b=2",
                "Deep cascaded bi-network"
            )]
        );
        let link = row.links().next().unwrap();
        assert!(link.span.slice(text).starts_with("<a href="));
    }

    #[test]
    fn the_shown_text_leaves_out_inner_tags() {
        assert_eq!(shown_text(" <b>Deep</b> Flow "), "Deep Flow");
        assert_eq!(shown_text(r#"<img src="badge.svg">"#), "");
    }
}
