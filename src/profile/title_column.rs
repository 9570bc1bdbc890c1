//! Whether a table's title column names each paper once. A list names a
//! paper by its title, so in a paper table nearly every title is new; the
//! rare repeat is the defect duplicate-paper reports. A column whose values
//! come back again and again (`BERT`, `GPT-4`, `[Nature](…)`, one method
//! under several settings) holds a model, a journal or a method the rows
//! share, whatever its header says: pairing rows by it pairs different
//! papers.

use crate::document::Table;
use crate::facts::{title_key, TableFacts};
use std::collections::HashSet;

/// Whether the table's titles repeat too often to tell papers apart: at
/// least three rows repeat a short title (three words at most) seen earlier
/// in the table, and they are at least one in six of the titled rows. Long
/// titles that repeat are copies of one paper, the defect itself.
pub fn titles_repeat(table: &Table<'_>, facts: &TableFacts) -> bool {
    let mut seen = HashSet::new();
    let (mut titled, mut repeats) = (0usize, 0usize);
    for (row, facts) in table.rows().zip(&facts.rows) {
        let Some(title) = facts.title(table, row) else {
            continue;
        };
        titled += 1;
        // A title of more than three words (split at spaces; the key splits
        // at more marks) is no short name: no key to build.
        if crate::knowledge::text::words(title).nth(3).is_some() {
            continue;
        }
        let key = title_key(title);
        if key.split(' ').count() <= 3 && !seen.insert(key) {
            repeats += 1;
        }
    }
    repeats >= 3 && repeats * 6 >= titled
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repeats(rows: &[&str]) -> bool {
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        let text = format!("| Title | Venue |\n|---|---|\n{}\n", rows.join("\n"));
        let document = crate::document::parse(&text, &knowledge.columns);
        let facts = crate::facts::understand(&document, &knowledge, &Default::default());
        titles_repeat(&document.tables[0], &facts.tables[0])
    }

    #[test]
    fn short_names_that_come_back_are_not_titles() {
        let row = |name: &str| format!("| {name} | Nature |");
        let names = ["BERT", "BERT", "GPT-4", "BERT", "T5", "GPT-4", "LLaMA"];
        let rows: Vec<String> = names.iter().map(|n| row(n)).collect();
        let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
        assert!(repeats(&rows));
        // Two repeats, or three among twenty names, are copies to report.
        assert!(!repeats(&rows[..5]));
        let mut many = rows.clone();
        let others: Vec<String> = (0..14).map(|i| row(&format!("Model{i}"))).collect();
        many.extend(others.iter().map(String::as_str));
        assert!(!repeats(&many));
    }

    #[test]
    fn long_titles_that_come_back_are_copies() {
        let title = "| Learning Transferable Architectures for Scalable Image Recognition | CVPR |";
        assert!(!repeats(&[title, title, title, title]));
    }
}
