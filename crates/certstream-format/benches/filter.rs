//! Cost of per-client filtering on the server's hot path: 1,000 clients
//! with distinct `domain` filters (and 1,000 with `regex` filters)
//! against 1,000 unfiltered clients, over the `all_domains` of every
//! fixture entry (RFC 6962 and static-ct goldens).
//!
//! A plain `main` (no criterion) so CI compiles nothing extra. Prints the
//! time to run 1,000 clients' filters on one certificate, and per client.
//! `cargo bench -p certstream-format --bench filter` (release profile).

use certstream_format::filter::{Filter, FilterMeta};
use certstream_format::message::Name;
use certstream_format::UpdateType;
use serde_json::Value;
use std::hint::black_box;
use std::time::Instant;

const CLIENTS: usize = 1000;

fn metas() -> Vec<FilterMeta> {
    let golden = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/golden");
    let mut metas = Vec::new();
    for dir in ["rfc6962", "static-ct"] {
        for file in std::fs::read_dir(golden.join(dir))
            .expect("golden dir")
            .flatten()
        {
            let text = std::fs::read_to_string(file.path()).expect("golden file");
            for line in text.lines() {
                let v: Value = serde_json::from_str(line).expect("golden JSON");
                let domains: Vec<String> =
                    serde_json::from_value(v["leaf_cert"]["all_domains"].clone()).expect("domains");
                let issuer: Name =
                    serde_json::from_value(v["leaf_cert"]["issuer"].clone()).expect("issuer");
                let update_type: UpdateType =
                    serde_json::from_value(v["update_type"].clone()).expect("update_type");
                metas.push(FilterMeta::new(
                    &domains,
                    update_type,
                    &issuer,
                    "https://ct.example/2026h1/",
                ));
            }
        }
    }
    metas
}

fn clients(param: &str, pattern: impl Fn(usize) -> String) -> Vec<Filter> {
    (0..CLIENTS)
        .map(|i| Filter::from_query([(param, pattern(i))]).expect("filter"))
        .collect()
}

/// Nanoseconds for all clients to judge one certificate, averaged.
fn cost(metas: &[FilterMeta], clients: &[Filter]) -> f64 {
    let rounds = 20;
    let started = Instant::now();
    let mut passed = 0usize;
    for _ in 0..rounds {
        for meta in metas {
            passed += clients
                .iter()
                .filter(|c| c.matches(black_box(meta)))
                .count();
        }
    }
    black_box(passed);
    started.elapsed().as_nanos() as f64 / (rounds * metas.len()) as f64
}

fn main() {
    let metas = metas();
    let cases = [
        ("unfiltered", clients("since", |_| String::new())),
        (
            "domain=*.brand<i>.com",
            clients("domain", |i| format!("*.brand{i}.com")),
        ),
        (
            "domain=brand<i>.com",
            clients("domain", |i| format!("brand{i}.com")),
        ),
        (
            "domain=login.*.brand<i>.com",
            clients("domain", |i| format!("login.*.brand{i}.com")),
        ),
        (
            "regex=^(www|login)\\.brand<i>",
            clients("regex", |i| format!(r"^(www|login)\.brand{i}")),
        ),
    ];
    println!("{} certificates, {CLIENTS} clients each", metas.len());
    for (label, clients) in &cases {
        let ns = cost(&metas, clients);
        println!(
            "{label:32} {:>9.1} µs per certificate, {:>6.1} ns per client",
            ns / 1000.0,
            ns / CLIENTS as f64
        );
    }
}
