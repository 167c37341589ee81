//! Format throughput on one core, over the fixture mix: every entry of the
//! RFC 6962 and static-ct (navigli) goldens, leaf plus chain, as the
//! server meets them (chain certificates repeat, leaves do not).
//!
//! A plain `main` (no criterion) so CI compiles nothing extra. Prints:
//! - `render`: the whole ingest path, [`certstream_format::render`], in
//!   entries/s and certificates/s: parsing, extension text and all three
//!   serialisations;
//! - `parse`: x509-parser alone over the same certificates;
//! - `full`, `lite`, `domains`: serialising each message form from the
//!   serde model alone, to show what each wire form costs.
//!
//! `cargo bench -p certstream-format --bench format` (release profile).
//! `BENCH_SECONDS` sets the time per figure (default 3). `BENCH_ONLY=render`
//! stops after the `render` figure, so a profiler (`perf record`,
//! `valgrind --tool=callgrind`) sees the ingest path alone.

use base64::Engine;
use certstream_format::message::{CertificateUpdate, DnsEntries};
use certstream_format::{render, EntryInput, UpdateType};
use serde_json::Value;
use std::hint::black_box;
use std::time::{Duration, Instant};

struct Entry {
    update_type: UpdateType,
    leaf: Vec<u8>,
    chain: Vec<Vec<u8>>,
}

fn load() -> Vec<Entry> {
    let golden = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/golden");
    let b64 = |v: &Value| {
        base64::engine::general_purpose::STANDARD
            .decode(v["as_der"].as_str().expect("as_der"))
            .expect("base64")
    };
    let mut entries = Vec::new();
    for dir in ["rfc6962", "static-ct"] {
        let mut files: Vec<_> = std::fs::read_dir(golden.join(dir))
            .expect("golden dir")
            .flatten()
            .map(|e| e.path())
            .collect();
        files.sort();
        for file in files {
            for line in std::fs::read_to_string(&file).expect("golden").lines() {
                let v: Value = serde_json::from_str(line).expect("JSON");
                entries.push(Entry {
                    update_type: if v["update_type"] == "PrecertLogEntry" {
                        UpdateType::PrecertLogEntry
                    } else {
                        UpdateType::X509LogEntry
                    },
                    leaf: b64(&v["leaf_cert"]),
                    chain: v["chain"]
                        .as_array()
                        .expect("chain")
                        .iter()
                        .map(b64)
                        .collect(),
                });
            }
        }
    }
    entries
}

fn render_one(e: &Entry) -> certstream_format::Rendered {
    let chain: Vec<&[u8]> = e.chain.iter().map(Vec::as_slice).collect();
    render(&EntryInput {
        update_type: e.update_type,
        leaf_der: &e.leaf,
        chain_der: &chain,
        cert_index: 1_111_014_090,
        cert_link: "https://ct.example/ct/v1/get-entries?start=1111014090&end=1111014090",
        seen: 1_700_000_000.123,
        source_url: "https://ct.example/",
        source_name: "Example log",
    })
}

/// CPU seconds this process has used (user + system), from
/// `/proc/self/stat` in USER_HZ (100/s) ticks; `None` off Linux. The
/// development machine is shared, so wall-clock rates swing with other
/// builds; the CPU-time rate is the steadier figure to compare.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are
    // the 14th and 15th fields overall.
    let rest = stat.rsplit_once(')')?.1;
    let mut fields = rest.split_whitespace().skip(11);
    let utime: f64 = fields.next()?.parse().ok()?;
    let stime: f64 = fields.next()?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// Items per second by wall-clock time and by CPU time.
struct Rate {
    wall: f64,
    cpu: Option<f64>,
}

/// Run `pass` (one pass over the mix, `items` items) for the configured
/// time.
fn rate(items: usize, mut pass: impl FnMut()) -> Rate {
    let budget = Duration::from_secs_f64(
        std::env::var("BENCH_SECONDS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(3.0),
    );
    pass(); // warm-up
    let cpu_start = cpu_seconds();
    let start = Instant::now();
    let mut passes = 0usize;
    while start.elapsed() < budget {
        pass();
        passes += 1;
    }
    let done = (passes * items) as f64;
    Rate {
        wall: done / start.elapsed().as_secs_f64(),
        cpu: cpu_start
            .zip(cpu_seconds())
            .map(|(from, to)| done / (to - from)),
    }
}

impl std::fmt::Display for Rate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:>10.0}", self.wall)?;
        match self.cpu {
            Some(cpu) => write!(f, " (per CPU-second: {cpu:>10.0})"),
            None => Ok(()),
        }
    }
}

fn main() {
    let entries = load();
    let certs: usize = entries.iter().map(|e| 1 + e.chain.len()).sum();
    println!(
        "fixture mix: {} entries, {certs} certificates ({:.2} per entry), one thread",
        entries.len(),
        certs as f64 / entries.len() as f64
    );

    let r = rate(entries.len(), || {
        for e in &entries {
            black_box(render_one(e));
        }
    });
    let per_entry = certs as f64 / entries.len() as f64;
    println!(
        "render (ingest, all three forms): {r} entries/s  {:>10.0} certs/s",
        r.wall * per_entry
    );
    if std::env::var("BENCH_ONLY").is_ok_and(|only| only == "render") {
        return;
    }

    let r = rate(certs, || {
        for e in &entries {
            for der in std::iter::once(&e.leaf).chain(&e.chain) {
                let _ = black_box(x509_parser::parse_x509_certificate(der));
            }
        }
    });
    println!("parse only (x509-parser):         {r} certs/s");

    let models: Vec<CertificateUpdate> = entries
        .iter()
        .map(|e| serde_json::from_str(&render_one(e).full).expect("model"))
        .collect();
    let lites: Vec<CertificateUpdate> = models
        .iter()
        .cloned()
        .map(|mut m| {
            m.data.chain = None;
            m.data.leaf_cert.cert.as_der = None;
            m
        })
        .collect();
    let domains: Vec<DnsEntries> = models
        .iter()
        .map(|m| DnsEntries {
            message_type: "dns_entries".to_owned(),
            data: m.data.leaf_cert.all_domains.clone(),
        })
        .collect();
    for (label, r) in [
        (
            "serialise full (/full-stream):   ",
            rate(models.len(), || {
                models.iter().for_each(|m| {
                    black_box(serde_json::to_string(m).ok());
                })
            }),
        ),
        (
            "serialise lite (/):              ",
            rate(lites.len(), || {
                lites.iter().for_each(|m| {
                    black_box(serde_json::to_string(m).ok());
                })
            }),
        ),
        (
            "serialise domains (/domains-only):",
            rate(domains.len(), || {
                domains.iter().for_each(|m| {
                    black_box(serde_json::to_string(m).ok());
                })
            }),
        ),
    ] {
        println!("{label} {r} entries/s");
    }
}
