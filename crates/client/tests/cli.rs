//! The `certstream` binary against a scripted local server, in each mode.

mod support;

use std::process::Stdio;
use std::time::Duration;
use support::{dns_entries, heartbeat, update, AfterScript, Session, TestServer, CALIDOG_FULL};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::Command;

/// Runs the CLI with `args` (plus `--url` of the server), and returns the
/// first `lines` lines of its stdout.
async fn run(server: &TestServer, path: &str, args: &[&str], lines: usize) -> Vec<String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_certstream"))
        .arg("--url")
        .arg(format!("{}{path}", server.base()))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("spawn certstream");
    let stdout = child.stdout.take().expect("piped stdout");
    let mut reader = BufReader::new(stdout).lines();
    let mut out = Vec::new();
    while out.len() < lines {
        match tokio::time::timeout(Duration::from_secs(10), reader.next_line()).await {
            Ok(Ok(Some(line))) => out.push(line),
            other => panic!("after {out:?}, expected more output, got {other:?}"),
        }
    }
    // Nothing more than expected (the server has nothing else to send).
    let extra = tokio::time::timeout(Duration::from_millis(300), reader.next_line()).await;
    assert!(extra.is_err(), "unexpected extra output {extra:?}");
    out
}

fn frames() -> Vec<String> {
    vec![
        heartbeat(1.0),
        CALIDOG_FULL.trim().to_owned(),
        update(7, &["b.test", "www.b.test"], Some("c7")),
    ]
}

async fn serve(frames: Vec<String>) -> TestServer {
    TestServer::start(
        vec![Session::hold_after(frames)],
        AfterScript::StopListening,
    )
    .await
}

#[tokio::test]
async fn default_output_is_a_plain_line_per_certificate_when_piped() {
    let server = serve(frames()).await;
    let lines = run(&server, "/", &[], 2).await;
    assert_eq!(
        lines,
        [
            "[2020-02-15T04:39:18] ct.googleapis.com/logs/argon2020/ (343999487) - access.smm-cheap.com, www.access.smm-cheap.com",
            "[2020-02-15T04:39:18] ct.googleapis.com/logs/argon2020/ (7) - b.test, www.b.test",
        ]
    );
    assert!(
        lines.iter().all(|l| !l.contains('\u{1b}')),
        "no colour codes on a pipe"
    );
    assert_eq!(server.requests(), ["/"]);
}

#[tokio::test]
async fn json_mode_prints_each_message_verbatim_as_ndjson() {
    let server = serve(frames()).await;
    let lines = run(&server, "/", &["--json", "--disable-colors"], 2).await;
    // The heartbeat is skipped, the rest is byte-for-byte what was sent.
    assert_eq!(lines, frames()[1..]);
}

#[tokio::test]
async fn full_and_domains_only_select_the_stream() {
    let server = serve(vec![CALIDOG_FULL.trim().to_owned()]).await;
    let lines = run(&server, "/", &["--full", "--json"], 1).await;
    assert_eq!(lines, [CALIDOG_FULL.trim()]);
    assert_eq!(server.requests(), ["/full-stream"]);

    let server = serve(vec![dns_entries(&["a.test", "www.a.test"])]).await;
    let lines = run(&server, "/", &["--domains-only"], 1).await;
    assert_eq!(server.requests(), ["/domains-only"]);
    let line = &lines[0];
    assert!(
        line.starts_with("[20") && line.ends_with("] a.test, www.a.test"),
        "{line}"
    );
}

#[tokio::test]
async fn domain_regex_and_since_reach_the_server_and_filter_locally() {
    let server = serve(vec![
        update(1, &["shop.a.test"], None),
        update(2, &["login.b.test"], None),
        update(3, &["login.a.test"], None),
    ])
    .await;
    let lines = run(
        &server,
        "/",
        &["--domain", "*.a.test", "--regex", "^login", "--since", "c0"],
        1,
    )
    .await;
    assert!(lines[0].ends_with("(3) - login.a.test"), "{}", lines[0]);
    assert_eq!(
        server.requests(),
        ["/?domain=*.a.test&regex=%5Elogin&since=c0"]
    );
}

#[tokio::test]
async fn configuration_errors_exit_with_a_message() {
    let output = Command::new(env!("CARGO_BIN_EXE_certstream"))
        .args(["--url", "ws://127.0.0.1:1/", "--regex", "(unclosed"])
        .output()
        .await
        .expect("run certstream");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("invalid regex filter"), "{stderr}");
}

/// Runs the CLI under `script` (util-linux, part of every Debian base
/// system) so that its stdout is a terminal, and returns what it printed.
async fn run_on_a_terminal(server: &TestServer, extra: &str) -> String {
    let command = format!(
        "{} --url {}/ {extra}",
        env!("CARGO_BIN_EXE_certstream"),
        server.base()
    );
    let mut child = Command::new("script")
        .args(["-qfec", &command, "/dev/null"])
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("spawn script (util-linux)");
    let stdout = child.stdout.take().expect("piped stdout");
    let mut reader = BufReader::new(stdout).lines();
    loop {
        match tokio::time::timeout(Duration::from_secs(10), reader.next_line()).await {
            Ok(Ok(Some(line))) if line.contains("(7)") => return line,
            Ok(Ok(Some(_))) => {}
            other => panic!("expected the certificate line, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn terminal_output_is_coloured_unless_disabled() {
    let server = serve(frames()).await;
    let coloured = run_on_a_terminal(&server, "").await;
    assert!(
        coloured.contains("\u{1b}[1m\u{1b}[36m[2020-02-15T04:39:18]"),
        "{coloured:?}"
    );
    assert!(coloured.contains("\u{1b}[32mwww.b.test"), "{coloured:?}");

    let server = serve(frames()).await;
    let plain = run_on_a_terminal(&server, "--disable-colors").await;
    assert_eq!(
        plain.trim_end(),
        "[2020-02-15T04:39:18] ct.googleapis.com/logs/argon2020/ (7) - b.test, www.b.test"
    );
}
