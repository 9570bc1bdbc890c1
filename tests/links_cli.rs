//! `--links` through the binary, against an HTTP server on 127.0.0.1 that
//! this test starts (no other network): findings, the fix of a moved
//! repository, and refused private addresses.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// A request as the server saw it: the path, and whether it carried an
/// Authorization header.
type Log = Arc<Mutex<Vec<(String, bool)>>>;

fn start_server() -> (String, Arc<AtomicUsize>) {
    let (base, requests, _) = start_logged_server();
    (base, requests)
}

/// Answers `/site/ok` 200, `/site/missing` 404, `/gh/old/repo` 301 to the
/// new name, `/gh/renamed/repo` 200; counts and logs requests. Runs until
/// the test ends.
fn start_logged_server() -> (String, Arc<AtomicUsize>, Log) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let requests = Arc::new(AtomicUsize::new(0));
    let counter = requests.clone();
    let log: Log = Arc::default();
    let seen = log.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(200) {
            let Ok(mut stream) = stream else { continue };
            counter.fetch_add(1, Ordering::SeqCst);
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            let mut authorized = false;
            let mut length = 0;
            loop {
                let mut header = String::new();
                if reader.read_line(&mut header).map_or(true, |n| n == 0) || header == "\r\n" {
                    break;
                }
                let lower = header.to_ascii_lowercase();
                authorized |= lower.starts_with("authorization:");
                if let Some(value) = lower.strip_prefix("content-length:") {
                    length = value.trim().parse().unwrap_or(0);
                }
            }
            let mut body = vec![0u8; length];
            let _ = std::io::Read::read_exact(&mut reader, &mut body);
            let target = request_line.split_whitespace().nth(1).unwrap_or("/");
            seen.lock().unwrap().push((target.to_string(), authorized));
            // Asked as a proxy (absolute form): answers as if it relayed.
            let path = match target.strip_prefix("http://") {
                Some(rest) => rest.find('/').map_or("/", |at| &rest[at..]),
                None => target,
            };
            if path == "/graphql" {
                // A fake GitHub GraphQL API: the one repository of LIST
                // (alias r0) was renamed and archived.
                let json = r#"{"data":{"r0":{"nameWithOwner":"renamed/repo","isArchived":true}}}"#;
                let _ = write!(
                    stream,
                    "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{json}",
                    json.len()
                );
                continue;
            }
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
    (base, requests, log)
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
    command(dir).args(&args).output().expect("the binary runs")
}

/// The binary in `dir`, with an environment that is the same everywhere:
/// no token, no proxy, a short wait before a 404 is confirmed.
fn command(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_nas-lint"));
    command.current_dir(dir);
    for name in [
        "GITHUB_TOKEN",
        "GITHUB_API_URL",
        "GITHUB_GRAPHQL_URL",
        "NAS_LINT_ALLOW_PRIVATE",
        "HTTP_PROXY",
        "http_proxy",
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
        "NO_PROXY",
        "no_proxy",
    ] {
        command.env_remove(name);
    }
    command.env("NAS_LINT_CONFIRM_INTERVAL_MS", "10");
    command
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
    let output = command(dir.path())
        .args([
            "README.md",
            "--links",
            "--no-cache",
            "--remap",
            "([ unclosed",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--remap"));
}

#[test]
fn a_config_that_remaps_the_api_never_gets_the_token() {
    let (base, _, log) = start_logged_server();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), LIST).unwrap();
    // What a pull request could commit: the API sent to its own server.
    std::fs::write(
        dir.path().join("nas-lint.toml"),
        format!("[links]\nremap = ['^https://api\\.github\\.com/(.*)$ {base}/api/$1']\n"),
    )
    .unwrap();
    let github = format!(r"^https://github\.com/(.*)$ {base}/gh/$1");
    let site = format!(r"^https://papers\.test/(.*)$ {base}/site/$1");
    let output = command(dir.path())
        .args(["README.md", "--links", "--no-cache", "--allow-private"])
        .args(["--remap", &github, "--remap", &site])
        .env("GITHUB_TOKEN", "secret-token")
        .output()
        .unwrap();
    assert!(output.status.code().is_some());
    let log = log.lock().unwrap().clone();
    assert!(
        log.iter().any(|(path, _)| path.starts_with("/api/")),
        "the remap was honoured: {log:?}"
    );
    assert!(
        log.iter().all(|(_, authorized)| !authorized),
        "the token never left for the remapped API: {log:?}"
    );
}

#[test]
fn allow_private_in_a_config_file_is_refused() {
    let (base, requests) = start_server();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), LIST).unwrap();
    std::fs::write(
        dir.path().join("nas-lint.toml"),
        "[links]\nenabled = true\nallow-private = true\n",
    )
    .unwrap();
    let output = nas_lint(dir.path(), &base, &[]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("allow-private"), "{stderr}");
    assert!(stderr.contains("--allow-private"), "{stderr}");
    assert_eq!(requests.load(Ordering::SeqCst), 0);

    // From the environment it is honoured, as --allow-private is.
    std::fs::remove_file(dir.path().join("nas-lint.toml")).unwrap();
    let github = format!(r"^https://github\.com/(.*)$ {base}/gh/$1");
    let site = format!(r"^https://papers\.test/(.*)$ {base}/site/$1");
    let output = command(dir.path())
        .args(["README.md", "--links", "--no-cache", "--format", "json"])
        .args(["--remap", &github, "--remap", &site])
        .env("NAS_LINT_ALLOW_PRIVATE", "1")
        .output()
        .unwrap();
    assert!(findings(&output).contains(&("dead-link".into(), 4, "error".into())));
}

#[test]
fn no_links_wins_over_the_config_and_fix_checks_once() {
    let (base, requests) = start_server();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), LIST).unwrap();
    std::fs::write(
        dir.path().join("nas-lint.toml"),
        format!(
            "[links]\nenabled = true\nremap = ['^https://github\\.com/(.*)$ {base}/gh/$1', \
             '^https://papers\\.test/(.*)$ {base}/site/$1']\n"
        ),
    )
    .unwrap();
    let output = command(dir.path())
        .args(["README.md", "--no-links", "--format", "json", "--no-cache"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(requests.load(Ordering::SeqCst), 0, "--no-links: no request");

    let lint = command(dir.path())
        .args(["README.md", "--allow-private", "--no-cache"])
        .output()
        .unwrap();
    assert_eq!(lint.status.code(), Some(1));
    let once = requests.swap(0, Ordering::SeqCst);
    assert!(once > 0);
    let fix = command(dir.path())
        .args(["README.md", "--allow-private", "--no-cache", "--fix"])
        .output()
        .unwrap();
    assert_eq!(fix.status.code(), Some(1), "the dead link remains");
    assert_eq!(
        requests.load(Ordering::SeqCst),
        once,
        "--fix asks what a lint asks, once: the fixed text is judged from the same answers"
    );
    let text = std::fs::read_to_string(dir.path().join("README.md")).unwrap();
    assert!(text.contains("github.com/renamed/repo"));
}

#[test]
fn files_of_one_run_share_one_check() {
    let (base, requests) = start_server();
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.md", "b.md", "c.md"] {
        std::fs::write(dir.path().join(name), LIST).unwrap();
    }
    let github = format!(r"^https://github\.com/(.*)$ {base}/gh/$1");
    let site = format!(r"^https://papers\.test/(.*)$ {base}/site/$1");
    let cache = dir.path().join("cache");
    let output = command(dir.path())
        .args([
            "a.md",
            "b.md",
            "c.md",
            "--links",
            "--allow-private",
            "--format",
            "json",
        ])
        .args(["--remap", &github, "--remap", &site])
        .arg("--cache-dir")
        .arg(&cache)
        .output()
        .unwrap();
    assert_eq!(findings(&output).len(), 6, "two findings in each file");
    let single = {
        let (base, requests) = start_server();
        let github = format!(r"^https://github\.com/(.*)$ {base}/gh/$1");
        let site = format!(r"^https://papers\.test/(.*)$ {base}/site/$1");
        command(dir.path())
            .args(["a.md", "--links", "--allow-private", "--no-cache"])
            .args(["--remap", &github, "--remap", &site])
            .output()
            .unwrap();
        requests.load(Ordering::SeqCst)
    };
    let three = requests.load(Ordering::SeqCst);
    assert_eq!(
        three, single,
        "three files with the same links ask what one asks"
    );
    let saved = std::fs::read_to_string(cache.join("links-v1.json")).unwrap();
    assert!(saved.contains("papers.test/ok"), "{saved}");
    assert!(
        saved.contains("github:renamed/repo") || saved.contains("github:old/repo"),
        "{saved}"
    );
}

const SUPPRESSED: &str = "<!-- nas-lint-disable dead-link -->
| Paper Title | Conference | Code | Date |
|---|---|---|---|
| [Gone](https://papers.test/missing) | CVPR 2021 | - | 2021 |
| [Alive](https://papers.test/ok) | CVPR 2021 | - | 2021 |
";

#[test]
fn a_link_rule_suppression_is_judged_only_when_links_are_checked() {
    let (base, _) = start_server();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), SUPPRESSED).unwrap();
    let offline = command(dir.path())
        .args(["README.md", "--format", "json", "--fail-on", "warning"])
        .output()
        .unwrap();
    assert_eq!(findings(&offline), vec![], "nothing to judge it by offline");
    assert_eq!(offline.status.code(), Some(0));

    let online = nas_lint(dir.path(), &base, &["--allow-private"]);
    assert_eq!(findings(&online), vec![], "it silences the dead link");

    std::fs::write(
        dir.path().join("README.md"),
        SUPPRESSED.replace("papers.test/missing", "papers.test/ok"),
    )
    .unwrap();
    let stale = nas_lint(dir.path(), &base, &["--allow-private"]);
    assert_eq!(
        findings(&stale),
        vec![("unused-suppression".into(), 1, "warning".into())],
        "the link lives now: the comment is stale"
    );
}

#[test]
fn one_run_writes_json_and_sarif_from_one_link_check() {
    let (base, requests) = start_server();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), LIST).unwrap();
    let sarif = dir.path().join("out.sarif");
    let both = nas_lint(
        dir.path(),
        &base,
        &["--allow-private", "--sarif-file", sarif.to_str().unwrap()],
    );
    assert_eq!(findings(&both).len(), 2);
    let asked_once = requests.swap(0, Ordering::SeqCst);

    let alone = command(dir.path())
        .args([
            "README.md",
            "--links",
            "--no-cache",
            "--allow-private",
            "--format",
            "sarif",
        ])
        .args([
            "--remap",
            &format!(r"^https://github\.com/(.*)$ {base}/gh/$1"),
        ])
        .args([
            "--remap",
            &format!(r"^https://papers\.test/(.*)$ {base}/site/$1"),
        ])
        .output()
        .unwrap();
    assert_eq!(
        std::fs::read_to_string(&sarif).unwrap(),
        String::from_utf8(alone.stdout).unwrap(),
        "the SARIF file is the SARIF report of the same findings"
    );
    assert_eq!(requests.load(Ordering::SeqCst), asked_once);
}

#[test]
fn the_environments_proxy_is_used() {
    for variable in ["HTTP_PROXY", "http_proxy", "ALL_PROXY"] {
        let (base, _, log) = start_logged_server();
        let dir = tempfile::tempdir().unwrap();
        let list = "| Paper Title | Conference | Code | Date |
|---|---|---|---|
| [Alive](http://papers.example/site/ok) | CVPR 2021 | - | 2021 |
| [Gone](http://papers.example/site/missing) | CVPR 2021 | - | 2021 |
";
        std::fs::write(dir.path().join("README.md"), list).unwrap();
        let output = command(dir.path())
            .args(["README.md", "--links", "--no-cache", "--format", "json"])
            .env(variable, &base)
            .output()
            .unwrap();
        assert_eq!(
            findings(&output),
            vec![("dead-link".into(), 4, "error".into())],
            "{variable}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let log = log.lock().unwrap().clone();
        assert!(
            log.iter()
                .any(|(target, _)| target == "http://papers.example/site/ok"),
            "{variable}: the proxy was asked: {log:?}"
        );
    }
}

#[test]
fn with_a_token_github_is_asked_through_the_graphql_url_of_the_environment() {
    let (base, _, log) = start_logged_server();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), LIST).unwrap();
    let output = command(dir.path())
        .args([
            "README.md",
            "--links",
            "--no-cache",
            "--allow-private",
            "--format",
            "json",
        ])
        .args([
            "--remap",
            &format!(r"^https://papers\.test/(.*)$ {base}/site/$1"),
        ])
        .env("GITHUB_TOKEN", "secret-token")
        .env("GITHUB_API_URL", format!("{base}/api/v3"))
        .env("GITHUB_GRAPHQL_URL", format!("{base}/graphql"))
        .output()
        .unwrap();
    let found = findings(&output);
    assert!(
        found.contains(&("moved-link".into(), 3, "warning".into())),
        "{found:?}"
    );
    assert!(
        found.contains(&("archived-repo".into(), 3, "info".into())),
        "{found:?}"
    );
    let log = log.lock().unwrap().clone();
    let graphql: Vec<_> = log.iter().filter(|(path, _)| path == "/graphql").collect();
    assert_eq!(graphql.len(), 1, "{log:?}");
    assert!(
        graphql[0].1,
        "the token goes to GITHUB_GRAPHQL_URL's origin"
    );
    assert!(
        log.iter()
            .all(|(path, authorized)| !authorized || path == "/graphql"),
        "and nowhere else: {log:?}"
    );
}

#[test]
fn no_proxy_sends_its_hosts_straight_to_them() {
    let (base, _, direct) = start_logged_server();
    let (proxy, _, proxied) = start_logged_server();
    let dir = tempfile::tempdir().unwrap();
    let list = format!(
        "| Paper Title | Conference | Code | Date |\n|---|---|---|---|\n| [Alive]({base}/site/ok) | CVPR 2021 | - | 2021 |\n"
    );
    std::fs::write(dir.path().join("README.md"), list).unwrap();
    for (proxy_variable, no_proxy_variable) in
        [("HTTP_PROXY", "NO_PROXY"), ("http_proxy", "no_proxy")]
    {
        let output = command(dir.path())
            .args([
                "README.md",
                "--links",
                "--no-cache",
                "--allow-private",
                "--format",
                "json",
            ])
            .env(proxy_variable, &proxy)
            .env(no_proxy_variable, "127.0.0.1")
            .output()
            .unwrap();
        assert_eq!(findings(&output), vec![], "{proxy_variable}");
    }
    assert_eq!(
        direct.lock().unwrap().len(),
        2,
        "asked directly, once a run"
    );
    assert!(
        proxied.lock().unwrap().is_empty(),
        "the proxy was passed by"
    );
}
