//! Parsing a piece that starts inside a table: the piece's text is parsed
//! behind a copy of the table's header lines, and every event is moved back
//! to where its text sits in the document (the header's events to the
//! header, the rows' to the rows), borrowing from the document again.

use pulldown_cmark::{CowStr, Event, Tag};
use std::ops::Range;

/// Maps offsets and slices of `header + rows` back into the document.
pub(super) struct Rebase<'a> {
    text: &'a str,
    /// Where the parsed copy starts in memory, and its length.
    copy_at: usize,
    copy_len: usize,
    header_at: usize,
    header_len: usize,
    rows_at: usize,
}

impl<'a> Rebase<'a> {
    /// `copy` is `text[header] + text[rows_at..]` (or a prefix of that).
    pub(super) fn new(text: &'a str, copy: &str, header: Range<usize>, rows_at: usize) -> Self {
        Rebase {
            text,
            copy_at: copy.as_ptr() as usize,
            copy_len: copy.len(),
            header_at: header.start,
            header_len: header.len(),
            rows_at,
        }
    }

    /// Where a range of the copy is in the document.
    pub(super) fn range(&self, at: Range<usize>) -> Range<usize> {
        let h = self.header_len;
        if at.start >= h {
            self.rows_at + at.start - h..self.rows_at + at.end - h
        } else if at.end <= h {
            self.header_at + at.start..self.header_at + at.end
        } else {
            self.header_at + at.start..self.rows_at + at.end - h
        }
    }

    /// The same text, borrowed from the document when it is a slice of the
    /// copy (as the document's own parse would borrow it), else owned.
    fn text<'s>(&self, piece: CowStr<'s>) -> CowStr<'a> {
        match piece {
            CowStr::Borrowed(s) => {
                let at = (s.as_ptr() as usize).wrapping_sub(self.copy_at);
                let inside = at <= self.copy_len && s.len() <= self.copy_len - at;
                let range = self.range(at..at + s.len());
                if inside && range.len() == s.len() {
                    CowStr::Borrowed(&self.text[range])
                } else {
                    CowStr::Boxed(s.into())
                }
            }
            CowStr::Boxed(s) => CowStr::Boxed(s),
            CowStr::Inlined(s) => CowStr::Inlined(s),
        }
    }

    /// The event as the document model's builder reads it; `None` for the
    /// events it does not read.
    pub(super) fn event<'s>(&self, event: Event<'s>) -> Option<Event<'a>> {
        Some(match event {
            Event::Start(tag) => Event::Start(self.tag(tag)?),
            Event::End(tag) => Event::End(tag),
            Event::Text(s) => Event::Text(self.text(s)),
            Event::Code(s) => Event::Code(self.text(s)),
            Event::Html(s) => Event::Html(self.text(s)),
            Event::InlineHtml(s) => Event::InlineHtml(self.text(s)),
            Event::SoftBreak => Event::SoftBreak,
            Event::HardBreak => Event::HardBreak,
            _ => return None,
        })
    }

    fn tag<'s>(&self, tag: Tag<'s>) -> Option<Tag<'a>> {
        Some(match tag {
            Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            } => Tag::Link {
                link_type,
                dest_url: self.text(dest_url),
                title: self.text(title),
                id: self.text(id),
            },
            Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            } => Tag::Image {
                link_type,
                dest_url: self.text(dest_url),
                title: self.text(title),
                id: self.text(id),
            },
            Tag::Heading { level, .. } => Tag::Heading {
                level,
                id: None,
                classes: Vec::new(),
                attrs: Vec::new(),
            },
            Tag::Table(alignments) => Tag::Table(alignments),
            Tag::TableHead => Tag::TableHead,
            Tag::TableRow => Tag::TableRow,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_the_header_and_the_rows_back() {
        let text = "| T |\n|---|\n| a |\n| b |\n";
        let header = 0..12;
        let rows_at = text.find("| b").unwrap();
        let copy = format!("{}{}", &text[header.clone()], &text[rows_at..]);
        let rebase = Rebase::new(text, &copy, header, rows_at);
        assert_eq!(rebase.range(0..5), 0..5);
        assert_eq!(rebase.range(12..17), rows_at..rows_at + 5);
        assert_eq!(rebase.range(0..copy.len()), 0..text.len());
        let CowStr::Borrowed(b) = rebase.text(CowStr::Borrowed(&copy[14..15])) else {
            panic!("a slice of the copy is borrowed from the document")
        };
        assert_eq!(b.as_ptr(), text[rows_at + 2..].as_ptr());
        assert!(matches!(
            rebase.text(CowStr::Borrowed("elsewhere")),
            CowStr::Boxed(_)
        ));
    }
}
