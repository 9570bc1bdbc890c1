//! `--links` through the binary, against an HTTP server on 127.0.0.1 that
//! this test starts (no other network): findings, the fix of a moved
//! repository, and refused private addresses.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// Answers `/site/ok` 200, `/site/missing` 404, `/gh/old/repo` 301 to the
/// new name, `/gh/renamed/repo` 200; counts requests. Runs until the test ends.
fn start_server() -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let requests = Arc::new(AtomicUsize::new(0));
    let counter = requests.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(200) {
            let Ok(mut stream) = stream else { continue };
            counter.fetch_add(1, Ordering::SeqCst);
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            loop {
                let mut header = String::new();
                if reader.read_line(&mut header).map_or(true, |n| n == 0) || header == "\r\n" {
                    break;
                }
            }
            let path = request_line.split_whitespace().nth(1).unwrap_or("/");
            let (status, location) = match path {
                "/site/ok" | "/gh/renamed/repo" => ("200 OK", None),
                "/gh/old/repo" => (
                    "301 Moved Permanently",
                    Some("https://github.com/renamed/repo"),
                ),
                _ => ("404 Not Found", None),
            };
            let mut response =
                format!("HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n");
            if let Some(location) = location {
                response.push_str(&format!("Location: {location}\r\n"));
            }
            response.push_str("\r\n");
            let _ = stream.write_all(response.as_bytes());
        }
    });
    (base, requests)
}

const LIST: &str = "| Paper Title | Conference | Code | Date |
|---|---|---|---|
| [Alive](https://papers.test/ok) | CVPR 2021 | [Code](https://github.com/old/repo) | 2021 |
| [Gone](https://papers.test/missing) | CVPR 2021 | - | 2021 |
";

fn nas_lint(dir: &Path, base: &str, extra: &[&str]) -> Output {
    let github = format!(r"^https://github\.com/(.*)$ {base}/gh/$1");
    let site = format!(r"^https://papers\.test/(.*)$ {base}/site/$1");
    let mut args = vec![
        "README.md",
        "--links",
        "--no-cache",
        "--format",
        "json",
        "--remap",
        &github,
        "--remap",
        &site,
    ];
    args.extend_from_slice(extra);
    Command::new(env!("CARGO_BIN_EXE_nas-lint"))
        .args(&args)
        .current_dir(dir)
        .env_remove("GITHUB_TOKEN")
        .output()
        .expect("the binary runs")
}

fn findings(output: &Output) -> Vec<(String, u64, String)> {
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn links_finds_dead_and_moved_links_and_fix_rewrites_the_move() {
    let (base, requests) = start_server();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), LIST).unwrap();

    let output = nas_lint(dir.path(), &base, &["--allow-private"]);
    let found = findings(&output);
    assert!(
        found.contains(&("dead-link".into(), 4, "error".into())),
        "{found:?}"
    );
    assert!(
        found.contains(&("moved-link".into(), 3, "warning".into())),
        "{found:?}"
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        requests.load(Ordering::SeqCst) <= 10,
        "each target once, with few retries"
    );

    let fixed = nas_lint(dir.path(), &base, &["--allow-private", "--fix"]);
    assert_eq!(fixed.status.code(), Some(1), "the dead link remains");
    let text = std::fs::read_to_string(dir.path().join("README.md")).unwrap();
    assert_eq!(
        text,
        LIST.replace("github.com/old/repo", "github.com/renamed/repo")
    );
}

#[test]
fn private_addresses_are_refused_without_allow_private() {
    let (base, requests) = start_server();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), LIST).unwrap();
    let output = nas_lint(dir.path(), &base, &[]);
    let found = findings(&output);
    assert!(
        found
            .iter()
            .all(|(rule, _, severity)| rule == "unverified-link" && severity == "info"),
        "{found:?}"
    );
    assert_eq!(found.len(), 3);
    assert_eq!(
        output.status.code(),
        Some(0),
        "unverified links never fail a run"
    );
    assert_eq!(requests.load(Ordering::SeqCst), 0);
}

#[test]
fn a_bad_remap_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), LIST).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_nas-lint"))
        .args([
            "README.md",
            "--links",
            "--no-cache",
            "--remap",
            "([ unclosed",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--remap"));
}
