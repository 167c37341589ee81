//! `certstream-server backfill`, run as the real binary against the
//! simulator: output lines equal the OpenSSL-reference goldens for both
//! protocols, the protocol is found from the log list or by probing, and
//! a run killed midway (with a torn last line) resumes with no duplicate
//! and no gap.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use ctlog_sim::{Endpoint, Fault, LogSpec, Simulator};
use serde_json::Value;
use tokio::process::Command;

use common::{golden, DATA};

const ARGON: &str = "rfc6962/live2026-argon2026h2-get-entries-1111014090-1111014109.json";
const ARGON_GOLDEN: &str =
    "golden/rfc6962/live2026-argon2026h2-get-entries-1111014090-1111014109.jsonl";
const ARGON_FIRST: u64 = 1_111_014_090;
const ARGON_LAST: u64 = 1_111_014_109;
const NAVIGLI_GOLDEN: &str = "golden/static-ct/navigli2025h2.jsonl";

/// A fresh path under the system temp dir.
fn temp_file(name: &str) -> PathBuf {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    std::env::temp_dir().join(format!(
        "certstream-backfill-{}-{}-{name}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ))
}

fn backfill(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_certstream-server"));
    command.arg("backfill").args(args).kill_on_drop(true);
    command
}

async fn run(args: &[&str]) -> Output {
    backfill(args)
        .output()
        .await
        .expect("run certstream-server")
}

fn assert_success(output: &Output) {
    assert!(
        output.status.success(),
        "backfill failed: {}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The file's lines, each parsed.
fn lines(path: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path).expect("output file");
    assert!(text.is_empty() || text.ends_with('\n'), "torn last line");
    text.lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect()
}

/// Every line is the golden entry for consecutive indexes `from..=to`,
/// from the log at `url`.
fn assert_goldens(lines: &[Value], goldens: &BTreeMap<u64, Value>, from: u64, to: u64, url: &str) {
    let indexes: Vec<u64> = lines
        .iter()
        .map(|l| l["data"]["cert_index"].as_u64().expect("cert_index"))
        .collect();
    assert_eq!(
        indexes,
        (from..=to).collect::<Vec<_>>(),
        "gap, repeat or disorder"
    );
    for line in lines {
        assert_eq!(line["message_type"], "certificate_update");
        let data = &line["data"];
        let index = data["cert_index"].as_u64().expect("cert_index");
        let want = &goldens[&index];
        for field in ["update_type", "leaf_cert", "chain"] {
            assert_eq!(data[field], want[field], "index {index}: `{field}` differs");
        }
        assert_eq!(data["source"]["url"], url);
        assert!(data["seen"].as_f64().is_some_and(|s| s > 1.6e9));
        assert!(
            data.get("cursor").is_none(),
            "a backfill has no stream position"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rfc6962_range_is_probed_and_matches_the_goldens() {
    let sim = Simulator::builder()
        .log(LogSpec::rfc6962_fixture("argon", format!("{DATA}/{ARGON}"), ARGON_FIRST).max_batch(3))
        .start()
        .await
        .expect("simulator");
    let log = sim.log("argon").expect("log");
    log.publish(log.backlog()).expect("publish");
    let out = temp_file("argon.jsonl");
    let (from, to) = (ARGON_FIRST + 2, ARGON_FIRST + 15);
    let missing_list = temp_file("no-such-list.json");
    let output = run(&[
        "--log",
        log.url().trim_end_matches('/'),
        "--from",
        &from.to_string(),
        "--to",
        &to.to_string(),
        "--out",
        out.to_str().expect("path"),
        "--batch-size",
        "4",
        "--log-list",
        missing_list.to_str().expect("path"),
    ])
    .await;
    assert_success(&output);

    let lines = lines(&out);
    assert_goldens(&lines, &golden(ARGON_GOLDEN), from, to, log.url());
    for line in &lines {
        let data = &line["data"];
        let index = data["cert_index"].as_u64().expect("index");
        assert_eq!(
            data["cert_link"],
            format!("{}ct/v1/get-entries?start={index}&end={index}", log.url())
        );
        // No list: the name is the URL.
        assert_eq!(data["source"]["name"], log.url());
    }

    // Without --out, the same lines go to stdout.
    let output = run(&[
        "--log",
        log.url(),
        "--rfc6962",
        "--from",
        &from.to_string(),
        "--to",
        &(from + 1).to_string(),
        "--log-list",
        missing_list.to_str().expect("path"),
    ])
    .await;
    assert_success(&output);
    let stdout: Vec<Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect();
    assert_goldens(&stdout, &golden(ARGON_GOLDEN), from, from + 1, log.url());
    std::fs::remove_file(&out).expect("cleanup");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn static_ct_is_found_in_the_log_list_and_tiles_match_the_goldens() {
    let sim = Simulator::builder()
        .static_ct_fixture("navigli", format!("{DATA}/static-ct/navigli2025h2"))
        .start()
        .await
        .expect("simulator");
    let log = sim.log("navigli").expect("log");
    log.publish(1024).expect("publish");
    // Starts inside tile 0 and ends inside tile 2: skips and cuts.
    let (from, to) = (250, 530);
    let out = temp_file("navigli.jsonl");
    let output = run(&[
        "--log",
        log.url(),
        "--from",
        &from.to_string(),
        "--to",
        &to.to_string(),
        "--out",
        out.to_str().expect("path"),
        "--log-list",
        &sim.log_list_url(),
    ])
    .await;
    assert_success(&output);

    let lines = lines(&out);
    assert_goldens(&lines, &golden(NAVIGLI_GOLDEN), from, to, log.url());
    for line in &lines {
        let data = &line["data"];
        let link = data["cert_link"].as_str().expect("cert_link");
        assert!(
            link.starts_with(&format!("{}tile/data/", log.url())),
            "{link}"
        );
        // From the list: its description, not the URL.
        let name = data["source"]["name"].as_str().expect("name");
        assert!(!name.is_empty() && name != log.url(), "{name}");
    }
    // Only the three full tiles were read.
    assert_eq!(log.requests(Endpoint::DataTile), 3);
    std::fs::remove_file(&out).expect("cleanup");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_midway_the_rerun_completes_with_no_duplicate_and_no_gap() {
    let sim = Simulator::builder()
        .log(LogSpec::rfc6962_fixture("argon", format!("{DATA}/{ARGON}"), ARGON_FIRST).max_batch(2))
        .start()
        .await
        .expect("simulator");
    let log = sim.log("argon").expect("log");
    log.publish(log.backlog()).expect("publish");
    let out = temp_file("resume.jsonl");
    let out_arg = out.to_str().expect("path").to_owned();
    let (from, to) = (ARGON_FIRST.to_string(), ARGON_LAST.to_string());
    let list = sim.log_list_url();
    let args = [
        "--log",
        log.url(),
        "--from",
        &from,
        "--to",
        &to,
        "--out",
        &out_arg,
        "--rfc6962",
        "--batch-size",
        "2",
        "--parallel-fetches",
        "1",
        "--log-list",
        &list,
    ];

    // Slow batches, so the run can be killed with part of the range written.
    log.inject(
        Endpoint::GetEntries,
        Fault::Delay(Duration::from_millis(300)),
        10,
    )
    .expect("inject");
    let mut child = backfill(&args).spawn().expect("spawn");
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::fs::read_to_string(&out).map_or(0, |t| t.lines().count()) < 4 {
        assert!(Instant::now() < deadline, "no progress");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    child.kill().await.expect("kill");
    log.clear_faults();

    let written = lines(&out);
    assert!(written.len() < 20, "killed too late to test resuming");
    let last_written = written
        .last()
        .and_then(|l| l["data"]["cert_index"].as_u64())
        .expect("last index");
    // A write torn by the kill: the rerun must cut it.
    let mut torn = std::fs::read(&out).expect("read");
    torn.extend_from_slice(br#"{"message_type":"certificate_update","data":{"upd"#);
    std::fs::write(&out, torn).expect("write");

    // The log is rate limiting at first: honoured, then the run goes on.
    log.inject(
        Endpoint::GetEntries,
        Fault::Status {
            code: 503,
            retry_after: Some(Duration::from_secs(3)),
        },
        1,
    )
    .expect("inject");
    let before = log.requests(Endpoint::GetEntries);
    let started = Instant::now();
    assert_success(&run(&args).await);
    assert!(
        started.elapsed() >= Duration::from_secs(3),
        "Retry-After ignored"
    );

    assert_goldens(
        &lines(&out),
        &golden(ARGON_GOLDEN),
        ARGON_FIRST,
        ARGON_LAST,
        log.url(),
    );
    // It resumed: only the missing batches were fetched (plus the 503).
    let missing = ARGON_LAST - last_written;
    assert_eq!(
        log.requests(Endpoint::GetEntries) - before,
        missing.div_ceil(2) + 1
    );

    // A complete file: nothing to do, nothing changes.
    let complete = std::fs::read(&out).expect("read");
    let requests = log.requests(Endpoint::GetEntries);
    assert_success(&run(&args).await);
    assert_eq!(std::fs::read(&out).expect("read"), complete);
    assert_eq!(log.requests(Endpoint::GetEntries), requests);
    std::fs::remove_file(&out).expect("cleanup");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_ranges_are_refused_before_writing() {
    let sim = Simulator::builder()
        .log(LogSpec::rfc6962_fixture(
            "argon",
            format!("{DATA}/{ARGON}"),
            ARGON_FIRST,
        ))
        .start()
        .await
        .expect("simulator");
    let log = sim.log("argon").expect("log");
    log.publish(log.backlog()).expect("publish");
    let out = temp_file("refused.jsonl");
    let out_arg = out.to_str().expect("path");
    let list = sim.log_list_url();

    let beyond = (ARGON_LAST + 1).to_string();
    let output = run(&[
        "--log",
        log.url(),
        "--rfc6962",
        "--from",
        "0",
        "--to",
        &beyond,
        "--out",
        out_arg,
        "--log-list",
        &list,
    ])
    .await;
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("beyond the log's last entry"), "{stderr}");
    assert_eq!(std::fs::read(&out).expect("file").len(), 0);

    // A file holding another range, or another log, is not appended to.
    let line = |index: u64, url: &str| {
        let message = serde_json::json!({
            "message_type": "certificate_update",
            "data": {"update_type": "X509LogEntry", "leaf_cert": {}, "cert_index": index,
                     "source": {"url": url, "name": "x"}},
        });
        format!("{message}\n")
    };
    std::fs::write(&out, line(5, log.url())).expect("write");
    let first = ARGON_FIRST.to_string();
    let output = run(&[
        "--log",
        log.url(),
        "--rfc6962",
        "--from",
        &first,
        "--to",
        &first,
        "--out",
        out_arg,
        "--log-list",
        &list,
    ])
    .await;
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("outside --from"), "{stderr}");

    std::fs::write(&out, line(ARGON_FIRST, "https://other.example/")).expect("write");
    let output = run(&[
        "--log",
        log.url(),
        "--rfc6962",
        "--from",
        &first,
        "--to",
        &first,
        "--out",
        out_arg,
        "--log-list",
        &list,
    ])
    .await;
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("holds entries of https://other.example/"),
        "{stderr}"
    );
    std::fs::remove_file(&out).expect("cleanup");
}
