//! `GET /metrics`: the `/stats` numbers in the Prometheus text format.
//!
//! # Design
//! [`Stats`](crate::stats::Stats) stays the one source of truth: watchers and sessions update it
//! and `/stats` serialises it. On each scrape a fresh
//! `metrics-exporter-prometheus` recorder is filled from a snapshot
//! (counters set with `absolute`, gauges with `set`) and rendered. A fresh
//! recorder per scrape means no process-global recorder (several servers
//! can run in one test process), no series left behind for logs that were
//! removed, and no double bookkeeping on the hot path; the cost is a few
//! hundred map inserts per scrape.
//!
//! Per-log series carry a `log` label with the log URL (`source.url`).

use metrics::{counter, describe_counter, describe_gauge, gauge};
use metrics_exporter_prometheus::PrometheusBuilder;

use crate::stats::StatsSnapshot;

/// The Prometheus text exposition of `snapshot`.
pub fn render(snapshot: &StatsSnapshot) -> String {
    let recorder = PrometheusBuilder::new().build_recorder();
    let handle = recorder.handle();
    metrics::with_local_recorder(&recorder, || record(snapshot));
    handle.render()
}

fn record(s: &StatsSnapshot) {
    describe();
    for (stream, n) in [
        ("lite", s.clients.lite),
        ("full", s.clients.full),
        ("domains_only", s.clients.domains_only),
    ] {
        gauge!("certstream_clients", "stream" => stream).set(n as f64);
    }
    counter!("certstream_slow_clients_disconnected_total").absolute(s.slow_clients_disconnected);
    counter!("certstream_log_list_loads_total", "result" => "ok").absolute(s.log_list_loads);
    counter!("certstream_log_list_loads_total", "result" => "failed").absolute(s.log_list_failures);

    for log in &s.logs {
        let url = log.url.clone();
        gauge!("certstream_log_up", "log" => url.clone(), "state" => log.state).set(1.0);
        counter!("certstream_log_entries_processed_total", "log" => url.clone())
            .absolute(log.entries_processed);
        if let Some(head) = log.head_size {
            gauge!("certstream_log_head_size", "log" => url.clone()).set(head as f64);
        }
        if let Some(position) = log.position {
            gauge!("certstream_log_position", "log" => url.clone()).set(position as f64);
            let lag = log.head_size.unwrap_or(position).saturating_sub(position);
            gauge!("certstream_log_lag_entries", "log" => url.clone()).set(lag as f64);
        }
        if let Some(saved) = log.saved_position {
            gauge!("certstream_log_saved_position", "log" => url.clone()).set(saved as f64);
        }
        for (kind, n) in &log.errors {
            counter!("certstream_log_fetch_errors_total", "log" => url.clone(), "kind" => *kind)
                .absolute(*n);
        }
        counter!("certstream_log_rate_limited_total", "log" => url.clone())
            .absolute(log.errors.get("http_429").copied().unwrap_or(0));
        counter!("certstream_log_inconsistent_heads_total", "log" => url.clone())
            .absolute(log.inconsistent_heads);
        counter!("certstream_log_parse_failures_total", "log" => url.clone(), "kind" => "undecodable_entry")
            .absolute(log.undecodable_entries);
        counter!("certstream_log_parse_failures_total", "log" => url.clone(), "kind" => "unparsed_cert")
            .absolute(log.unparsed_certs);
        if let Some(at) = log.last_success {
            gauge!("certstream_log_last_success_timestamp_seconds", "log" => url).set(at);
        }
    }
}

fn describe() {
    describe_gauge!(
        "certstream_clients",
        "Connected websocket clients per stream."
    );
    describe_counter!(
        "certstream_slow_clients_disconnected_total",
        "Clients disconnected for falling behind the broadcast ring."
    );
    describe_counter!(
        "certstream_log_list_loads_total",
        "Log list loads (start-up and refreshes) by result."
    );
    describe_gauge!(
        "certstream_log_up",
        "1 for each known log, labelled with its watcher state."
    );
    describe_counter!(
        "certstream_log_entries_processed_total",
        "Entries published to clients."
    );
    describe_gauge!(
        "certstream_log_head_size",
        "Tree size of the latest verified head."
    );
    describe_gauge!(
        "certstream_log_position",
        "Index of the next entry to publish."
    );
    describe_gauge!("certstream_log_lag_entries", "Head size minus position.");
    describe_gauge!(
        "certstream_log_saved_position",
        "Position saved in the state store (where a restart resumes)."
    );
    describe_counter!(
        "certstream_log_fetch_errors_total",
        "Failed fetches by kind."
    );
    describe_counter!("certstream_log_rate_limited_total", "HTTP 429 answers.");
    describe_counter!(
        "certstream_log_inconsistent_heads_total",
        "Tree heads refused: bad signature, shrinking tree, or two roots for one size."
    );
    describe_counter!(
        "certstream_log_parse_failures_total",
        "Entries that did not decode, and certificates published degraded."
    );
    describe_gauge!(
        "certstream_log_last_success_timestamp_seconds",
        "Unix time of the last successful request to the log."
    );
}
