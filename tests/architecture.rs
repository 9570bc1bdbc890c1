//! No import circle in `src/`.
//!
//! The test reads every `src/**/*.rs` file of the library (not `main.rs`,
//! the binary), works out which module each file is, and collects the
//! modules it refers to: `use` trees (`use crate::a::{b, c::D}`), paths in
//! code (`crate::a::b`, `super::x`, `self::x`, and `child::x` for a module
//! the file itself declares). A path is resolved to the deepest module it
//! names; a name that a `mod.rs` (or `lib.rs`) only re-exports with
//! `pub use` is followed to the module that defines it, so that going
//! through a façade is not mistaken for depending on the façade.
//!
//! Left out: comments, and test code (inline `#[cfg(test)] mod tests`
//! blocks, which the project keeps at the end of a file, and files that are
//! declared only under `#[cfg(test)]`): tests may reach up to the whole
//! pipeline to drive a module, and are not part of the one-way flow.
//!
//! It then fails on a circle in two graphs:
//! - (a) the top-level modules (`crate::config`, `crate::rules`,
//!   `crate::links`, ...) plus the crate root `lib.rs` itself, whose items
//!   (the pipeline, `lint`) sit above everything: a module reaching an item
//!   defined in `lib.rs` (not merely re-exported by it) depends on the root.
//! - (b) for each directory module, its children (files and folders), plus
//!   its `mod.rs` when that holds code of its own. A `mod.rs` counts only by
//!   what it defines: its `mod` declarations and `pub use` re-exports are
//!   the façade and are excluded, so a child using a sibling through the
//!   façade is an edge to that sibling, and a façade that only declares and
//!   re-exports is no node at all. A `mod.rs` whose own code uses a child
//!   (a registry listing its children, say) may do so as long as no child
//!   uses that code back.
//!
//! Directories let off for now are named in [`PENDING`] with the reason:
//! their circles are still printed, and the test fails once one has none,
//! so that an exception is removed as soon as it is not needed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type ModPath = Vec<String>;

struct SourceFile {
    module: ModPath,
    /// Whether it is `mod.rs`/`lib.rs`: its children are `module + name`.
    is_dir: bool,
    code: String,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code without comments and without a trailing `#[cfg(test)] mod`.
fn code_of(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::new();
    let mut in_block_comment = false;
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        if trimmed == "#[cfg(test)]" {
            let next = lines.get(i + 1).map_or("", |l| l.trim());
            if next.contains("mod ") && next.ends_with('{') {
                break;
            }
        }
        let mut line = line.to_string();
        if in_block_comment {
            match line.find("*/") {
                Some(end) => {
                    line = line[end + 2..].to_string();
                    in_block_comment = false;
                }
                None => continue,
            }
        }
        if let Some(start) = line.find("/*") {
            if !line[start..].contains("*/") {
                in_block_comment = true;
            }
            line.truncate(start);
        }
        if let Some(comment) = line.find("//") {
            line.truncate(comment);
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Modules declared only for tests (`#[cfg(test)] mod testing;`).
fn test_only_children(text: &str) -> BTreeSet<String> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let mut names = BTreeSet::new();
    for pair in lines.windows(2) {
        if pair[0] == "#[cfg(test)]" && pair[1].ends_with(';') && pair[1].contains("mod ") {
            let name = pair[1].trim_end_matches(';').rsplit(' ').next().unwrap();
            names.insert(name.to_string());
        }
    }
    names
}

fn load() -> Vec<SourceFile> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    rust_files(&src, &mut paths);
    let mut test_only: BTreeSet<ModPath> = BTreeSet::new();
    let mut files = Vec::new();
    for path in paths {
        let relative = path.strip_prefix(&src).unwrap();
        let mut parts: Vec<String> = relative
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        let file = parts.pop().unwrap();
        if parts.is_empty() && file == "main.rs" {
            continue;
        }
        let is_dir = file == "mod.rs" || (parts.is_empty() && file == "lib.rs");
        if !is_dir {
            parts.push(file.trim_end_matches(".rs").to_string());
        }
        let text = std::fs::read_to_string(&path).unwrap();
        if is_dir || text.contains("\nmod ") || text.contains("\npub mod ") {
            for child in test_only_children(&text) {
                let mut m = parts.clone();
                m.push(child);
                test_only.insert(m);
            }
        }
        files.push(SourceFile {
            module: parts,
            is_dir,
            code: code_of(&text),
        });
    }
    files.retain(|f| !test_only.iter().any(|t| f.module.starts_with(t)));
    files
}

/// The `use` statements of the code, each as its text between `use` and `;`,
/// and whether it is a re-export (`pub use`, `pub(crate) use`).
fn use_statements(code: &str) -> Vec<(String, bool)> {
    let re = regex::Regex::new(r"(?m)^\s*(pub(\([a-z]+\))?\s+)?use\s+([^;]*);").unwrap();
    let rename = regex::Regex::new(r"\s+as\s+[A-Za-z_][A-Za-z0-9_]*").unwrap();
    re.captures_iter(code)
        .map(|c| {
            let tree = rename.replace_all(&c[3], "");
            (
                tree.split_whitespace().collect::<String>(),
                c.get(1).is_some(),
            )
        })
        .collect()
}

/// Expands a use tree (`a::{b, c::{d, e as f}}`) into its paths.
fn expand(tree: &str) -> Vec<Vec<String>> {
    fn parse(s: &[u8], i: &mut usize, prefix: &[String], out: &mut Vec<Vec<String>>) {
        let mut path = prefix.to_vec();
        let mut ident = String::new();
        while *i < s.len() {
            let c = s[*i] as char;
            match c {
                '{' => {
                    *i += 1;
                    loop {
                        parse(s, i, &path, out);
                        if *i < s.len() && s[*i] == b',' {
                            *i += 1;
                            continue;
                        }
                        break;
                    }
                    // the closing brace
                    *i += 1;
                    return;
                }
                '}' | ',' => break,
                ':' => {
                    if !ident.is_empty() {
                        path.push(std::mem::take(&mut ident));
                    }
                    *i += 1;
                }
                _ => {
                    ident.push(c);
                    *i += 1;
                }
            }
        }
        if !ident.is_empty() {
            path.push(ident);
        }
        if !path.is_empty() {
            out.push(path);
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    parse(tree.as_bytes(), &mut i, &[], &mut out);
    out
}

struct Crate {
    files: Vec<SourceFile>,
    modules: BTreeSet<ModPath>,
    /// `(module, name)` re-exported by `pub use` -> the path it names.
    reexports: BTreeMap<(ModPath, String), ModPath>,
}

impl Crate {
    fn new() -> Self {
        let files = load();
        let modules: BTreeSet<ModPath> = files.iter().map(|f| f.module.clone()).collect();
        let mut krate = Crate {
            files,
            modules,
            reexports: BTreeMap::new(),
        };
        let mut reexports = BTreeMap::new();
        for file in krate.files.iter().filter(|f| f.is_dir) {
            for (tree, public) in use_statements(&file.code) {
                if !public {
                    continue;
                }
                for path in expand(&tree) {
                    let Some(name) = path.last() else { continue };
                    if name == "*" || name == "self" {
                        continue;
                    }
                    if let Some(absolute) = krate.absolute(file, &path) {
                        reexports.insert((file.module.clone(), name.clone()), absolute);
                    }
                }
            }
        }
        krate.reexports = reexports;
        krate
    }

    /// The path as written in `file`, made absolute (from the crate root),
    /// or `None` for a path outside the crate.
    fn absolute(&self, file: &SourceFile, path: &[String]) -> Option<ModPath> {
        let first = path.first()?;
        let here = &file.module;
        // The module a `super` or `self` is relative to: a file `a/b.rs` is
        // module a::b, its `self` is a::b and its `super` is a.
        let (mut base, rest): (ModPath, &[String]) = match first.as_str() {
            "crate" => (Vec::new(), &path[1..]),
            "self" => (here.clone(), &path[1..]),
            "super" => {
                let mut base = here.clone();
                let mut rest = path;
                while rest.first().is_some_and(|s| s == "super") {
                    base.pop();
                    rest = &rest[1..];
                }
                (base, rest)
            }
            name => {
                let mut child = here.clone();
                child.push(name.to_string());
                if self.modules.contains(&child) {
                    (here.clone(), path)
                } else {
                    return None;
                }
            }
        };
        base.extend(rest.iter().cloned());
        Some(base)
    }

    /// The deepest module a path (an absolute one) names, following
    /// re-exports of façades.
    fn module_of(&self, path: &[String]) -> ModPath {
        let mut path = path.to_vec();
        for _ in 0..8 {
            let mut module: ModPath = Vec::new();
            let mut next = None;
            for (i, segment) in path.iter().enumerate() {
                let mut deeper = module.clone();
                deeper.push(segment.clone());
                if self.modules.contains(&deeper) {
                    module = deeper;
                    continue;
                }
                if let Some(target) = self.reexports.get(&(module.clone(), segment.clone())) {
                    let mut followed = target.clone();
                    followed.extend(path[i + 1..].iter().cloned());
                    next = Some(followed);
                }
                break;
            }
            match next {
                Some(followed) if followed != path => path = followed,
                _ => return module,
            }
        }
        Vec::new()
    }

    /// The modules one file refers to, outside its own façade lines when it
    /// is a `mod.rs`/`lib.rs` (those are reported by `façade = true`).
    fn references(&self, file: &SourceFile) -> Vec<(ModPath, bool)> {
        let mut out = Vec::new();
        for (tree, public) in use_statements(&file.code) {
            for path in expand(&tree) {
                if let Some(absolute) = self.absolute(file, &path) {
                    out.push((self.module_of(&absolute), public && file.is_dir));
                }
            }
        }
        let without_uses = regex::Regex::new(r"(?m)^\s*(pub(\([a-z]+\))?\s+)?use\s+[^;]*;")
            .unwrap()
            .replace_all(&file.code, "");
        let path =
            regex::Regex::new(r"\b((?:[A-Za-z_][A-Za-z0-9_]*::)+[A-Za-z_][A-Za-z0-9_]*)").unwrap();
        for m in path.find_iter(&without_uses) {
            // `x::y` right after another `::` is the tail of a longer path.
            if without_uses[..m.start()].ends_with("::") {
                continue;
            }
            let segments: Vec<String> = m.as_str().split("::").map(str::to_string).collect();
            if let Some(absolute) = self.absolute(file, &segments) {
                out.push((self.module_of(&absolute), false));
            }
        }
        out
    }
}

fn find_cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(node.to_string(), 1);
        stack.push(node.to_string());
        for next in edges.get(node).into_iter().flatten() {
            match state.get(next.as_str()).copied().unwrap_or(0) {
                1 => {
                    let start = stack.iter().position(|n| n == next).unwrap();
                    let mut cycle = stack[start..].to_vec();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                0 => {
                    if let Some(c) = visit(next, edges, state, stack) {
                        return Some(c);
                    }
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(node.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in edges.keys() {
        if state.get(node.as_str()).copied().unwrap_or(0) == 0 {
            let mut stack = Vec::new();
            if let Some(c) = visit(node, edges, &mut state, &mut stack) {
                return Some(c);
            }
        }
    }
    None
}

fn name(module: &[String]) -> String {
    if module.is_empty() {
        "crate (lib.rs)".to_string()
    } else {
        module.join("::")
    }
}

/// Every edge of one graph with the files that make it, for the message.
type Graph = BTreeMap<String, BTreeSet<String>>;

/// Every circle, one at a time: each found circle loses its last edge
/// before the next search, so that all of them are named at once.
fn report(graph: &Graph, why: &BTreeMap<(String, String), BTreeSet<String>>) -> Option<String> {
    let mut graph = graph.clone();
    let mut message = String::new();
    while let Some(cycle) = find_cycle(&graph) {
        message.push_str(&format!("import circle: {}\n", cycle.join(" -> ")));
        for pair in cycle.windows(2) {
            let files = &why[&(pair[0].clone(), pair[1].clone())];
            message.push_str(&format!(
                "  {} -> {} in: {}\n",
                pair[0],
                pair[1],
                files.iter().cloned().collect::<Vec<_>>().join(", ")
            ));
        }
        let n = cycle.len();
        graph.get_mut(&cycle[n - 2]).unwrap().remove(&cycle[n - 1]);
    }
    (!message.is_empty()).then_some(message)
}

fn file_name(file: &SourceFile) -> String {
    match (file.module.is_empty(), file.is_dir) {
        (true, _) => "src/lib.rs".to_string(),
        (false, true) => format!("src/{}/mod.rs", file.module.join("/")),
        (false, false) => format!("src/{}.rs", file.module.join("/")),
    }
}

/// The node a module is in a graph of the children of `parent`: the child
/// it lies in, or the parent's own `mod.rs` (`None` outside the parent).
fn node_under(parent: &[String], module: &[String]) -> Option<String> {
    if !module.starts_with(parent) {
        return None;
    }
    Some(match module.get(parent.len()) {
        Some(child) => child.clone(),
        None => "mod.rs".to_string(),
    })
}

/// Directories whose circles are known and being removed elsewhere, by
/// whoever is changing those files now (`"src/app/"`, say). None today: a
/// directory named here must also say why and who removes the circle.
const PENDING: &[&str] = &[];

fn cycles() -> Vec<String> {
    let krate = Crate::new();
    let mut problems = Vec::new();
    let parents: BTreeSet<ModPath> = krate
        .files
        .iter()
        .filter(|f| f.is_dir)
        .map(|f| f.module.clone())
        .collect();
    for parent in &parents {
        let mut graph = Graph::new();
        let mut why = BTreeMap::new();
        for file in &krate.files {
            let Some(from) = node_under(parent, &file.module) else {
                continue;
            };
            for (target, facade) in krate.references(file) {
                let Some(to) = node_under(parent, &target) else {
                    continue;
                };
                // The façade's own lines make no edge; nor does a file
                // naming its own module.
                if facade && from == "mod.rs" || from == to {
                    continue;
                }
                graph.entry(from.clone()).or_default().insert(to.clone());
                why.entry((from.clone(), to))
                    .or_insert_with(BTreeSet::new)
                    .insert(file_name(file));
            }
        }
        if let Some(message) = report(&graph, &why) {
            let place = if parent.is_empty() {
                "top-level modules of src/".to_string()
            } else {
                format!("src/{}/", parent.join("/"))
            };
            problems.push(format!("{place}: {message}"));
        }
    }
    problems
}

#[test]
fn no_import_circle_in_src() {
    let (pending, problems): (Vec<String>, Vec<String>) = cycles()
        .into_iter()
        .partition(|p| PENDING.iter().any(|d| p.starts_with(&format!("{d}:"))));
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    for directory in PENDING {
        assert!(
            pending
                .iter()
                .any(|p| p.starts_with(&format!("{directory}:"))),
            "{directory} has no import circle any more: take it out of PENDING"
        );
    }
    if !pending.is_empty() {
        eprintln!("known circles, being removed:\n{}", pending.join("\n"));
    }
}

#[test]
fn the_reader_sees_the_references_it_must() {
    let krate = Crate::new();
    let file = SourceFile {
        module: vec!["links".into(), "github".into()],
        is_dir: false,
        code: code_of(
            "use super::{checker::Checker, Target};\nuse crate::rules::{self, RuleMeta};\n\
             // crate::stats::x in a comment\nfn f() { crate::config::Config::x(); super::arxiv::y(); }\n",
        ),
    };
    let found: BTreeSet<String> = krate
        .references(&file)
        .into_iter()
        .map(|(m, _)| name(&m))
        .collect();
    for expected in ["links::checker", "rules", "config", "links::arxiv"] {
        assert!(found.contains(expected), "{expected} not in {found:?}");
    }
    assert!(!found.contains("stats"), "{found:?}");
    let mut graph = Graph::new();
    graph.insert("a".into(), ["b".into()].into());
    graph.insert("b".into(), ["a".into()].into());
    assert_eq!(find_cycle(&graph).unwrap(), ["a", "b", "a"]);
}
