//! Times each stage of one lint on a file: `cargo run --release --example phases -- FILE`.
//! For finding where time goes; the whole-process benchmark is scripts/bench.sh.

use nas_lint::rules::{Context, RULES};
use nas_lint::{document, facts, Knowledge, Settings};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

/// Counts the bytes in use and their peak, to see what each stage holds.
struct Counting;
static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(now, Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Heap in use now and at its peak so far, in MiB.
fn heap() -> String {
    let mib = |b: usize| b as f64 / (1 << 20) as f64;
    format!(
        "{:.1} MiB (peak {:.1})",
        mib(IN_USE.load(Relaxed)),
        mib(PEAK.load(Relaxed))
    )
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: phases FILE");
    let text = std::fs::read_to_string(&path).expect("a readable UTF-8 file");
    let loading = Instant::now();
    let knowledge = Knowledge::builtin().expect("built-in knowledge");
    let loaded = loading.elapsed();
    let settings = Settings::new(2026);

    println!("read + knowledge: {}", heap());
    let start = Instant::now();
    let doc = document::parse(&text, &knowledge.columns);
    let parsed = start.elapsed();
    println!("parsed: {}", heap());
    let facts = facts::understand(&doc, &knowledge, &settings);
    let understood = start.elapsed();
    println!("understood: {}", heap());
    let profile = nas_lint::profile::learn(&doc, &knowledge, &facts, &settings);
    let cx = Context::new(&doc, &knowledge, &facts, &profile, &settings);
    let mut times = Vec::new();
    for rule in RULES {
        let before = Instant::now();
        let base = IN_USE.load(Relaxed);
        let peak = PEAK.swap(base, Relaxed);
        let mut out = Vec::new();
        rule.check(&cx, &mut out);
        let extra = PEAK.load(Relaxed) - base;
        PEAK.fetch_max(peak, Relaxed);
        times.push((before.elapsed(), rule.meta().name, out.len(), extra));
    }
    println!("rules: {}", heap());
    println!(
        "knowledge {:?}, parse {:?}, understand {:?}, rules {:?}",
        loaded,
        parsed,
        understood - parsed,
        start.elapsed() - understood
    );
    times.sort_by_key(|t| std::cmp::Reverse(t.0));
    for (time, name, found, extra) in times.iter().take(8) {
        let extra = *extra as f64 / (1 << 20) as f64;
        println!("  {name:<27} {time:?} ({found} findings, {extra:.1} MiB more at its peak)");
    }
}
