//! Reading the arXiv API's Atom feed: each entry's id and title, nothing
//! more. An answer that is not a feed (a "Rate exceeded." text, an HTML
//! block page) is told apart from a feed with no entries.

use quick_xml::events::Event;
use quick_xml::Reader;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Entry {
    Paper {
        /// The entry's `<id>`: `http://arxiv.org/abs/2010.00969v3`.
        id: String,
        title: String,
    },
    /// The API's way to say a query was malformed: one entry titled
    /// "Error" whose id names the offending arXiv id.
    Error { bad_id: Option<String> },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an Atom feed: {0}")]
pub(crate) struct NotAFeed(pub String);

const ERROR_ID_PREFIX: &str = "arxiv.org/api/errors";

pub(crate) fn entries(xml: &str) -> Result<Vec<Entry>, NotAFeed> {
    let mut reader = Reader::from_str(xml);
    let mut depth = 0usize;
    let mut saw_feed = false;
    let mut entry: Option<(String, String)> = None;
    // Which direct child of the entry the text belongs to.
    let mut field: Option<&'static str> = None;
    let mut entries = Vec::new();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| NotAFeed(format!("at byte {}: {e}", reader.buffer_position())))?;
        match event {
            Event::Start(start) => {
                depth += 1;
                let name = start.local_name();
                match (depth, name.as_ref()) {
                    (1, b"feed") => saw_feed = true,
                    (1, _) => return Err(NotAFeed(first_words(xml))),
                    (2, b"entry") => entry = Some((String::new(), String::new())),
                    (3, b"id") if entry.is_some() => field = Some("id"),
                    (3, b"title") if entry.is_some() => field = Some("title"),
                    _ => {}
                }
            }
            Event::End(_) => {
                if depth == 2 {
                    if let Some((id, title)) = entry.take() {
                        entries.push(read_entry(id, title));
                    }
                }
                if depth == 3 {
                    field = None;
                }
                depth = depth.saturating_sub(1);
            }
            Event::Text(text) => {
                if let (Some(which), Some((id, title))) = (field, entry.as_mut()) {
                    let text = text
                        .unescape()
                        .map_err(|e| NotAFeed(format!("bad text: {e}")))?;
                    if which == "id" { id } else { title }.push_str(&text);
                }
            }
            Event::CData(data) => {
                if let (Some(which), Some((id, title))) = (field, entry.as_mut()) {
                    let text = String::from_utf8_lossy(&data);
                    if which == "id" { id } else { title }.push_str(&text);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if saw_feed {
        Ok(entries)
    } else {
        Err(NotAFeed(first_words(xml)))
    }
}

fn read_entry(id: String, title: String) -> Entry {
    let id = id.trim().to_string();
    if id.contains(ERROR_ID_PREFIX) {
        let bad_id = id
            .rsplit_once("incorrect_id_format_for_")
            .map(|(_, bad)| bad.to_string());
        return Entry::Error { bad_id };
    }
    Entry::Paper {
        id,
        // Titles come hard-wrapped.
        title: title.split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

fn first_words(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().take(8).collect();
    let mut shown = words.join(" ");
    if shown.len() > 80 {
        let mut cut = 80;
        while !shown.is_char_boundary(cut) {
            cut -= 1;
        }
        shown.truncate(cut);
    }
    format!("`{shown}`")
}

#[cfg(test)]
mod tests {
    use super::*;

    const FEED: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <title type="html">ArXiv Query: id_list=2010.00969</title>
  <id>http://arxiv.org/api/abc</id>
  <entry>
    <id>http://arxiv.org/abs/2010.00969v3</id>
    <title>DOTS: Decoupling Operation and Topology in
      Differentiable Architecture Search</title>
    <author><name>Yu-Chao Gu</name></author>
    <arxiv:comment>CVPR 2021 &amp; more</arxiv:comment>
  </entry>
  <entry>
    <id>https://arxiv.org/abs/1806.09055v2</id>
    <title>DARTS: Differentiable Architecture Search &amp; $\beta$</title>
  </entry>
</feed>"#;

    #[test]
    fn entries_give_id_and_unwrapped_title_not_the_feeds_own() {
        assert_eq!(
            entries(FEED).unwrap(),
            vec![
                Entry::Paper {
                    id: "http://arxiv.org/abs/2010.00969v3".into(),
                    title: "DOTS: Decoupling Operation and Topology in Differentiable Architecture Search"
                        .into()
                },
                Entry::Paper {
                    id: "https://arxiv.org/abs/1806.09055v2".into(),
                    title: r"DARTS: Differentiable Architecture Search & $\beta$".into()
                },
            ]
        );
    }

    #[test]
    fn the_error_entry_is_not_a_paper() {
        let xml = r#"<feed xmlns="http://www.w3.org/2005/Atom"><entry>
            <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.5678x</id>
            <title>Error</title><summary>incorrect id format for 1234.5678x</summary>
            </entry></feed>"#;
        assert_eq!(
            entries(xml).unwrap(),
            vec![Entry::Error {
                bad_id: Some("1234.5678x".into())
            }]
        );
    }

    #[test]
    fn an_empty_feed_is_a_feed_and_a_block_page_is_not() {
        assert_eq!(
            entries(r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>q</title></feed>"#),
            Ok(vec![])
        );
        assert!(entries("Rate exceeded.").is_err());
        assert!(entries("<html><body>Access Denied</body></html>").is_err());
        assert!(entries("").is_err());
    }
}
