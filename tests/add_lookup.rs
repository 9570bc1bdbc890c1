//! `nas-lint add` looking papers up: a fake arXiv API and a fake
//! OpenReview API on 127.0.0.1, reached through `--remap`.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};

type Log = Arc<Mutex<Vec<(String, bool)>>>;

fn feed(entries: &[(&str, &str, &str, &str, &str)]) -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom"><title>query</title>"#,
    );
    for (id, title, published, comment, summary) in entries {
        xml.push_str(&format!(
            "<entry><id>http://arxiv.org/abs/{id}v1</id><published>{published}</published><title>{title}</title><summary>{summary}</summary><arxiv:comment>{comment}</arxiv:comment></entry>"
        ));
    }
    xml.push_str("</feed>");
    xml
}

/// Answers `/arxiv/api/query?id_list=...` with the known entries among the
/// ids asked, `/openreview/notes?id=...` with one note; logs each request
/// and whether it carried an Authorization header.
fn start_server() -> (String, Log) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let log: Log = Arc::default();
    let seen = log.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(50) {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            let mut authorized = false;
            loop {
                let mut header = String::new();
                if reader.read_line(&mut header).map_or(true, |n| n == 0) || header == "\r\n" {
                    break;
                }
                authorized |= header.to_ascii_lowercase().starts_with("authorization:");
            }
            let target = request_line
                .split_whitespace()
                .nth(1)
                .unwrap_or("/")
                .to_string();
            seen.lock().unwrap().push((target.clone(), authorized));
            let known = [
                (
                    "2309.11111",
                    "Searching Faster\n  Than Before",
                    "2023-09-20T17:00:00Z",
                    "Accepted at NeurIPS 2023 (spotlight). Code: https://github.com/fast/search",
                    "We search.",
                ),
                (
                    "2402.22222",
                    "A Preprint on Proxies",
                    "2024-02-03T10:00:00Z",
                    "12 pages, under review at ICML 2024",
                    "Code is at https://github.com/prox/ies.",
                ),
            ];
            let (status, body) = if let Some(query) = target.strip_prefix("/arxiv/api/query?") {
                let ids = query
                    .split('&')
                    .find_map(|p| p.strip_prefix("id_list="))
                    .unwrap_or("");
                let entries: Vec<_> = known
                    .iter()
                    .filter(|k| ids.split(',').any(|id| id == k.0))
                    .map(|k| (k.0, k.1, k.2, k.3, k.4))
                    .collect();
                ("200 OK", feed(&entries))
            } else if target == "/openreview/notes?id=AbCdEfGhIj" {
                (
                    "200 OK",
                    r#"{"notes":[{"id":"AbCdEfGhIj","pdate":1705276800000,"content":{"title":{"value":"Open Search"},"venue":{"value":"ICLR 2024 poster"},"abstract":{"value":"x"}}}]}"#.to_string(),
                )
            } else {
                ("404 Not Found", String::new())
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (base, log)
}

fn add(dir: &Path, base: &str, extra: &[&str]) -> Output {
    let arxiv = format!(r"^https://export\.arxiv\.org/(.*)$ {base}/arxiv/$1");
    let openreview = format!(r"^https://api2\.openreview\.net/(.*)$ {base}/openreview/$1");
    let mut args = vec![
        "add",
        "--remap",
        &arxiv,
        "--remap",
        &openreview,
        "--allow-private",
    ];
    args.extend_from_slice(extra);
    Command::new(env!("CARGO_BIN_EXE_nas-lint"))
        .args(&args)
        .current_dir(dir)
        .env("GITHUB_TOKEN", "secret-token")
        .env_remove("HTTPS_PROXY")
        .env_remove("https_proxy")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn lint_findings(dir: &Path) -> Vec<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_nas-lint"))
        .args(["--format", "concise", "README.md"])
        .current_dir(dir)
        .output()
        .unwrap();
    text(&out.stdout)
        .lines()
        .map(|l| {
            l.splitn(4, ':')
                .nth(3)
                .unwrap_or("")
                .replace(|c: char| c.is_ascii_digit(), "")
        })
        .collect()
}

fn list_dir(list: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), list).unwrap();
    dir
}

#[test]
fn adds_to_the_seed_from_the_arxiv_api_in_its_style() {
    let seed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/nas-seed.md"))
            .unwrap();
    let dir = list_dir(&seed);
    let before = lint_findings(dir.path());
    let (base, log) = start_server();
    let out = add(
        dir.path(),
        &base,
        &[
            "https://arxiv.org/pdf/2309.11111v3",
            "--section",
            "DARTS",
            "--set",
            "Strategy=Gradient",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let after = std::fs::read_to_string(dir.path().join("README.md")).unwrap();
    let row = "| [Searching Faster Than Before](https://arxiv.org/abs/2309.11111) | NeurIPS 2023 | Gradient | [Code](https://github.com/fast/search) | 2023 |\n";
    let at = after.find(row).unwrap_or_else(|| panic!("{after}"));
    assert_eq!(
        format!("{}{}", &after[..at], &after[at + row.len()..]),
        seed
    );
    assert_eq!(lint_findings(dir.path()), before);
    // One API request, no token sent.
    let log = log.lock().unwrap();
    assert_eq!(log.len(), 1, "{log:?}");
    assert!(log[0].0.contains("id_list=2309.11111"));
    assert!(!log[0].1);
}

const DATED: &str = "# L\n\n## Papers\n\n| Date | Title | Venue | Code |\n|:-:|:-|:-:|:-:|\n";

fn dated_rows(dates: &[&str]) -> String {
    let mut text = DATED.to_string();
    for (i, d) in dates.iter().enumerate() {
        text.push_str(&format!(
            "| {d} | [Paper {i} on a topic](https://arxiv.org/abs/2201.{:05}) | `ICLR'22` | [![Star](https://img.shields.io/github/stars/o/r{i}.svg)](https://github.com/o/r{i}) |\n",
            i + 1
        ));
    }
    text
}

#[test]
fn a_sorted_table_of_2023_05_dates_gets_the_row_at_its_place() {
    let dates = [
        "2024.06", "2024.05", "2024.03", "2024.01", "2023.12", "2023.11", "2023.08", "2023.07",
        "2023.05", "2023.02", "2023.01",
    ];
    let dir = list_dir(&dated_rows(&dates));
    let before = lint_findings(dir.path());
    let (base, _) = start_server();
    let out = add(dir.path(), &base, &["2309.11111", "2402.22222"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(lint_findings(dir.path()), before);
    let after = std::fs::read_to_string(dir.path().join("README.md")).unwrap();
    let lines: Vec<&str> = after.lines().collect();
    let new = "| 2023.09 | [Searching Faster Than Before](https://arxiv.org/abs/2309.11111) | `NeurIPS'23` | [![Star](https://img.shields.io/github/stars/fast/search.svg)](https://github.com/fast/search) |";
    let at = lines
        .iter()
        .position(|l| *l == new)
        .unwrap_or_else(|| panic!("{after}"));
    assert!(lines[at - 1].starts_with("| 2023.11 |") && lines[at + 1].starts_with("| 2023.08 |"));
    // Under review is not published: the venue column's word for that is
    // not in this list, so `-`.
    let preprint = "| 2024.02 | [A Preprint on Proxies](https://arxiv.org/abs/2402.22222) | - | [![Star](https://img.shields.io/github/stars/prox/ies.svg)](https://github.com/prox/ies) |";
    let at = lines
        .iter()
        .position(|l| *l == preprint)
        .unwrap_or_else(|| panic!("{after}"));
    assert!(lines[at - 1].starts_with("| 2024.03 |") && lines[at + 1].starts_with("| 2024.01 |"));
}

#[test]
fn an_unsorted_year_table_gets_an_openreview_paper_at_its_end() {
    let mut list = String::from("## Papers\n\n|Title|Conference|Year|\n|---|---|---|\n");
    for (i, y) in ["2021", "2019", "2023", "2020", "2022"].iter().enumerate() {
        list.push_str(&format!(
            "|[P{i}](https://arxiv.org/abs/1901.0000{i})|ICML {y}|{y}|\n"
        ));
    }
    list.push_str("\n## Other\n\nText.\n");
    let dir = list_dir(&list);
    let before = lint_findings(dir.path());
    let (base, _) = start_server();
    let out = add(
        dir.path(),
        &base,
        &["https://openreview.net/forum?id=AbCdEfGhIj", "README.md"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(lint_findings(dir.path()), before);
    let after = std::fs::read_to_string(dir.path().join("README.md")).unwrap();
    assert!(
        after.contains("|ICML 2022|2022|\n|[Open Search](https://openreview.net/forum?id=AbCdEfGhIj)|ICLR 2024|2024|\n\n## Other"),
        "{after}"
    );
}

#[test]
fn a_duplicate_found_after_lookup_leaves_the_file_untouched() {
    let dates = ["2023.09"; 1];
    let mut list = dated_rows(&dates);
    list.push_str("| 2023.09 | [Searching Faster Than Before](https://arxiv.org/abs/2309.11111) | `NeurIPS'23` | - |\n");
    let dir = list_dir(&list);
    let (base, _) = start_server();
    let out = add(dir.path(), &base, &["2309.11111v2"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("already listed, line 8"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("README.md")).unwrap(),
        list
    );
}

#[test]
fn a_failed_lookup_exits_2_and_says_how_to_write_the_row_by_hand() {
    let list = dated_rows(&["2023.09"]);
    let dir = list_dir(&list);
    let (base, _) = start_server();
    // Unknown to the fake arXiv.
    let out = add(dir.path(), &base, &["2301.99999"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--title"),
        "{}",
        text(&out.stderr)
    );
    // Without --allow-private the address guard refuses 127.0.0.1.
    let out = Command::new(env!("CARGO_BIN_EXE_nas-lint"))
        .args([
            "add",
            "--remap",
            &format!(r"^https://export\.arxiv\.org/(.*)$ {base}/arxiv/$1"),
            "2309.11111",
        ])
        .current_dir(dir.path())
        .env_remove("NAS_LINT_ALLOW_PRIVATE")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("README.md")).unwrap(),
        list
    );
}

#[test]
fn a_paper_looked_up_once_comes_from_the_cache_next_time_but_not_a_mirror_s() {
    let seed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/nas-seed.md"))
            .unwrap();
    let dir = list_dir(&seed);
    let (base, log) = start_server();
    let args = ["2309.11111", "--section", "DARTS", "--dry-run"];
    let first = add(dir.path(), &base, &args);
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    let second = add(dir.path(), &base, &args);
    assert_eq!(second.status.code(), Some(0), "{}", text(&second.stderr));
    assert_eq!(text(&first.stdout), text(&second.stdout));
    assert_eq!(log.lock().unwrap().len(), 1, "the second add asked again");
    // The folder nas-lint made keeps itself out of commits.
    assert!(dir.path().join(".nas-lint-cache/.gitignore").is_file());
    // Another destination (a second server) is another key: it is asked.
    let (other_base, other_log) = start_server();
    let third = add(dir.path(), &other_base, &args);
    assert_eq!(third.status.code(), Some(0), "{}", text(&third.stderr));
    assert_eq!(other_log.lock().unwrap().len(), 1);
    // --no-cache asks again.
    let fourth = add(dir.path(), &base, &[&args[..], &["--no-cache"]].concat());
    assert_eq!(fourth.status.code(), Some(0), "{}", text(&fourth.stderr));
    assert_eq!(log.lock().unwrap().len(), 2);
}

#[test]
fn the_config_s_remaps_serve_add_as_they_serve_links_without_the_token() {
    let seed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/nas-seed.md"))
            .unwrap();
    let dir = list_dir(&seed);
    let (base, log) = start_server();
    std::fs::write(
        dir.path().join("nas-lint.toml"),
        format!("[links]\nremap = ['^https://export\\.arxiv\\.org/(.*)$ {base}/arxiv/$1']\n"),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_nas-lint"))
        .args(["add", "2309.11111", "--section", "DARTS", "--dry-run"])
        .args(["--allow-private", "--no-cache"])
        .current_dir(dir.path())
        .env("GITHUB_TOKEN", "secret-token")
        .env_remove("HTTPS_PROXY")
        .env_remove("https_proxy")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .output()
        .expect("the binary runs");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Searching Faster Than Before"));
    let log = log.lock().unwrap();
    assert_eq!(log.len(), 1, "{log:?}");
    assert!(!log[0].1, "the token went to a config's remap");
}
