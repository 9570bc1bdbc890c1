//! Lists for tests of the pieces: long tables made of the seed's rows.

/// A list of two long tables (the seed's rows four times over, so every
/// paper is there four times), with a reference link, a suppression comment,
/// an anchor and a bare URL among the rows, a long table of contests (not
/// papers) with some rows longer than its header, and a few small tables
/// after.
pub(crate) fn long_tables() -> String {
    let seed = include_str!("../../fixtures/nas-seed.md");
    let rows: Vec<&str> = seed.lines().filter(|l| l.starts_with("| [")).collect();
    let mut text = String::from("# Long tables\n\n- [Two](#two)\n\n[ref link][r]\n\n");
    for name in ["One", "Two"] {
        text.push_str(&format!("## {name}\n\n"));
        text.push_str("| Paper Title | Conference | Strategy | Code | Date |\n");
        text.push_str("|:------------|:----------:|:--------:|:----:|:----:|\n");
        for round in 0..4 {
            for (i, row) in rows.iter().enumerate() {
                text.push_str(row);
                match (round + i) % 97 {
                    5 => text.push_str(" <!-- nas-lint-disable-line -->"),
                    7 => text.push_str(" [more][r]"),
                    9 => text.push_str(" <a name=\"row\"></a> https://example.org/x"),
                    _ => {}
                }
                text.push('\n');
            }
        }
        text.push('\n');
    }
    // A long table that lists no papers, some rows with a surplus cell.
    text.push_str("## Contests\n\n| Year | Contest | Track |\n|---|---|---|\n");
    for i in 0..300 {
        text.push_str(&format!(
            "| 2021 | [Contest {i}](https://example.org/{i}) | Track |"
        ));
        if i % 37 == 3 {
            text.push_str(&format!(" [Top1](https://github.com/a/top{i}) |"));
        }
        text.push('\n');
    }
    text.push('\n');
    text.push_str(seed);
    text.push_str("\n[r]: https://arxiv.org/abs/2001.02525\n");
    text
}
