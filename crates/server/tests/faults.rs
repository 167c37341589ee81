//! Every fault a CT log can throw at us, one test each, against the
//! simulator's fault injection. Each test asserts that every entry
//! published arrives exactly once, in order, that nothing more arrives,
//! that the server is alive throughout, that the fault was actually served,
//! and that it was counted under the right kind.

mod common;

use std::time::{Duration, Instant};

use ctlog_sim::{Endpoint, Fault, LogSpec, Simulator};
use serde_json::Value;

use common::{assert_exactly_once_in_order, assert_no_more_certificates, read_certificates, start};

/// Entries in the log before the test publishes.
const INITIAL: u64 = 10;
/// Entries the test publishes before the faults, with the watcher following.
const BEFORE: u64 = 20;
/// Entries the test publishes after injecting the faults.
const PUBLISHED: u64 = 40;

/// When the faults are served relative to the second publication.
#[derive(Clone, Copy, PartialEq, Eq)]
enum When {
    /// Publish at once: the faults hit the fetches of the new entries.
    WithNewEntries,
    /// Wait until every fault has been served (head faults hit the next
    /// head polls, at the size the watcher already holds), then publish.
    BeforeNewEntries,
}

/// Serve `faults` from a log made from `spec` while it grows, and check
/// that every entry arrives exactly once in order. Returns the log's
/// `/stats` entry and how long delivery of the entries published after the
/// faults took.
async fn survive(
    spec: LogSpec,
    faults: &[(Endpoint, Fault, u32)],
    timeout: Duration,
    when: When,
) -> (Value, Duration) {
    let sim = Simulator::builder()
        .log(spec.initial_size(INITIAL))
        .start()
        .await
        .expect("simulator");
    let h = start(sim, |c| {
        c.heartbeat_interval = Duration::from_secs(3600);
        c.max_backoff = Duration::from_millis(200);
        c.request_timeout = timeout;
        c.batch_size = 16;
    })
    .await;
    let log = h.sim.logs().remove(0);
    let mut client = h.connect("/").await;
    h.wait_for("client", |s| s["clients"]["lite"] == 1).await;

    log.publish(BEFORE).unwrap();
    let mut got = read_certificates(&mut client, BEFORE as usize, Duration::from_secs(10)).await;
    for (endpoint, fault, times) in faults {
        log.inject(*endpoint, fault.clone(), *times).unwrap();
    }
    if when == When::BeforeNewEntries {
        let deadline = Instant::now() + Duration::from_secs(10);
        while log.pending_faults() > 0 {
            assert!(Instant::now() < deadline, "faults not served");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
    let started = Instant::now();
    log.publish(PUBLISHED).unwrap();
    got.extend(read_certificates(&mut client, PUBLISHED as usize, Duration::from_secs(20)).await);
    let took = started.elapsed();
    assert_exactly_once_in_order(&got, log.url(), INITIAL, BEFORE + PUBLISHED);
    assert_no_more_certificates(&mut client, Duration::from_millis(300)).await;
    assert!(h.alive(), "server stopped");
    assert_eq!(log.pending_faults(), 0, "every injected fault was served");
    let stats = h.log_stats(log.url()).await;
    assert_eq!(stats["position"], INITIAL + BEFORE + PUBLISHED, "{stats:#}");
    h.stop().await.unwrap();
    (stats, took)
}

fn rfc6962() -> LogSpec {
    LogSpec::rfc6962_minted("classic")
}

fn tiled() -> LogSpec {
    LogSpec::static_ct_minted("tiled")
}

fn status(code: u16, retry_after: Option<u64>) -> Fault {
    Fault::Status {
        code,
        retry_after: retry_after.map(Duration::from_secs),
    }
}

const NORMAL: Duration = Duration::from_secs(5);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limited_with_retry_after_waits_as_asked() {
    // max_backoff is 200 ms, so only honouring Retry-After explains a wait
    // of a second or more.
    let (stats, took) = survive(
        rfc6962(),
        &[(Endpoint::GetEntries, status(429, Some(1)), 1)],
        NORMAL,
        When::WithNewEntries,
    )
    .await;
    assert_eq!(stats["errors"]["http_429"], 1, "{stats:#}");
    assert!(took >= Duration::from_millis(950), "retried after {took:?}");

    let (stats, took) = survive(
        tiled(),
        &[(Endpoint::DataTile, status(429, Some(1)), 1)],
        NORMAL,
        When::WithNewEntries,
    )
    .await;
    assert_eq!(stats["errors"]["http_429"], 1, "{stats:#}");
    assert!(took >= Duration::from_millis(950), "retried after {took:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_errors_500_and_503_are_retried() {
    let (stats, _) = survive(
        rfc6962(),
        &[
            (Endpoint::GetEntries, status(500, None), 2),
            (Endpoint::GetEntries, status(503, None), 1),
            (Endpoint::GetSth, status(503, None), 1),
        ],
        NORMAL,
        When::WithNewEntries,
    )
    .await;
    // The three get-entries failures may hit batches fetched in parallel,
    // which fail (and are counted) as one step.
    let counted = stats["errors"]["http_5xx"].as_u64().unwrap();
    assert!((2..=4).contains(&counted), "{stats:#}");

    let (stats, _) = survive(
        tiled(),
        &[
            (Endpoint::DataTile, status(500, None), 1),
            (Endpoint::Checkpoint, status(503, None), 1),
        ],
        NORMAL,
        When::WithNewEntries,
    )
    .await;
    assert_eq!(stats["errors"]["http_5xx"], 2, "{stats:#}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn responses_slower_than_the_timeout_are_retried() {
    let timeout = Duration::from_millis(300);
    let slow = Fault::Delay(Duration::from_millis(800));
    let (stats, _) = survive(
        rfc6962(),
        &[(Endpoint::GetEntries, slow.clone(), 1)],
        timeout,
        When::WithNewEntries,
    )
    .await;
    assert_eq!(stats["errors"]["timeout"], 1, "{stats:#}");
    let (stats, _) = survive(
        tiled(),
        &[(Endpoint::DataTile, slow, 1)],
        timeout,
        When::WithNewEntries,
    )
    .await;
    assert_eq!(stats["errors"]["timeout"], 1, "{stats:#}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn truncated_json_bodies_are_retried() {
    let (stats, _) = survive(
        rfc6962(),
        &[
            (Endpoint::GetEntries, Fault::TruncatedBody, 1),
            (Endpoint::GetSth, Fault::TruncatedBody, 1),
        ],
        NORMAL,
        When::WithNewEntries,
    )
    .await;
    assert_eq!(stats["errors"]["decode"], 2, "{stats:#}");
    let (stats, _) = survive(
        tiled(),
        &[(Endpoint::DataTile, Fault::TruncatedBody, 1)],
        NORMAL,
        When::WithNewEntries,
    )
    .await;
    assert_eq!(stats["errors"]["decode"], 1, "{stats:#}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_base64_is_retried() {
    let (stats, _) = survive(
        rfc6962(),
        &[(Endpoint::GetEntries, Fault::InvalidBase64, 2)],
        NORMAL,
        When::WithNewEntries,
    )
    .await;
    // Two parallel batches may fail together as one step.
    let counted = stats["errors"]["decode"].as_u64().unwrap();
    assert!((1..=2).contains(&counted), "{stats:#}");
    assert_eq!(stats["undecodable_entries"], 0, "{stats:#}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn short_get_entries_are_completed() {
    let (stats, _) = survive(
        rfc6962(),
        &[(Endpoint::GetEntries, Fault::ShortEntries(3), 4)],
        NORMAL,
        When::WithNewEntries,
    )
    .await;
    // A short answer is normal, not an error.
    assert_eq!(stats["errors"], serde_json::json!({}), "{stats:#}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn heads_with_bad_signatures_are_not_followed() {
    let (stats, _) = survive(
        tiled(),
        &[(Endpoint::Checkpoint, Fault::BadSignature, 2)],
        NORMAL,
        When::BeforeNewEntries,
    )
    .await;
    assert_eq!(stats["errors"]["bad_signature"], 2, "{stats:#}");
    assert_eq!(stats["inconsistent_heads"], 2, "{stats:#}");

    let (stats, _) = survive(
        rfc6962(),
        &[(Endpoint::GetSth, Fault::BadSignature, 1)],
        NORMAL,
        When::BeforeNewEntries,
    )
    .await;
    assert_eq!(stats["errors"]["bad_signature"], 1, "{stats:#}");
    assert_eq!(stats["inconsistent_heads"], 1, "{stats:#}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shrinking_trees_are_not_followed() {
    let (stats, _) = survive(
        rfc6962(),
        &[(Endpoint::GetSth, Fault::ShrinkTree(5), 2)],
        NORMAL,
        When::BeforeNewEntries,
    )
    .await;
    assert_eq!(stats["errors"]["tree_shrank"], 2, "{stats:#}");
    assert_eq!(stats["inconsistent_heads"], 2, "{stats:#}");

    let (stats, _) = survive(
        tiled(),
        &[(Endpoint::Checkpoint, Fault::ShrinkTree(5), 1)],
        NORMAL,
        When::BeforeNewEntries,
    )
    .await;
    assert_eq!(stats["errors"]["tree_shrank"], 1, "{stats:#}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_root_for_one_size_is_not_followed() {
    // The fork is served at the size the watcher already holds.
    let (stats, _) = survive(
        rfc6962(),
        &[(Endpoint::GetSth, Fault::ForkRoot, 1)],
        NORMAL,
        When::BeforeNewEntries,
    )
    .await;
    assert_eq!(stats["errors"]["root_mismatch"], 1, "{stats:#}");
    assert_eq!(stats["inconsistent_heads"], 1, "{stats:#}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_expose_the_per_log_counters() {
    let sim = Simulator::builder()
        .log(rfc6962().initial_size(INITIAL))
        .start()
        .await
        .expect("simulator");
    let h = start(sim, |c| c.max_backoff = Duration::from_millis(200)).await;
    let log = h.sim.logs().remove(0);
    log.inject(Endpoint::GetEntries, status(429, None), 1)
        .unwrap();
    log.publish(5).unwrap();
    h.wait_for("caught up", |s| s["logs"][0]["position"] == INITIAL + 5)
        .await;
    let text = reqwest::get(format!("http://{}/metrics", h.addr))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let url = log.url();
    for line in [
        format!("certstream_log_entries_processed_total{{log=\"{url}\"}} 5"),
        format!("certstream_log_position{{log=\"{url}\"}} {}", INITIAL + 5),
        format!("certstream_log_head_size{{log=\"{url}\"}} {}", INITIAL + 5),
        format!("certstream_log_lag_entries{{log=\"{url}\"}} 0"),
        format!("certstream_log_rate_limited_total{{log=\"{url}\"}} 1"),
        format!("certstream_log_fetch_errors_total{{log=\"{url}\",kind=\"http_429\"}} 1"),
    ] {
        assert!(
            text.lines().any(|l| l == line),
            "missing {line:?} in\n{text}"
        );
    }
    assert!(
        text.contains("certstream_log_last_success_timestamp_seconds{"),
        "{text}"
    );
    h.stop().await.unwrap();
}
