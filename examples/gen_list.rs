//! Writes a synthetic paper list in the shape of fixtures/nas-seed.md, for
//! benchmarking: `cargo run --release --example gen_list -- ROWS OUT.md [TABLE_ROWS]`.
//!
//! Two shapes: by default many small tables (a `###` section every 30 to 70
//! rows); with TABLE_ROWS, sections that each hold one table of TABLE_ROWS
//! rows (the last of a group fewer), as in a list of a few huge tables.
//!
//! The output is deterministic (a fixed-seed LCG, no `rand`). Every title,
//! arXiv id and OpenReview id is unique, venues, years and strategies agree
//! with each other and with their section, so a clean run of nas-lint finds
//! almost nothing; about one row in a thousand carries a real defect (an
//! exact duplicate, the venue typo `ILCR`, or a missing Date cell) so that
//! the duplicate machinery and the error paths do real work.

use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufWriter, Write};

/// Knuth's MMIX LCG; the high bits are the usable ones.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as u32
    }
    fn below(&mut self, n: usize) -> usize {
        self.next() as usize % n
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// `##` groups: heading, strategies its rows may carry (none contradicts the
/// heading's implied strategy), and share of the rows in percent.
const GROUPS: &[(&str, &[&str], usize)] = &[
    (
        "Gradient-based Methods",
        &["Gradient", "Gradient", "Gradient", "RL/Gradient", "-"],
        35,
    ),
    (
        "Reinforcement Learning (RL) Methods",
        &["RL", "RL", "RL/Gradient", "-"],
        10,
    ),
    (
        "Evolutionary Algorithm (EA) Methods",
        &["EA", "EA", "-"],
        15,
    ),
    ("Bayesian Methods", &["Bayesian", "Bayesian", "-"], 8),
    ("Training-free Methods", &["Training-free", "-"], 7),
    (
        "Other Methods",
        &[
            "Other",
            "Gradient",
            "RL",
            "EA",
            "Bayesian",
            "Training-free",
            "-",
        ],
        20,
    ),
    ("Benchmarks", &["Benchmark", "Benchmark", "-"], 5),
];

/// `###` names; none contains a strategy keyword ("evolution", "predictor",
/// "benchmark", ...), which would make a section imply a strategy.
const TOPICS: &[&str] = &[
    "CNN",
    "GAN",
    "GCN",
    "Mobile",
    "Domain",
    "Dilation",
    "Loss",
    "DARTS",
    "Transformer",
    "Detection",
    "Segmentation",
    "Super-Resolution",
    "Speech",
    "NLP",
    "Hardware-aware",
    "Quantization",
    "Pruning",
    "Video",
    "Point Cloud",
    "Medical Imaging",
    "Recommender Systems",
    "Federated",
    "Robustness",
    "Others",
];

const GERUNDS: &[&str] = &[
    "Searching",
    "Learning",
    "Discovering",
    "Rethinking",
    "Towards",
    "Scaling",
    "Revisiting",
    "Accelerating",
    "Stabilizing",
    "Understanding",
    "Exploring",
    "Designing",
];
const ADJECTIVES: &[&str] = &[
    "Efficient",
    "Robust",
    "Lightweight",
    "Hardware-Aware",
    "Differentiable",
    "Scalable",
    "One-Shot",
    "Progressive",
    "Hierarchical",
    "Multi-Objective",
    "Zero-Cost",
    "Federated",
    "Sparse",
    "Dynamic",
];
const NOUNS: &[&str] = &[
    "Neural Architectures",
    "Convolutional Cells",
    "Search Spaces",
    "Attention Blocks",
    "Supernet Weights",
    "Operation Choices",
    "Network Topologies",
    "Vision Transformers",
    "Graph Neural Networks",
    "Mixed-Precision Policies",
    "Activation Functions",
    "Backbone Designs",
];
const TASKS: &[&str] = &[
    "Image Classification",
    "Object Detection",
    "Semantic Segmentation",
    "Video Action Recognition",
    "Speech Recognition",
    "Machine Translation",
    "Pose Estimation",
    "Image Super-Resolution",
    "Medical Image Segmentation",
    "Point Cloud Understanding",
    "Click-Through Rate Prediction",
    "Edge Devices",
];
const MEANS: &[&str] = &[
    "via Gradient Matching",
    "with Knowledge Distillation",
    "under Latency Constraints",
    "through Weight Sharing",
    "by Progressive Shrinking",
    "with Curriculum Sampling",
    "via Bilevel Optimization",
    "with Proxy Tasks",
    "at Scale",
    "in Four GPU Hours",
];
const OWNERS: &[&str] = &[
    "mit-han-lab",
    "VITA-Group",
    "microsoft",
    "google-research",
    "facebookresearch",
    "automl",
    "D-X-Y",
    "researchmm",
    "megvii-model",
    "huawei-noah",
    "open-mmlab",
    "SamsungLabs",
];

const YEARS: std::ops::RangeInclusive<i32> = 2017..=2024;

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let table_rows = match args.get(3).map(|r| r.parse::<usize>()) {
        None => None,
        Some(Ok(n)) if n > 0 => Some(n),
        Some(_) => usage(),
    };
    let (Some(rows), Some(out)) = (
        args.get(1).and_then(|r| r.parse::<usize>().ok()),
        args.get(2),
    ) else {
        usage()
    };
    let text = generate(rows, table_rows);
    let mut file = BufWriter::new(File::create(out)?);
    file.write_all(text.as_bytes())?;
    file.flush()
}

fn usage() -> ! {
    eprintln!("usage: gen_list ROWS OUT.md [TABLE_ROWS]");
    std::process::exit(2);
}

struct Section {
    level: u8,
    text: String,
    anchor: String,
    rows: usize,
    strategies: &'static [&'static str],
}

fn generate(total: usize, table_rows: Option<usize>) -> String {
    let mut rng = Lcg(0x0005_eed0_f4a5);
    let sections = plan(total, table_rows, &mut rng);
    let mut out = String::with_capacity(total * 230 + sections.len() * 200);
    out.push_str("# Neural Architecture Search (NAS) Papers & Code Collection\n\n");
    let _ = writeln!(
        out,
        "A synthetic list of {total} papers in the shape of the seed list.\n\n## Content\n"
    );
    for s in &sections {
        let indent = if s.level == 3 { "  " } else { "" };
        let _ = writeln!(out, "{indent}- [{}](#{})", s.text, s.anchor);
    }
    out.push('\n');

    let mut arxiv_next = vec![0u32; 12 * 20]; // next number per (year - 2010, month)
    let mut recent: Vec<String> = Vec::new(); // lines a duplicate may copy
    let mut index = 0usize;
    for s in &sections {
        let hashes = "#".repeat(s.level as usize);
        let _ = writeln!(out, "{hashes} {} <a name=\"{}\"></a>\n", s.text, s.anchor);
        if s.rows == 0 {
            continue;
        }
        out.push_str("| Paper Title | Conference | Strategy | Code | Date |\n");
        out.push_str("|:------------|:----------:|:--------:|:----:|:----:|\n");
        for _ in 0..s.rows {
            let line = if index % 1000 == 500 {
                defect(
                    index / 1000,
                    &recent,
                    &mut rng,
                    &mut arxiv_next,
                    s.strategies,
                    index,
                )
            } else {
                row(index, &mut rng, &mut arxiv_next, s.strategies)
            };
            out.push_str(&line);
            out.push('\n');
            if recent.len() == 32 {
                recent.remove(0);
            }
            recent.push(line);
            index += 1;
        }
        out.push('\n');
    }
    out
}

/// Each group gets its share of the rows, split into `###` sections of 30 to
/// 70 rows (a new section every ~50 rows), or of `table_rows` rows.
fn plan(total: usize, table_rows: Option<usize>, rng: &mut Lcg) -> Vec<Section> {
    let mut sections = Vec::new();
    let mut slugs = std::collections::HashMap::new();
    let mut left = total;
    for (g, &(name, strategies, share)) in GROUPS.iter().enumerate() {
        let mut rows = if g + 1 == GROUPS.len() {
            left
        } else {
            (total * share / 100).min(left)
        };
        left -= rows;
        sections.push(Section {
            level: 2,
            text: name.into(),
            anchor: unique_slug(&mut slugs, name),
            rows: 0,
            strategies,
        });
        while rows > 0 {
            let n = table_rows.unwrap_or_else(|| 30 + rng.below(41)).min(rows);
            rows -= n;
            let topic = rng.pick(TOPICS);
            sections.push(Section {
                level: 3,
                text: topic.into(),
                anchor: unique_slug(&mut slugs, topic),
                rows: n,
                strategies,
            });
        }
    }
    sections
}

/// GitHub's anchor for a heading: the second "CNN" becomes `cnn-1`.
fn unique_slug(seen: &mut std::collections::HashMap<String, usize>, text: &str) -> String {
    let base: String = text
        .chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c == '-' || c == '_' || c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .collect();
    let mut slug = base.clone();
    while seen.contains_key(&slug) {
        let count = seen.get_mut(&base).expect("base seen first");
        *count += 1;
        slug = format!("{base}-{count}");
    }
    seen.insert(slug.clone(), 0);
    slug
}

/// A venue and a year the venue was held in (ICCV odd, ECCV even).
fn venue_and_year(rng: &mut Lcg) -> (&'static str, i32) {
    let venue = rng.pick(&[
        "CVPR", "ICCV", "ECCV", "ICLR", "NeurIPS", "NeurIPS", "ICML", "AAAI", "TPAMI", "-", "-",
    ]);
    let mut year = *YEARS.start() + rng.below(YEARS.clone().count()) as i32;
    if (venue == "ICCV" && year % 2 == 0) || (venue == "ECCV" && year % 2 == 1) {
        year -= 1;
    }
    (venue, year)
}

fn row(index: usize, rng: &mut Lcg, arxiv_next: &mut [u32], strategies: &[&str]) -> String {
    let (venue, year) = venue_and_year(rng);
    let venue_cell = match (venue, rng.below(20)) {
        ("-", _) => "-".to_string(),
        ("NeurIPS" | "ICLR", 0) => format!("{venue} {year} Spotlight"),
        (_, 1) => format!("{venue} {year} Oral"),
        _ => format!("{venue} {year}"),
    };
    let title = title(index, rng);
    let url = if matches!(venue, "ICLR" | "NeurIPS") && rng.chance(30) {
        let kind = if rng.chance(50) { "forum" } else { "pdf" };
        format!(
            "https://openreview.net/{kind}?id={}",
            openreview_id(index, rng)
        )
    } else {
        arxiv_url(year, rng, arxiv_next)
    };
    let owner = rng.pick(OWNERS);
    let strategy = rng.pick(strategies);
    format!("| [{title}]({url}) | {venue_cell} | {strategy} | [Code](https://github.com/{owner}/{}-{index}) | {year} |", repo_name(&title))
}

/// One of the injected defects, in turn: an exact copy of a recent row, the
/// venue typo `ILCR`, a row without its Date cell.
fn defect(
    kind: usize,
    recent: &[String],
    rng: &mut Lcg,
    arxiv_next: &mut [u32],
    strategies: &[&str],
    index: usize,
) -> String {
    match kind % 3 {
        0 if !recent.is_empty() => recent[recent.len() / 2].clone(),
        1 => {
            let year = 2018 + rng.below(6) as i32;
            let url = arxiv_url(year, rng, arxiv_next);
            format!(
                "| [{}]({url}) | ILCR {year} | {} | [Code](https://github.com/{}/typo-{index}) | {year} |",
                title(index, rng),
                rng.pick(strategies),
                rng.pick(OWNERS)
            )
        }
        _ => {
            let line = row(index, rng, arxiv_next, strategies);
            let cut = line[..line.len() - 2].rfind('|').expect("cells");
            line[..cut + 1].to_string()
        }
    }
}

/// Titles are unique because each starts with a name made of five letters
/// that are a bijection of the row index.
fn title(index: usize, rng: &mut Lcg) -> String {
    let mut code = (index as u64 * 7919) % 11_881_376; // 26^5; 7919 is coprime to 26
    let mut name = String::new();
    for i in 0..5 {
        let letter = (b'A' + (code % 26) as u8) as char;
        name.push(if i == 0 {
            letter
        } else {
            letter.to_ascii_lowercase()
        });
        code /= 26;
    }
    let suffix = rng.pick(&["NAS", "Net", "Former", "-DARTS", "Search", "Former++"]);
    let mut title = format!(
        "{name}{suffix}: {} {} {} for {}",
        rng.pick(GERUNDS),
        rng.pick(ADJECTIVES),
        rng.pick(NOUNS),
        rng.pick(TASKS)
    );
    // Two rows in three end with a qualifier, so that rows average ~220 bytes.
    if rng.below(3) != 0 {
        title.push(' ');
        title.push_str(rng.pick(MEANS));
    }
    title
}

fn repo_name(title: &str) -> String {
    title
        .split(':')
        .next()
        .unwrap_or(title)
        .trim_start_matches('-')
        .to_string()
}

/// A valid, never reused arXiv id from the year before or the year of `year`
/// (never later, so year-before-preprint stays quiet).
fn arxiv_url(year: i32, rng: &mut Lcg, arxiv_next: &mut [u32]) -> String {
    let id_year = year - rng.below(2) as i32;
    let month = 1 + rng.below(12);
    let slot = (id_year - 2010) as usize * 12 + month - 1;
    if arxiv_next[slot] == 0 {
        arxiv_next[slot] = 1 + rng.below(4000) as u32;
    }
    arxiv_next[slot] += 1 + rng.below(3) as u32;
    let id = format!("{:02}{month:02}.{:05}", id_year % 100, arxiv_next[slot]);
    match rng.below(4) {
        0 => format!("https://arxiv.org/pdf/{id}v{}.pdf", 1 + rng.below(3)),
        1 => format!("https://arxiv.org/pdf/{id}"),
        _ => format!("https://arxiv.org/abs/{id}"),
    }
}

/// Ten characters like OpenReview's; the first five encode the index.
fn openreview_id(index: usize, rng: &mut Lcg) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    let mut id = String::new();
    let mut code = index;
    for _ in 0..5 {
        id.push(ALPHABET[code % 64] as char);
        code /= 64;
    }
    for _ in 0..5 {
        id.push(ALPHABET[rng.below(64)] as char);
    }
    id
}
