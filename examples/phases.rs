//! Times each stage of one lint on a file: `cargo run --release --example phases -- FILE`.
//! For finding where time goes; the whole-process benchmark is scripts/bench.sh.

use nas_lint::rules::{Context, RULES};
use nas_lint::{document, facts, Knowledge, Settings};
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: phases FILE");
    let text = std::fs::read_to_string(&path).expect("a readable UTF-8 file");
    let knowledge = Knowledge::builtin().expect("built-in knowledge");
    let settings = Settings::new(2026);

    let start = Instant::now();
    let doc = document::parse(&text, &knowledge.columns);
    let parsed = start.elapsed();
    let facts = facts::understand(&doc, &knowledge, &settings);
    let understood = start.elapsed();
    let profile = nas_lint::profile::learn(&doc, &knowledge, &facts, &settings);
    let cx = Context::new(&doc, &knowledge, &facts, &profile, &settings);
    let mut times = Vec::new();
    for rule in RULES {
        let before = Instant::now();
        let mut out = Vec::new();
        rule.check(&cx, &mut out);
        times.push((before.elapsed(), rule.meta().name, out.len()));
    }
    println!(
        "parse {:?}, understand {:?}, rules {:?}",
        parsed,
        understood - parsed,
        start.elapsed() - understood
    );
    times.sort_by_key(|t| std::cmp::Reverse(t.0));
    for (time, name, found) in times.iter().take(6) {
        println!("  {name:<27} {time:?} ({found} findings)");
    }
}
