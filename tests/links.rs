//! Link checking against real HTTP servers on 127.0.0.1, started inside
//! each test: they speak like arXiv's API (Atom) and abstract pages,
//! GitHub's pages and REST API, and a few ordinary hosts (a slow one, one
//! that answers 429 with Retry-After, one behind a bot wall). Remaps point
//! the real host names at them, as a user would point them at a mirror.
//!
//! Every test asserts the findings and the requests the servers saw.
//! Nothing here touches the network beyond this machine.

use nas_lint::links::{check_links, LinkOptions, LinkReport, Progress, ProxyChoice, Remap, Url};
use nas_lint::{Diagnostic, Knowledge};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

// ---------------------------------------------------------------------------
// A small HTTP/1.1 server: one thread per connection, `Connection: close`.

#[derive(Debug, Clone)]
struct Seen {
    /// When the request arrived.
    at: std::time::Instant,
    method: String,
    /// Path and query, as sent.
    target: String,
    headers: Vec<(String, String)>,
    body: String,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
    delay: Duration,
}

impl Reply {
    fn status(status: u16) -> Self {
        Reply {
            status,
            headers: Vec::new(),
            body: String::new(),
            delay: Duration::ZERO,
        }
    }

    fn ok(body: impl Into<String>) -> Self {
        Reply {
            body: body.into(),
            ..Reply::status(200)
        }
    }

    fn header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.headers.push((name.to_string(), value.into()));
        self
    }

    fn body(mut self, body: impl Into<String>) -> Self {
        self.body = body.into();
        self
    }

    fn after(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }
}

type Handler = dyn Fn(&Seen, usize) -> Reply + Send + Sync;

struct Server {
    addr: SocketAddr,
    log: Arc<Mutex<Vec<Seen>>>,
    stop: Arc<AtomicBool>,
}

impl Server {
    /// `handler` gets the request and how many requests with the same
    /// method and target came before it (for "fail once, then succeed").
    fn start(handler: impl Fn(&Seen, usize) -> Reply + Send + Sync + 'static) -> Server {
        Server::start_on("127.0.0.1:0", handler)
    }

    /// On another loopback address (127.0.0.2 is another host to a client).
    fn start_on(
        address: &str,
        handler: impl Fn(&Seen, usize) -> Reply + Send + Sync + 'static,
    ) -> Server {
        let listener = TcpListener::bind(address).expect("bind a loopback address");
        let addr = listener.local_addr().unwrap();
        let log = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let handler: Arc<Handler> = Arc::new(handler);
        let (thread_log, thread_stop) = (log.clone(), stop.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if thread_stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (log, handler) = (thread_log.clone(), handler.clone());
                std::thread::spawn(move || answer(stream, &log, &*handler));
            }
        });
        Server { addr, log, stop }
    }

    fn base(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn seen(&self) -> Vec<Seen> {
        self.log.lock().unwrap().clone()
    }

    fn count(&self, prefix: &str) -> usize {
        self.seen()
            .iter()
            .filter(|s| s.target.starts_with(prefix))
            .count()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so that it sees the flag.
        let _ = TcpStream::connect(self.addr);
    }
}

fn answer(stream: TcpStream, log: &Mutex<Vec<Seen>>, handler: &Handler) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut reader = BufReader::new(stream.try_clone().expect("clone stream"));
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let mut parts = line.split_whitespace();
    let (method, target) = match (parts.next(), parts.next()) {
        (Some(m), Some(t)) => (m.to_string(), t.to_string()),
        _ => return,
    };
    let mut headers = Vec::new();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            headers.push((name.trim().to_string(), value.trim().to_string()));
        }
    }
    let length: usize = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0u8; length];
    let _ = std::io::Read::read_exact(&mut reader, &mut body);
    let seen = Seen {
        at: std::time::Instant::now(),
        method,
        target,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    };
    let before = {
        let mut log = log.lock().unwrap();
        let before = log
            .iter()
            .filter(|s| s.method == seen.method && s.target == seen.target)
            .count();
        log.push(seen.clone());
        before
    };
    let reply = handler(&seen, before);
    std::thread::sleep(reply.delay);
    let mut head = format!(
        "HTTP/1.1 {} X\r\nContent-Length: {}\r\nConnection: close\r\n",
        reply.status,
        reply.body.len()
    );
    for (name, value) in &reply.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let mut stream = stream;
    let _ = stream.write_all(head.as_bytes());
    if seen.method != "HEAD" {
        let _ = stream.write_all(reply.body.as_bytes());
    }
    let _ = stream.flush();
}

// ---------------------------------------------------------------------------
// The sites.

/// A fake internet: arXiv (API and abstract pages), GitHub (pages and API)
/// and ordinary hosts `*.test`, each under its own path prefix.
#[derive(Default, Clone)]
struct Web {
    /// arXiv id -> title.
    papers: HashMap<String, String>,
    /// Ids the API calls malformed (it answers the "Error" entry).
    malformed: Vec<String>,
    /// How many first API requests answer "Rate exceeded.".
    api_throttled_first: usize,
    /// `owner/name` (lower case) -> what GitHub says.
    repos: HashMap<String, Repo>,
    /// Where the API's cross-origin redirect goes (the token-leak test).
    elsewhere: Option<String>,
}

#[derive(Clone, Debug)]
enum Repo {
    Alive,
    Archived,
    /// Renamed or transferred to this `owner/name`.
    Moved(String),
    Gone,
    Blocked,
    /// 429 with `Retry-After: 0` on the first request, then alive.
    BusyOnce,
    /// The API's primary rate limit, reset an hour from now.
    RateLimited,
    /// The API redirects to another origin.
    Leaky,
}

impl Web {
    fn serve(self) -> Server {
        Server::start(move |seen, before| self.reply(seen, before))
    }

    fn reply(&self, seen: &Seen, before: usize) -> Reply {
        let target = seen.target.as_str();
        if let Some(query) = target.strip_prefix("/arxiv-api/api/query?") {
            return self.arxiv_api(query);
        }
        if let Some(id) = target.strip_prefix("/arxiv/abs/") {
            return match self.papers.get(id) {
                Some(title) => Reply::ok(format!(
                    r#"<html><head><meta name="citation_title" content="{}" /></head></html>"#,
                    title.replace('"', "&quot;")
                )),
                None => Reply::status(404).body("Article does not exist"),
            };
        }
        if target == "/github-graphql" && seen.method == "POST" {
            return self.github_graphql(&seen.body);
        }
        if let Some(path) = target.strip_prefix("/github-api/") {
            return self.github_api(path);
        }
        if let Some(path) = target.strip_prefix("/github/") {
            return self.github_page(path, before);
        }
        if let Some(rest) = target.strip_prefix("/site/") {
            let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
            return site(host, path, &seen.method, before);
        }
        Reply::status(404)
    }

    fn arxiv_api(&self, query: &str) -> Reply {
        let params: HashMap<&str, &str> =
            query.split('&').filter_map(|p| p.split_once('=')).collect();
        let ids: Vec<&str> = params
            .get("id_list")
            .map_or(Vec::new(), |l| l.split(',').collect());
        if let Some(bad) = ids
            .iter()
            .find(|id| self.malformed.iter().any(|m| m == *id))
        {
            return Reply::ok(feed(&[(
                format!("http://arxiv.org/api/errors#incorrect_id_format_for_{bad}"),
                "Error".to_string(),
            )]));
        }
        // Entries come in no particular order: here, reversed.
        let entries: Vec<(String, String)> = ids
            .iter()
            .rev()
            .filter_map(|id| {
                let title = self.papers.get(*id)?;
                Some((format!("http://arxiv.org/abs/{id}v2"), title.clone()))
            })
            .collect();
        Reply::ok(feed(&entries)).header("Content-Type", "application/atom+xml")
    }

    fn github_page(&self, path: &str, before: usize) -> Reply {
        let key = path.trim_end_matches('/').to_ascii_lowercase();
        match self.repos.get(&key) {
            Some(Repo::Alive | Repo::Archived | Repo::RateLimited | Repo::Leaky) => {
                Reply::ok("<html>repo</html>")
            }
            Some(Repo::Moved(to)) => {
                Reply::status(301).header("Location", format!("https://github.com/{to}"))
            }
            Some(Repo::Blocked) => Reply::status(451),
            Some(Repo::BusyOnce) if before == 0 => Reply::status(429).header("Retry-After", "0"),
            Some(Repo::BusyOnce) => Reply::ok("<html>repo</html>"),
            Some(Repo::Gone) | None => Reply::status(404),
        }
    }

    /// GitHub's GraphQL API: `rN: repository(owner: "o", name: "n")`
    /// aliases, answered from `repos`. Repositories it cannot speak of
    /// (legal blocks, the leak test's) get an error that is not NOT_FOUND.
    fn github_graphql(&self, body: &str) -> Reply {
        let request: serde_json::Value = serde_json::from_str(body).expect("a JSON body");
        let query = request["query"].as_str().expect("a query");
        let alias = regex::Regex::new(r#"(r\d+): repository\(owner: "([^"]+)", name: "([^"]+)"\)"#)
            .unwrap();
        let mut data = serde_json::Map::new();
        let mut errors = Vec::new();
        for found in alias.captures_iter(query) {
            let (alias, name) = (&found[1], format!("{}/{}", &found[2], &found[3]));
            let node = |full: &str, archived: bool| serde_json::json!({"nameWithOwner": full, "isArchived": archived});
            let value = match self.repos.get(&name.to_ascii_lowercase()) {
                Some(Repo::Alive | Repo::BusyOnce) => node(&name, false),
                Some(Repo::Archived) => node(&name, true),
                Some(Repo::Moved(to)) => node(to, false),
                Some(Repo::RateLimited) => {
                    let reset = std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .unwrap()
                        .as_secs()
                        + 3600;
                    return Reply::status(403)
                        .header("x-ratelimit-remaining", "0")
                        .header("x-ratelimit-reset", reset.to_string())
                        .body(r#"{"message": "API rate limit exceeded"}"#);
                }
                Some(Repo::Blocked | Repo::Leaky) => {
                    errors.push(serde_json::json!({
                        "type": "FORBIDDEN", "path": [alias], "message": "Repository access blocked"
                    }));
                    serde_json::Value::Null
                }
                Some(Repo::Gone) | None => {
                    errors.push(serde_json::json!({
                        "type": "NOT_FOUND", "path": [alias],
                        "message": format!("Could not resolve to a Repository with the name '{name}'.")
                    }));
                    serde_json::Value::Null
                }
            };
            data.insert(alias.to_string(), value);
        }
        let mut answer = serde_json::json!({ "data": data });
        if !errors.is_empty() {
            answer["errors"] = serde_json::Value::Array(errors);
        }
        Reply::ok(answer.to_string())
    }

    fn github_api(&self, path: &str) -> Reply {
        let json = |full_name: &str, archived: bool| {
            Reply::ok(format!(
                r#"{{"id": 42, "full_name": "{full_name}", "archived": {archived}, "html_url": "https://github.com/{full_name}"}}"#
            ))
        };
        if let Some(id) = path.strip_prefix("repositories/") {
            let to = self.repos.values().find_map(|r| match r {
                Repo::Moved(to) if id == "42" => Some(to.clone()),
                _ => None,
            });
            return match to {
                Some(to) => json(&to, false),
                None => Reply::status(404),
            };
        }
        let Some(name) = path.strip_prefix("repos/") else {
            return Reply::status(404);
        };
        match self.repos.get(&name.to_ascii_lowercase()) {
            Some(Repo::Alive | Repo::BusyOnce) => json(name, false),
            Some(Repo::Archived) => json(name, true),
            Some(Repo::Moved(_)) => Reply::status(301)
                .header("Location", "https://api.github.com/repositories/42")
                .body(r#"{"message": "Moved Permanently"}"#),
            Some(Repo::Blocked) => Reply::status(451)
                .body(r#"{"message": "Repository access blocked", "block": {"reason": "dmca"}}"#),
            Some(Repo::RateLimited) => {
                let reset = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_secs()
                    + 3600;
                Reply::status(403)
                    .header("x-ratelimit-remaining", "0")
                    .header("x-ratelimit-reset", reset.to_string())
                    .body(r#"{"message": "API rate limit exceeded"}"#)
            }
            Some(Repo::Leaky) => Reply::status(302).header(
                "Location",
                self.elsewhere
                    .clone()
                    .expect("a second server for the leak test"),
            ),
            Some(Repo::Gone) | None => Reply::status(404).body(r#"{"message": "Not Found"}"#),
        }
    }
}

/// Ordinary hosts, by name.
fn site(host: &str, path: &str, method: &str, before: usize) -> Reply {
    match (host, path) {
        ("pages.test", "ok") => Reply::ok("fine"),
        ("pages.test", "gone") => Reply::status(404),
        ("pages.test", "removed") => Reply::status(410),
        ("pages.test", "no-head") if method == "HEAD" => Reply::status(405),
        ("pages.test", "no-head") => Reply::ok("fine"),
        // Some servers answer HEAD wrongly; GET tells the truth.
        ("pages.test", "head-lies") if method == "HEAD" => Reply::status(404),
        ("pages.test", "head-lies") => Reply::ok("fine"),
        ("pages.test", "broken") => Reply::status(500),
        ("pages.test", hops) if hops.starts_with("hops/") => {
            let left: usize = hops["hops/".len()..].parse().unwrap();
            if left == 0 {
                Reply::ok("arrived")
            } else {
                Reply::status(302).header("Location", format!("/site/pages.test/hops/{}", left - 1))
            }
        }
        ("slow.test", _) => Reply::ok("late").after(Duration::from_millis(1500)),
        // A site being deployed: 404 at first, back a moment later.
        ("deploying.test", _) if before == 0 => Reply::status(404),
        ("deploying.test", _) => Reply::ok("fine"),
        ("patient.test", _) if before == 0 => Reply::status(429).header("Retry-After", "1"),
        ("patient.test", _) => Reply::ok("fine"),
        ("busy.test", _) => Reply::status(429).header("Retry-After", "0"),
        ("walled.test", _) => Reply::status(403).body("Access Denied"),
        _ => Reply::status(404),
    }
}

fn feed(entries: &[(String, String)]) -> String {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <link href="http://arxiv.org/api/query" rel="self" type="application/atom+xml"/>
  <title type="html">ArXiv Query: id_list</title>
  <id>http://arxiv.org/api/feed</id>
"#,
    );
    xml.push_str(&format!(
        "  <opensearch:totalResults>{}</opensearch:totalResults>\n",
        entries.len()
    ));
    for (id, title) in entries {
        // Titles come hard-wrapped.
        let wrapped = escape(title).replacen(' ', "\n    ", 1);
        xml.push_str(&format!(
            "  <entry>\n    <id>{id}</id>\n    <title>{wrapped}</title>\n    <summary>Abstract.</summary>\n    <author><name>A. Author</name></author>\n    <arxiv:primary_category term=\"cs.LG\"/>\n  </entry>\n"
        ));
    }
    xml.push_str("</feed>\n");
    xml
}

// ---------------------------------------------------------------------------
// Helpers.

/// Options for tests: real manners, short waits, and remaps that send
/// arXiv, GitHub and `*.test` hosts to `server`.
fn options(server: &Server) -> LinkOptions {
    let base = server.base();
    let remap = |pattern: &str, to: &str| Remap::parse(&format!("{pattern} {base}{to}")).unwrap();
    LinkOptions {
        arxiv_interval: Duration::from_millis(1),
        host_interval: Duration::ZERO,
        timeout: Duration::from_secs(3),
        retries: 1,
        retry_base: Duration::from_millis(10),
        max_retry_wait: Duration::from_secs(5),
        allow_private: true,
        confirm_interval: Duration::from_millis(10),
        proxy: ProxyChoice::Direct,
        github_api: Url::parse(&format!("{base}/github-api")).unwrap(),
        github_graphql: Url::parse(&format!("{base}/github-graphql")).unwrap(),
        remaps: vec![
            remap(r"^https?://export\.arxiv\.org/(.*)$", "/arxiv-api/$1"),
            remap(r"^https?://arxiv\.org/(.*)$", "/arxiv/$1"),
            remap(r"^https?://api\.github\.com/(.*)$", "/github-api/$1"),
            remap(r"^https?://github\.com/(.*)$", "/github/$1"),
            remap(r"^https?://([a-z.]+\.test)/(.*)$", "/site/$1/$2"),
        ],
        ..LinkOptions::default()
    }
}

const HEADER: &str =
    "| Paper Title | Conference | Strategy | Code | Date |\n|---|---|---|---|---|\n";

/// A paper table: (title, paper link, code link).
fn table(rows: &[(&str, &str, &str)]) -> String {
    let mut text = String::from(HEADER);
    for (title, paper, code) in rows {
        let code = if code.is_empty() {
            "-".to_string()
        } else {
            format!("[Code]({code})")
        };
        text.push_str(&format!(
            "| [{title}]({paper}) | ICLR 2021 | Gradient | {code} | 2021 |\n"
        ));
    }
    text
}

fn check(text: &str, options: &LinkOptions) -> LinkReport {
    let knowledge = Knowledge::builtin().unwrap();
    let document = nas_lint::document::parse(text, &knowledge.columns);
    check_links(&document, options, None).expect("the checker starts")
}

/// (rule, the link's URL) of each finding.
fn found<'t>(text: &'t str, report: &LinkReport) -> Vec<(&'static str, &'t str)> {
    report
        .diagnostics
        .iter()
        .map(|d| (d.rule, url_of(text, d)))
        .collect()
}

fn url_of<'t>(text: &'t str, d: &Diagnostic) -> &'t str {
    let link = d.span.slice(text);
    link.rsplit_once("](")
        .map_or(link, |(_, url)| url.trim_end_matches(')'))
}

fn finding<'a>(report: &'a LinkReport, rule: &str, text: &str, url: &str) -> &'a Diagnostic {
    report
        .diagnostics
        .iter()
        .find(|d| d.rule == rule && url_of(text, d) == url)
        .unwrap_or_else(|| panic!("no {rule} on {url}: {:#?}", report.diagnostics))
}

fn papers(list: &[(&str, &str)]) -> HashMap<String, String> {
    list.iter()
        .map(|(id, title)| (id.to_string(), title.to_string()))
        .collect()
}

// ---------------------------------------------------------------------------
// arXiv.

#[test]
fn arxiv_links_are_batched_by_the_hundred_and_each_id_asked_once() {
    let ids: Vec<String> = (1..=150).map(|n| format!("2101.{n:05}")).collect();
    let web = Web {
        papers: ids
            .iter()
            .map(|id| (id.clone(), format!("Paper Number {id}")))
            .collect(),
        ..Web::default()
    };
    let server = web.serve();
    // Each paper twice, in two URL forms and versions.
    let mut rows = Vec::new();
    for id in &ids {
        rows.push((
            format!("Paper number {id}"),
            format!("https://arxiv.org/abs/{id}"),
        ));
        rows.push((
            format!("PAPER NUMBER {id}"),
            format!("https://arxiv.org/pdf/{id}v2.pdf"),
        ));
    }
    let rows: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|(t, u)| (t.as_str(), u.as_str(), ""))
        .collect();
    let text = table(&rows);
    let report = check(&text, &options(&server));

    assert_eq!(
        found(&text, &report),
        vec![],
        "every paper is alive and named right"
    );
    assert_eq!(report.targets, 150);
    let api: Vec<Seen> = server
        .seen()
        .into_iter()
        .filter(|s| s.target.starts_with("/arxiv-api/"))
        .collect();
    assert_eq!(api.len(), 2, "150 ids in two requests");
    assert_eq!(report.requests, 2);
    let mut sizes: Vec<usize> = api
        .iter()
        .map(|s| {
            let query = s.target.split_once('?').unwrap().1;
            let ids = query
                .split('&')
                .find_map(|p| p.strip_prefix("id_list="))
                .unwrap();
            let max = query
                .split('&')
                .find_map(|p| p.strip_prefix("max_results="))
                .unwrap();
            let count = ids.split(',').count();
            assert_eq!(max, count.to_string(), "max_results covers the batch");
            assert!(!ids.contains('v'), "ids are asked without version: {ids}");
            count
        })
        .collect();
    sizes.sort();
    assert_eq!(sizes, vec![50, 100]);
}

#[test]
fn a_row_linking_another_paper_and_a_missing_id_are_reported() {
    let web = Web {
        papers: papers(&[
            (
                "2010.00969",
                "DOTS: Decoupling Operation and Topology in Differentiable Architecture Search",
            ),
            (
                "2009.11532",
                r"$\beta$-DARTS: Beta-Decay Regularization for Differentiable Architecture Search",
            ),
        ]),
        ..Web::default()
    };
    let server = web.serve();
    let neas = "https://arxiv.org/pdf/2010.00969v3.pdf";
    let missing = "https://arxiv.org/abs/2312.99999";
    let text = table(&[
        (
            "One-Shot Neural Ensemble Architecture Search by Diversity-Guided Search Space Shrinking",
            neas,
            "",
        ),
        (
            "DOTS: Decoupling Operation and Topology in Differentiable Architecture Search",
            "https://arxiv.org/abs/2010.00969",
            "",
        ),
        (
            "β-DARTS: Beta-Decay Regularization for Differentiable Architecture Search",
            "https://arxiv.org/abs/2009.11532",
            "",
        ),
        ("A Paper That Never Was", missing, ""),
    ]);
    let report = check(&text, &options(&server));

    assert_eq!(
        found(&text, &report),
        vec![("arxiv-title-mismatch", neas), ("dead-link", missing)]
    );
    let mismatch = finding(&report, "arxiv-title-mismatch", &text, neas);
    assert!(
        mismatch.message.contains("DOTS: Decoupling"),
        "{}",
        mismatch.message
    );
    let dead = finding(&report, "dead-link", &text, missing);
    assert!(dead.message.contains("2312.99999"), "{}", dead.message);
    assert_eq!(server.count("/arxiv-api/"), 1);
    assert_eq!(
        server.count("/arxiv/abs/"),
        1,
        "only the missing id is confirmed on its abstract page"
    );
}

#[test]
fn the_apis_error_entry_sets_one_id_aside_and_a_throttled_answer_is_retried() {
    let web = Web {
        papers: papers(&[("2101.00001", "First Paper"), ("2101.00003", "Third Paper")]),
        malformed: vec!["2101.00002".to_string()],
        ..Web::default()
    };
    let server = web.serve();
    let text = table(&[
        ("First Paper", "https://arxiv.org/abs/2101.00001", ""),
        ("Second Paper", "https://arxiv.org/abs/2101.00002", ""),
        ("Third Paper", "https://arxiv.org/abs/2101.00003", ""),
    ]);
    let report = check(&text, &options(&server));

    assert_eq!(
        found(&text, &report),
        vec![("unverified-link", "https://arxiv.org/abs/2101.00002")],
        "an Error entry is not a paper titled \"Error\", and not a dead link"
    );
    assert_eq!(
        server.count("/arxiv-api/"),
        2,
        "the batch, then the batch without the bad id"
    );

    // A throttled API ("Rate exceeded.") is asked again, not believed.
    let throttled = Server::start({
        let web = Web {
            papers: papers(&[("2101.00001", "First Paper")]),
            api_throttled_first: 1,
            ..Web::default()
        };
        move |seen, before| {
            if seen.target.starts_with("/arxiv-api/") && before < web.api_throttled_first {
                return Reply::status(429)
                    .header("Retry-After", "0")
                    .body("Rate exceeded.");
            }
            web.reply(seen, before)
        }
    });
    let text = table(&[("First Paper", "https://arxiv.org/abs/2101.00001", "")]);
    let report = check(&text, &options(&throttled));
    assert_eq!(found(&text, &report), vec![]);
    assert_eq!(throttled.count("/arxiv-api/"), 2);
}

// ---------------------------------------------------------------------------
// GitHub.

fn repos(list: &[(&str, Repo)]) -> HashMap<String, Repo> {
    list.iter()
        .map(|(name, repo)| (name.to_ascii_lowercase(), repo.clone()))
        .collect()
}

#[test]
fn github_pages_tell_dead_moved_and_blocked_repositories() {
    let web = Web {
        repos: repos(&[
            ("alive-owner/alive", Repo::Alive),
            ("gone/repo", Repo::Gone),
            ("legal/blocked", Repo::Blocked),
            (
                "old-owner/old-name",
                Repo::Moved("new-owner/new-name".into()),
            ),
            ("busy/repo", Repo::BusyOnce),
        ]),
        ..Web::default()
    };
    let server = web.serve();
    let moved = "https://github.com/old-owner/old-name/tree/main/search";
    let text = table(&[
        (
            "A",
            "https://pages.test/ok",
            "https://github.com/Alive-Owner/Alive",
        ),
        (
            "B",
            "https://pages.test/ok",
            "https://github.com/alive-owner/alive/tree/main/x",
        ),
        ("C", "https://pages.test/ok", "https://github.com/gone/repo"),
        (
            "D",
            "https://pages.test/ok",
            "https://github.com/legal/blocked",
        ),
        ("E", "https://pages.test/ok", moved),
        ("F", "https://pages.test/ok", "https://github.com/busy/repo"),
    ]);
    let report = check(&text, &options(&server));

    assert_eq!(
        found(&text, &report),
        vec![
            ("dead-link", "https://github.com/gone/repo"),
            ("dead-link", "https://github.com/legal/blocked"),
            ("moved-link", moved),
        ]
    );
    let legal = finding(
        &report,
        "dead-link",
        &text,
        "https://github.com/legal/blocked",
    );
    assert!(legal.message.contains("legal"), "{}", legal.message);

    // The fix rewrites the owner and name and keeps the path.
    let fix = finding(&report, "moved-link", &text, moved)
        .fix
        .clone()
        .expect("a fix");
    assert_eq!(fix.applicability, nas_lint::Applicability::Safe);
    let fixed = nas_lint::fix::apply_edits(&text, &fix.edits.iter().collect::<Vec<_>>());
    assert!(fixed.contains("[Code](https://github.com/new-owner/new-name/tree/main/search)"));

    let alive = server
        .seen()
        .iter()
        .filter(|s| s.target.eq_ignore_ascii_case("/github/alive-owner/alive"))
        .count();
    assert_eq!(alive, 1, "case-folded, checked once");
    assert_eq!(
        server.count("/github/gone/repo"),
        2,
        "a 404 is confirmed once"
    );
    assert_eq!(
        server.count("/github/busy/repo"),
        2,
        "a 429 is retried after Retry-After"
    );
    assert_eq!(
        server.count("/site/pages.test/ok"),
        1,
        "one URL, six rows, one request"
    );
    assert!(
        server
            .seen()
            .iter()
            .all(|s| s.header("authorization").is_none()),
        "no token, no Authorization"
    );
}

#[test]
fn the_api_with_a_token_reports_archived_and_renamed_repositories() {
    let web = Web {
        repos: repos(&[
            ("live/repo", Repo::Alive),
            ("arch/ived", Repo::Archived),
            (
                "old-owner/old-name",
                Repo::Moved("new-owner/new-name".into()),
            ),
            ("gone/repo", Repo::Gone),
            ("legal/blocked", Repo::Blocked),
        ]),
        ..Web::default()
    };
    let server = web.serve();
    let mut options = options(&server);
    options.github_token = Some("secret-token".to_string());
    let text = table(&[
        ("A", "https://pages.test/ok", "https://github.com/live/repo"),
        ("B", "https://pages.test/ok", "https://github.com/arch/ived"),
        (
            "C",
            "https://pages.test/ok",
            "https://github.com/old-owner/old-name",
        ),
        ("D", "https://pages.test/ok", "https://github.com/gone/repo"),
        (
            "E",
            "https://pages.test/ok",
            "https://github.com/legal/blocked",
        ),
    ]);
    let report = check(&text, &options);

    assert_eq!(
        found(&text, &report),
        vec![
            ("archived-repo", "https://github.com/arch/ived"),
            ("moved-link", "https://github.com/old-owner/old-name"),
            ("dead-link", "https://github.com/gone/repo"),
            ("dead-link", "https://github.com/legal/blocked"),
        ]
    );
    let legal = finding(
        &report,
        "dead-link",
        &text,
        "https://github.com/legal/blocked",
    );
    assert!(legal.message.contains("dmca"), "{}", legal.message);
    assert_eq!(
        server.count("/github/"),
        0,
        "with a token, only the API is asked"
    );
    assert_eq!(
        server.count("/github-graphql"),
        2,
        "one GraphQL query for the five, and a second look at the missing one: {:?}",
        server
            .seen()
            .iter()
            .map(|s| (s.method.clone(), s.target.clone()))
            .collect::<Vec<_>>()
    );
    let rest: Vec<String> = server
        .seen()
        .iter()
        .filter(|s| s.target.starts_with("/github-api/"))
        .map(|s| s.target.clone())
        .collect();
    assert_eq!(
        rest,
        vec!["/github-api/repos/legal/blocked"],
        "REST only for what GraphQL would not tell"
    );
    for seen in server.seen() {
        let expected = (seen.target.starts_with("/github-api/")
            || seen.target == "/github-graphql")
            .then_some("Bearer secret-token");
        assert_eq!(seen.header("authorization"), expected, "{}", seen.target);
    }
}

#[test]
fn a_thousand_repositories_cost_at_most_twelve_requests() {
    let mut list: Vec<(String, Repo)> = Vec::new();
    for n in 0..1000 {
        let repo = match n % 200 {
            0 => Repo::Gone,
            1 => Repo::Archived,
            2 => Repo::Moved(format!("moved/repo{n}")),
            _ => Repo::Alive,
        };
        list.push((format!("owner{n}/repo{n}"), repo));
    }
    let web = Web {
        repos: list.iter().map(|(n, r)| (n.clone(), r.clone())).collect(),
        ..Web::default()
    };
    let server = web.serve();
    let mut options = options(&server);
    options.github_token = Some("secret-token".to_string());
    let links: Vec<String> = list
        .iter()
        .map(|(name, _)| format!("https://github.com/{name}"))
        .collect();
    let rows: Vec<(&str, &str, &str)> = links
        .iter()
        .map(|l| ("T", "https://pages.test/ok", l.as_str()))
        .collect();
    let text = table(&rows);
    let report = check(&text, &options);

    let count = |rule: &str| report.diagnostics.iter().filter(|d| d.rule == rule).count();
    assert_eq!(
        (
            count("dead-link"),
            count("archived-repo"),
            count("moved-link")
        ),
        (5, 5, 5)
    );
    assert_eq!(report.diagnostics.len(), 15);
    let graphql = server.count("/github-graphql");
    assert_eq!(
        graphql, 11,
        "10 queries of 100, and one second look at the 5 missing ones"
    );
    assert_eq!(server.count("/github-api/"), 0, "no REST request");
}

#[test]
fn the_token_never_reaches_another_host() {
    let elsewhere =
        Server::start(|_, _| Reply::ok(r#"{"full_name": "leaky/repo", "archived": false}"#));
    let web = Web {
        repos: repos(&[("leaky/repo", Repo::Leaky), ("live/repo", Repo::Alive)]),
        elsewhere: Some(format!("{}/collect", elsewhere.base())),
        ..Web::default()
    };
    let server = web.serve();
    let mut options = options(&server);
    options.github_token = Some("secret-token".to_string());
    let other = format!("{}/page", elsewhere.base());
    let text = table(&[
        ("A", &other, "https://github.com/leaky/repo"),
        ("B", "https://pages.test/ok", "https://github.com/live/repo"),
    ]);
    let report = check(&text, &options);

    assert_eq!(found(&text, &report), vec![]);
    assert_eq!(
        elsewhere.count("/collect"),
        1,
        "the API's redirect was followed..."
    );
    assert_eq!(elsewhere.count("/page"), 1, "an ordinary link to that host");
    assert!(
        elsewhere
            .seen()
            .iter()
            .all(|s| s.header("authorization").is_none()),
        "...without the token"
    );
    assert!(server
        .seen()
        .iter()
        .filter(|s| !s.target.starts_with("/github-api/") && s.target != "/github-graphql")
        .all(|s| s.header("authorization").is_none()));
    let debug = format!("{options:?}");
    assert!(!debug.contains("secret-token"), "{debug}");
}

#[test]
fn an_exhausted_rate_limit_is_unverified_with_its_reset_time() {
    let web = Web {
        repos: repos(&[
            ("limited/one", Repo::RateLimited),
            ("limited/two", Repo::RateLimited),
        ]),
        ..Web::default()
    };
    let server = web.serve();
    let mut options = options(&server);
    options.github_token = Some("secret-token".to_string());
    options.per_host_concurrency = 1;
    let text = table(&[
        (
            "A",
            "https://pages.test/ok",
            "https://github.com/limited/one",
        ),
        (
            "B",
            "https://pages.test/ok",
            "https://github.com/limited/two",
        ),
    ]);
    let report = check(&text, &options);

    assert_eq!(
        found(&text, &report),
        vec![
            ("unverified-link", "https://github.com/limited/one"),
            ("unverified-link", "https://github.com/limited/two"),
        ],
        "a rate limit is never a dead link"
    );
    let first = &report.diagnostics[0];
    assert!(first.message.contains("until"), "{}", first.message);
    assert_eq!(
        server.count("/github-graphql") + server.count("/github-api/"),
        1,
        "a reset an hour away is not waited for, and the API is not asked again"
    );
}

// ---------------------------------------------------------------------------
// Other hosts.

#[test]
fn ordinary_hosts_get_head_then_get_and_only_evidence_makes_a_link_dead() {
    let server = Web::default().serve();
    let mut options = options(&server);
    options.timeout = Duration::from_millis(300);
    let page = |p: &str| format!("https://pages.test/{p}");
    let links = [
        page("ok"),
        page("gone"),
        page("removed"),
        page("no-head"),
        page("head-lies"),
        page("broken"),
        page("hops/3"),
        page("hops/6"),
        "https://slow.test/paper".to_string(),
    ];
    let rows: Vec<(&str, &str, &str)> = links.iter().map(|l| ("Title", l.as_str(), "")).collect();
    let text = table(&rows);
    let report = check(&text, &options);

    let mut got = found(&text, &report);
    got.sort();
    let mut want = vec![
        ("dead-link", links[1].as_str()),
        ("dead-link", links[2].as_str()),
        ("unverified-link", links[5].as_str()),
        ("unverified-link", links[7].as_str()),
        ("unverified-link", links[8].as_str()),
    ];
    want.sort();
    assert_eq!(got, want);
    let why = |url: &str| {
        finding(&report, "unverified-link", &text, url)
            .message
            .clone()
    };
    assert!(why(&links[5]).contains("500"), "{}", why(&links[5]));
    assert!(why(&links[7]).contains("redirects"), "{}", why(&links[7]));
    assert!(why(&links[8]).contains("timed out"), "{}", why(&links[8]));

    let count = |path: &str, method: &str| {
        server
            .seen()
            .iter()
            .filter(|s| s.target == format!("/site/pages.test/{path}") && s.method == method)
            .count()
    };
    assert_eq!((count("ok", "HEAD"), count("ok", "GET")), (1, 0));
    assert_eq!(
        (count("gone", "HEAD"), count("gone", "GET")),
        (2, 2),
        "HEAD 404 and GET 404 are one look; a second look confirms it"
    );
    assert_eq!((count("no-head", "HEAD"), count("no-head", "GET")), (1, 1));
    assert_eq!(
        (count("head-lies", "HEAD"), count("head-lies", "GET")),
        (1, 1)
    );
    assert_eq!(
        count("broken", "HEAD"),
        2,
        "5xx retried once, then unverified"
    );
    assert_eq!(
        server.count("/site/pages.test/hops/"),
        4 + 6,
        "3 hops + arrival; 5 hops then stop"
    );
    assert_eq!(
        server.count("/site/slow.test/"),
        2,
        "a timeout is retried once"
    );
}

#[test]
fn a_404_is_believed_only_when_seen_again_a_while_later() {
    let server = Web::default().serve();
    let mut options = options(&server);
    options.confirm_interval = Duration::from_millis(400);
    let gone = "https://pages.test/gone";
    let deploying = "https://deploying.test/page";
    let text = table(&[("A", gone, ""), ("B", deploying, "")]);
    let report = check(&text, &options);

    assert_eq!(
        found(&text, &report),
        vec![("dead-link", gone)],
        "a page back by the second look is alive"
    );
    for path in ["/site/pages.test/gone", "/site/deploying.test/page"] {
        let seen: Vec<Seen> = server
            .seen()
            .into_iter()
            .filter(|s| s.target == path)
            .collect();
        let first_get = seen.iter().find(|s| s.method == "GET").expect("a GET");
        let second_head = seen
            .iter()
            .filter(|s| s.method == "HEAD")
            .nth(1)
            .expect("a second look");
        assert!(
            second_head.at.duration_since(first_get.at) >= Duration::from_millis(400),
            "{path}: the two looks are confirm_interval apart"
        );
    }
}

#[test]
fn retry_after_is_honoured_and_a_host_that_keeps_refusing_is_left_alone() {
    let server = Web::default().serve();
    let mut options = options(&server);
    options.per_host_concurrency = 1;
    let text = table(&[
        ("A", "https://patient.test/once", ""),
        ("B", "https://busy.test/always-1", ""),
        ("C", "https://busy.test/always-2", ""),
        ("D", "https://busy.test/always-3", ""),
        ("E", "https://walled.test/a", ""),
        ("F", "https://walled.test/b", ""),
        ("G", "https://walled.test/c", ""),
    ]);
    let report = check(&text, &options);

    let got = found(&text, &report);
    assert!(!got.iter().any(|(rule, _)| *rule == "dead-link"), "{got:?}");
    assert_eq!(got.len(), 6, "all but patient.test/once: {got:?}");
    assert!(!got
        .iter()
        .any(|(_, url)| *url == "https://patient.test/once"));
    // patient.test: 429 with Retry-After: 1, then 200.
    assert_eq!(server.count("/site/patient.test/once"), 2);
    // busy.test: 429 as often as one link may retry (twice), then the
    // breaker: the other links are not asked.
    assert_eq!(server.count("/site/busy.test/always"), 2);
    // walled.test: HEAD 403, GET 403, then the breaker.
    assert_eq!(server.count("/site/walled.test/"), 2);
    let walled = report
        .diagnostics
        .iter()
        .filter(|d| url_of(&text, d).starts_with("https://walled.test/"))
        .collect::<Vec<_>>();
    assert_eq!(walled.len(), 3);
    assert!(
        walled.iter().all(|d| d.message.contains("403")),
        "{walled:#?}"
    );
}

// ---------------------------------------------------------------------------
// Safety, cache, bookkeeping.

#[test]
fn private_addresses_are_refused_without_allow_private() {
    let web = Web {
        papers: papers(&[("2101.00001", "First Paper")]),
        repos: repos(&[("live/repo", Repo::Alive)]),
        ..Web::default()
    };
    let server = web.serve();
    let mut options = options(&server);
    options.allow_private = false;
    let literal = format!("{}/site/pages.test/ok", server.base());
    let named = format!("http://localhost:{}/site/pages.test/ok", server.addr.port());
    let text = table(&[
        (
            "First Paper",
            "https://arxiv.org/abs/2101.00001",
            "https://github.com/live/repo",
        ),
        ("B", &literal, ""),
        ("C", &named, ""),
        ("D", "http://169.254.169.254/latest/meta-data/", ""),
    ]);
    let report = check(&text, &options);

    let got = found(&text, &report);
    assert_eq!(got.len(), 5, "{got:#?}");
    assert!(
        got.iter().all(|(rule, _)| *rule == "unverified-link"),
        "{got:?}"
    );
    let why = |url: &str| {
        finding(&report, "unverified-link", &text, url)
            .message
            .clone()
    };
    assert!(why(&literal).contains("loopback"), "{}", why(&literal));
    assert!(
        why(&named).contains("localhost is this machine"),
        "{}",
        why(&named)
    );
    assert!(why("http://169.254.169.254/latest/meta-data/").contains("metadata"));
    assert!(
        server.seen().is_empty(),
        "nothing was sent: {:?}",
        server.seen()
    );
}

#[test]
fn a_second_run_inside_the_cache_age_sends_only_what_failed() {
    let web = Web {
        papers: papers(&[("2101.00001", "First Paper")]),
        repos: repos(&[("live/repo", Repo::Alive)]),
        ..Web::default()
    };
    let server = web.serve();
    let cache = tempfile::tempdir().unwrap();
    let mut options = options(&server);
    options.cache_dir = Some(cache.path().join("links"));
    let text = table(&[
        (
            "First Paper",
            "https://arxiv.org/abs/2101.00001",
            "https://github.com/live/repo",
        ),
        ("B", "https://pages.test/ok", ""),
        ("C", "https://pages.test/gone", ""),
    ]);
    let first = check(&text, &options);
    assert_eq!(first.cache_hits, 0);
    assert_eq!(first.requests, server.seen().len());
    assert_eq!(first.targets, 4);

    let before = server.seen().len();
    let second = check(&text, &options);
    assert_eq!(second.diagnostics, first.diagnostics);
    assert_eq!(second.cache_hits, 3);
    assert_eq!(
        server.seen()[before..]
            .iter()
            .map(|s| s.target.as_str())
            .collect::<Vec<_>>(),
        vec!["/site/pages.test/gone"; 4],
        "only the dead link is asked again (HEAD, GET, twice): failures are never cached"
    );
    assert_eq!(second.requests, 4);
    assert!(
        cache.path().join("links").join(".gitignore").exists(),
        "nas-lint made the folder, so it keeps it out of commits"
    );

    // All alive: a warm run sends nothing at all.
    let alive = table(&[(
        "First Paper",
        "https://arxiv.org/abs/2101.00001",
        "https://github.com/live/repo",
    )]);
    let before = server.seen().len();
    let warm = check(&alive, &options);
    assert_eq!((warm.requests, warm.cache_hits), (0, 2));
    assert_eq!(server.seen().len(), before);

    // Without a cache directory, everything is asked again.
    options.cache_dir = None;
    assert_eq!(check(&alive, &options).requests, 2);
}

#[test]
fn progress_counts_every_target_and_other_tables_are_left_alone() {
    let server = Web {
        papers: papers(&[("2101.00001", "First Paper")]),
        ..Web::default()
    }
    .serve();
    let mut text = table(&[
        (
            "First Paper",
            "https://arxiv.org/abs/2101.00001",
            "https://pages.test/ok",
        ),
        ("Second", "https://pages.test/no-head", ""),
    ]);
    text.push_str(
        "\n| Tool | Link |\n|---|---|\n| x | [y](https://pages.test/not-a-paper-table) |\n",
    );
    text.push_str("\nSee [this](https://pages.test/prose) too.\n");
    let knowledge = Knowledge::builtin().unwrap();
    let document = nas_lint::document::parse(&text, &knowledge.columns);
    let seen = Mutex::new(Vec::new());
    let progress = |p: Progress| seen.lock().unwrap().push(p);
    let report = check_links(&document, &options(&server), Some(&progress)).unwrap();

    assert_eq!(report.targets, 3);
    let seen = seen.into_inner().unwrap();
    assert_eq!(seen.first().map(|p| (p.done, p.total)), Some((0, 3)));
    assert_eq!(seen.last().map(|p| (p.done, p.total)), Some((3, 3)));
    assert_eq!(seen.last().unwrap().requests, report.requests);
    assert_eq!(server.count("/site/pages.test/not-a-paper-table"), 0);
    assert_eq!(server.count("/site/pages.test/prose"), 0);
}

// ---------------------------------------------------------------------------
// Benchmark (scripts/bench-links.sh runs it): distinct links against local
// servers that take 50 ms per request; wall time and requests, and the same
// links through lychee when it is installed.

fn env_list(name: &str, default: &str) -> Vec<usize> {
    std::env::var(name)
        .unwrap_or_else(|_| default.to_string())
        .split(',')
        .filter_map(|n| n.trim().parse().ok())
        .collect()
}

/// Runs lychee on `text`; `None` when it is not installed.
fn lychee(text: &str, remaps: &[String]) -> Option<Duration> {
    let program = std::env::var("LYCHEE").unwrap_or_else(|_| "lychee".to_string());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("list.md");
    std::fs::write(&file, text).unwrap();
    let mut command = std::process::Command::new(program);
    command.args(["--no-progress", "--quiet", "--quiet"]);
    for remap in remaps {
        command.args(["--remap", remap]);
    }
    command.arg("--").arg(&file);
    command.stdout(std::process::Stdio::null());
    let started = std::time::Instant::now();
    let status = command.status().ok()?;
    let elapsed = started.elapsed();
    if !status.success() {
        eprintln!("lychee exited with {status}");
    }
    Some(elapsed)
}

fn print_row(
    links: usize,
    kind: &str,
    tool: &str,
    wall: Duration,
    requests: usize,
    vs: Option<f64>,
) {
    let ratio = vs.map_or(String::new(), |r| format!("{r:.2}x"));
    println!(
        "{links:>6}  {kind:<8} {tool:<9} {:>8.2}  {requests:>8}  {ratio}",
        wall.as_secs_f64()
    );
}

#[test]
#[ignore = "a benchmark: scripts/bench-links.sh runs it"]
fn bench_links() {
    let delay = Duration::from_millis(50);
    let hosts: usize = env_list("NAS_LINT_BENCH_HOSTS", "20")[0];
    println!(
        "{:>6}  {:<8} {:<9} {:>8}  {:>8}  lychee/nas-lint",
        "links", "kind", "tool", "wall s", "requests"
    );

    // Ordinary pages spread over loopback addresses 127.0.0.1..=N, each its
    // own host for both tools' per-host limits.
    let servers: Vec<Server> = (1..=hosts)
        .map(|k| {
            Server::start_on(&format!("127.0.0.{k}:0"), move |_, _| {
                Reply::ok("fine").after(delay)
            })
        })
        .collect();
    let total = |servers: &[Server]| servers.iter().map(|s| s.seen().len()).sum::<usize>();
    for size in env_list("NAS_LINT_BENCH_SIZES", "1000,5000") {
        let links: Vec<String> = (0..size)
            .map(|i| format!("{}/paper/{size}/{i}", servers[i % hosts].base()))
            .collect();
        let rows: Vec<(&str, &str, &str)> =
            links.iter().map(|l| ("Title", l.as_str(), "")).collect();
        let text = table(&rows);
        let options = LinkOptions {
            allow_private: true,
            ..LinkOptions::default()
        };
        let before = total(&servers);
        let started = std::time::Instant::now();
        let report = check(&text, &options);
        let ours = started.elapsed();
        assert_eq!(report.diagnostics, vec![], "all alive");
        print_row(
            size,
            "generic",
            "nas-lint",
            ours,
            total(&servers) - before,
            None,
        );
        let before = total(&servers);
        if let Some(theirs) = lychee(&text, &[]) {
            let ratio = theirs.as_secs_f64() / ours.as_secs_f64();
            print_row(
                size,
                "generic",
                "lychee",
                theirs,
                total(&servers) - before,
                Some(ratio),
            );
        }
    }

    // GitHub repositories: without a token, each repository page (polite
    // spacing on one host); with one, GraphQL, 100 repositories a query.
    for size in env_list("NAS_LINT_BENCH_GITHUB_SIZES", "1000") {
        let names: Vec<String> = (0..size).map(|n| format!("owner{n}/repo{n}")).collect();
        let web = Web {
            repos: names.iter().map(|n| (n.clone(), Repo::Alive)).collect(),
            ..Web::default()
        };
        let server = Server::start(move |seen, before| web.reply(seen, before).after(delay));
        let links: Vec<String> = names
            .iter()
            .map(|n| format!("https://github.com/{n}"))
            .collect();
        let rows: Vec<(&str, &str, &str)> = links
            .iter()
            .map(|l| ("T", "https://pages.test/ok", l.as_str()))
            .collect();
        let text = table(&rows);
        for token in [false, true] {
            let mut options = options(&server);
            options.host_interval = LinkOptions::default().host_interval;
            options.retry_base = LinkOptions::default().retry_base;
            options.github_token = token.then(|| "bench-token".to_string());
            let before = server.count("/github");
            let started = std::time::Instant::now();
            let report = check(&text, &options);
            let ours = started.elapsed();
            assert_eq!(report.diagnostics, vec![], "all alive");
            let kind = if token { "gh-token" } else { "gh-pages" };
            print_row(
                size,
                kind,
                "nas-lint",
                ours,
                server.count("/github") - before,
                None,
            );
        }
    }

    // arXiv links: nas-lint asks the API (100 ids a request, spaced as
    // arXiv asks); lychee asks each abstract page.
    let spacing =
        Duration::from_millis(env_list("NAS_LINT_BENCH_ARXIV_INTERVAL_MS", "3000")[0] as u64);
    for size in env_list("NAS_LINT_BENCH_ARXIV_SIZES", "1000,5000") {
        let ids: Vec<String> = (1..=size).map(|n| format!("2101.{n:05}")).collect();
        let web = Web {
            papers: ids
                .iter()
                .map(|id| (id.clone(), format!("Paper {id}")))
                .collect(),
            ..Web::default()
        };
        let server = Server::start(move |seen, before| web.reply(seen, before).after(delay));
        let links: Vec<String> = ids
            .iter()
            .map(|id| format!("https://arxiv.org/abs/{id}"))
            .collect();
        let titles: Vec<String> = ids.iter().map(|id| format!("Paper {id}")).collect();
        let rows: Vec<(&str, &str, &str)> = titles
            .iter()
            .zip(&links)
            .map(|(t, l)| (t.as_str(), l.as_str(), ""))
            .collect();
        let text = table(&rows);
        let mut options = options(&server);
        options.arxiv_interval = spacing;
        options.host_interval = LinkOptions::default().host_interval;
        options.retry_base = LinkOptions::default().retry_base;
        let started = std::time::Instant::now();
        let report = check(&text, &options);
        let ours = started.elapsed();
        assert_eq!(report.diagnostics, vec![], "all alive");
        print_row(size, "arxiv", "nas-lint", ours, server.seen().len(), None);
        let before = server.seen().len();
        let remap = format!("^https://arxiv\\.org/(.*)$ {}/arxiv/$1", server.base());
        if let Some(theirs) = lychee(&text, &[remap]) {
            let ratio = theirs.as_secs_f64() / ours.as_secs_f64();
            print_row(
                size,
                "arxiv",
                "lychee",
                theirs,
                server.seen().len() - before,
                Some(ratio),
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Name resolution and a network that cannot be used.

/// What the fake DNS server says about a name.
#[derive(Clone, Copy)]
enum Dns {
    Address([u8; 4]),
    NxDomain,
    ServFail,
}

/// A DNS server on 127.0.0.1 (UDP) that answers A questions as `answer`
/// says, and AAAA questions with no records; it logs the names asked.
struct DnsServer {
    addr: SocketAddr,
    asked: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
}

impl DnsServer {
    fn start(answer: impl Fn(&str) -> Dns + Send + 'static) -> DnsServer {
        let socket = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
        socket
            .set_read_timeout(Some(Duration::from_millis(100)))
            .unwrap();
        let addr = socket.local_addr().unwrap();
        let asked = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (log, flag) = (asked.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 1500];
            while !flag.load(Ordering::SeqCst) {
                let Ok((len, from)) = socket.recv_from(&mut buf) else {
                    continue;
                };
                if let Some((reply, name)) = dns_reply(&buf[..len], &answer) {
                    log.lock().unwrap().push(name);
                    let _ = socket.send_to(&reply, from);
                }
            }
        });
        DnsServer { addr, asked, stop }
    }

    fn asked(&self) -> Vec<String> {
        self.asked.lock().unwrap().clone()
    }
}

impl Drop for DnsServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

fn dns_reply(query: &[u8], answer: &impl Fn(&str) -> Dns) -> Option<(Vec<u8>, String)> {
    let mut at = 12;
    let mut labels = Vec::new();
    loop {
        let len = *query.get(at)? as usize;
        at += 1;
        if len == 0 {
            break;
        }
        labels.push(String::from_utf8_lossy(query.get(at..at + len)?).to_ascii_lowercase());
        at += len;
    }
    let qtype = u16::from_be_bytes([*query.get(at)?, *query.get(at + 1)?]);
    let question = query.get(12..at + 4)?;
    let name = labels.join(".");
    let (rcode, address) = match answer(&name) {
        Dns::Address(ip) if qtype == 1 => (0u8, Some(ip)),
        Dns::Address(_) => (0, None),
        Dns::NxDomain => (3, None),
        Dns::ServFail => (2, None),
    };
    let mut reply = vec![query[0], query[1], 0x81, 0x80 | rcode, 0, 1, 0];
    reply.push(u8::from(address.is_some()));
    reply.extend_from_slice(&[0, 0, 0, 0]);
    reply.extend_from_slice(question);
    if let Some(ip) = address {
        reply.extend_from_slice(&[0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4]);
        reply.extend_from_slice(&ip);
    }
    Some((reply, name))
}

/// Options whose names are looked up at `dns`, with `control.example`
/// as the name that shows resolution works.
fn with_dns(server: &Server, dns: SocketAddr) -> LinkOptions {
    LinkOptions {
        nameservers: Some(vec![dns]),
        dns_control: vec!["control.example".to_string()],
        dns_timeout: Duration::from_millis(300),
        ..options(server)
    }
}

fn seed_like_table() -> String {
    table(&[
        (
            "First Paper",
            "https://arxiv.org/abs/2101.00001",
            "https://github.com/live/repo",
        ),
        ("B", "https://pages.example/paper", ""),
        ("C", "https://other.example/code", ""),
    ])
}

fn assert_no_network(text: &str, report: &LinkReport, server: &Server) {
    let got = found(text, report);
    assert_eq!(got.len(), 4, "{got:#?}");
    assert!(
        got.iter().all(|(rule, _)| *rule == "unverified-link"),
        "no dead link without evidence: {got:#?}"
    );
    assert!(
        report.diagnostics[0].message.contains("no network"),
        "{}",
        report.diagnostics[0].message
    );
    assert!(
        report.notes[0].starts_with("links not checked: no network"),
        "{:?}",
        report.notes
    );
    assert!(server.seen().is_empty(), "no request was sent");
}

#[test]
fn a_resolver_that_fails_everything_leaves_every_link_unverified() {
    let server = Web::default().serve();
    let dns = DnsServer::start(|_| Dns::ServFail);
    let text = seed_like_table();
    let report = check(&text, &with_dns(&server, dns.addr));
    assert_no_network(&text, &report, &server);
    assert!(dns.asked().iter().any(|n| n == "control.example"));
}

#[test]
fn a_resolver_that_denies_every_name_is_no_evidence() {
    // Some system resolvers say "no such name" for everything when offline.
    let server = Web::default().serve();
    let dns = DnsServer::start(|_| Dns::NxDomain);
    let text = seed_like_table();
    let report = check(&text, &with_dns(&server, dns.addr));
    assert_no_network(&text, &report, &server);
}

#[test]
fn no_resolver_at_all_leaves_every_link_unverified() {
    let server = Web::default().serve();
    // A port where nothing listens.
    let nobody = std::net::UdpSocket::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let text = seed_like_table();
    let report = check(&text, &with_dns(&server, nobody));
    assert_no_network(&text, &report, &server);
}

#[test]
fn a_name_is_dead_only_on_nxdomain_from_a_resolver_that_works() {
    let web = Web {
        papers: papers(&[("2101.00001", "First Paper")]),
        repos: repos(&[("live/repo", Repo::Alive)]),
        ..Web::default()
    };
    let server = web.serve();
    let dns = DnsServer::start(|name| match name {
        "control.example" | "alive.example" => Dns::Address([127, 0, 0, 1]),
        "flaky.example" => Dns::ServFail,
        _ => Dns::NxDomain,
    });
    let port = server.addr.port();
    let alive = format!("http://alive.example:{port}/site/pages.test/ok");
    let gone = format!("http://gone.example:{port}/paper");
    let flaky = format!("http://flaky.example:{port}/paper");
    let text = table(&[
        (
            "First Paper",
            "https://arxiv.org/abs/2101.00001",
            "https://github.com/live/repo",
        ),
        ("B", &alive, ""),
        ("C", &gone, ""),
        ("D", &flaky, ""),
    ]);
    let report = check(&text, &with_dns(&server, dns.addr));

    assert_eq!(
        found(&text, &report),
        vec![
            ("dead-link", gone.as_str()),
            ("unverified-link", flaky.as_str())
        ]
    );
    let dead = finding(&report, "dead-link", &text, &gone);
    assert!(dead.message.contains("does not exist"), "{}", dead.message);
    assert!(report.notes.is_empty(), "{:?}", report.notes);
    assert_eq!(server.count("/site/pages.test/ok"), 1);
}

#[test]
fn hosts_that_all_fail_without_an_answer_mean_no_network() {
    let server = Web::default().serve();
    // Ports where nothing listens, on different loopback addresses.
    let closed: Vec<String> = (1..=6)
        .map(|k| {
            let listener = TcpListener::bind(format!("127.0.0.{k}:0")).unwrap();
            format!("http://{}/paper", listener.local_addr().unwrap())
        })
        .collect();
    let rows: Vec<(&str, &str, &str)> = closed.iter().map(|l| ("T", l.as_str(), "")).collect();
    let text = table(&rows);
    let report = check(&text, &options(&server));

    let got = found(&text, &report);
    assert_eq!(got.len(), 6);
    assert!(
        got.iter().all(|(rule, _)| *rule == "unverified-link"),
        "{got:#?}"
    );
    assert!(
        report.notes[0].starts_with("links not checked: no network"),
        "{:?}",
        report.notes
    );
}

// ---------------------------------------------------------------------------
// Proxies.

/// A forward proxy on 127.0.0.1 that logs each request line. Requests for
/// http:// URLs (absolute form) are relayed to `upstream`, path kept;
/// CONNECT (https) is refused with 502. With `refuse`, every request gets
/// that status from the proxy itself.
struct Proxy {
    addr: SocketAddr,
    log: Arc<Mutex<Vec<String>>>,
}

impl Proxy {
    fn start(upstream: SocketAddr, refuse: Option<u16>) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let log = Arc::new(Mutex::new(Vec::new()));
        let seen = log.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().take(200) {
                let Ok(stream) = stream else { continue };
                let seen = seen.clone();
                std::thread::spawn(move || relay(stream, upstream, refuse, &seen));
            }
        });
        Proxy { addr, log }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn seen(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }
}

fn relay(stream: TcpStream, upstream: SocketAddr, refuse: Option<u16>, log: &Mutex<Vec<String>>) {
    use std::io::Read;
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 || header.trim().is_empty() {
            break;
        }
    }
    log.lock().unwrap().push(line.trim().to_string());
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let mut client = stream;
    let status = refuse.or((method == "CONNECT").then_some(502));
    if let Some(status) = status {
        let _ = write!(
            client,
            "HTTP/1.1 {status} Refused\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
        return;
    }
    let path = target
        .strip_prefix("http://")
        .and_then(|rest| rest.find('/').map(|at| &rest[at..]))
        .unwrap_or("/");
    let Ok(mut server) = TcpStream::connect(upstream) else {
        return;
    };
    let _ = write!(
        server,
        "{method} {path} HTTP/1.1\r\nHost: {upstream}\r\nConnection: close\r\n\r\n"
    );
    let mut answer = Vec::new();
    let _ = server.read_to_end(&mut answer);
    let _ = client.write_all(&answer);
}

#[test]
fn requests_go_through_the_proxy_and_its_relayed_404_is_evidence() {
    let server = Web::default().serve();
    let proxy = Proxy::start(server.addr, None);
    let mut options = options(&server);
    options.proxy = ProxyChoice::Url(proxy.url());
    // Names the proxy resolves, not this machine: no lookup here.
    options.nameservers = Some(vec!["127.0.0.1:9".parse().unwrap()]);
    let ok = "http://pages.example/site/pages.test/ok";
    let gone = "http://pages.example/site/pages.test/gone";
    let text = table(&[("A", ok, ""), ("B", gone, "")]);
    let report = check(&text, &options);

    assert_eq!(found(&text, &report), vec![("dead-link", gone)]);
    let seen = proxy.seen();
    assert!(
        seen.contains(&format!("HEAD {ok} HTTP/1.1")),
        "the proxy saw the request: {seen:?}"
    );
    assert_eq!(seen.iter().filter(|l| l.contains("/gone")).count(), 4);
    assert!(report.notes.is_empty(), "{:?}", report.notes);
}

#[test]
fn a_proxys_own_refusal_is_no_evidence() {
    let server = Web::default().serve();
    for refuse in [407, 502] {
        let proxy = Proxy::start(server.addr, Some(refuse));
        let mut options = options(&server);
        options.proxy = ProxyChoice::Url(proxy.url());
        let text = table(&[
            ("A", "http://pages.example/site/pages.test/gone", ""),
            ("B", "https://secure.example/paper", ""),
        ]);
        let report = check(&text, &options);
        let got = found(&text, &report);
        assert_eq!(got.len(), 2, "{refuse}: {got:?}");
        assert!(
            got.iter().all(|(rule, _)| *rule == "unverified-link"),
            "{refuse}: {got:?}"
        );
        assert!(
            proxy
                .seen()
                .iter()
                .any(|l| l.starts_with("CONNECT secure.example:443")),
            "https goes through a tunnel: {:?}",
            proxy.seen()
        );
    }
    assert!(server.seen().is_empty(), "the proxy relayed nothing");
}
