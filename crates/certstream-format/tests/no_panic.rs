//! Robustness over damaged input: every fixture certificate, mutated
//! (bit flips, truncations, corrupted length bytes, deleted or duplicated
//! ranges), is rendered as a leaf and as a chain certificate. `render`
//! must never panic, every form must be JSON, and each CERT must carry
//! its own `fingerprint`, `sha256` and `as_der`, the contract FORMAT.md
//! gives for certificates that do not parse.
//!
//! Seeded, so a failure reproduces; the fuzz targets in `fuzz/` explore
//! further. `CERTSTREAM_NO_PANIC_CASES` raises the case count (default
//! 3,000).

mod common;

use base64::Engine;
use certstream_format::UpdateType;
use common::{data_dir, full_data, read_certs, render_entry};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use serde_json::Value;
use sha2::Digest;

/// Every certificate under `tests/data/certs`.
fn fixture_certs() -> Vec<Vec<u8>> {
    let mut certs = Vec::new();
    let mut dirs = vec![data_dir().join("certs")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("fixture dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "pem" || e == "der") {
                certs.extend(read_certs(&path));
            }
        }
    }
    certs
}

/// One random mutation of `der`.
fn mutate(rng: &mut StdRng, der: &[u8]) -> Vec<u8> {
    let mut out = der.to_vec();
    if out.is_empty() {
        return out;
    }
    match rng.random_range(0..6) {
        0 => {
            for _ in 0..rng.random_range(1..=4) {
                let i = rng.random_range(0..out.len());
                out[i] ^= 1 << rng.random_range(0..8);
            }
        }
        1 => out.truncate(rng.random_range(0..out.len())),
        2 => {
            // The length byte after a likely tag: off by one, zero, huge,
            // or a long form promising more bytes than exist.
            let tags = [
                0x30, 0x31, 0x02, 0x03, 0x04, 0x06, 0x0c, 0x13, 0x17, 0xa0, 0xa3, 0x82,
            ];
            let spots: Vec<usize> = (0..out.len() - 1)
                .filter(|&i| tags.contains(&out[i]))
                .collect();
            if let Some(&i) = spots.choose(rng) {
                let len = &mut out[i + 1];
                *len = match rng.random_range(0..5) {
                    0 => len.wrapping_add(1),
                    1 => len.wrapping_sub(1),
                    2 => 0,
                    3 => 0x80,
                    _ => 0x84,
                };
            }
        }
        3 => {
            let start = rng.random_range(0..out.len());
            let end = rng.random_range(start..=out.len().min(start + 64));
            out.drain(start..end);
        }
        4 => {
            let start = rng.random_range(0..out.len());
            let end = rng.random_range(start..=out.len().min(start + 64));
            let copy = out[start..end].to_vec();
            let at = rng.random_range(0..=out.len());
            out.splice(at..at, copy);
        }
        _ => {
            let i = rng.random_range(0..out.len());
            out[i] = rng.random();
        }
    }
    out
}

/// The three fields every CERT carries, checked against the bytes.
fn check_cert(cert: &Value, der: &[u8]) -> Result<(), String> {
    let hex = |d: &[u8]| {
        d.iter()
            .map(|b| format!("{b:02X}"))
            .collect::<Vec<_>>()
            .join(":")
    };
    let expected = [
        ("fingerprint", hex(&sha1::Sha1::digest(der))),
        ("sha256", hex(&sha2::Sha256::digest(der))),
        (
            "as_der",
            base64::engine::general_purpose::STANDARD.encode(der),
        ),
    ];
    for (key, want) in expected {
        if cert[key].as_str() != Some(want.as_str()) {
            return Err(format!("{key} is {:?}", cert[key]));
        }
    }
    Ok(())
}

#[test]
fn mutated_fixtures_render_without_panicking() {
    let certs = fixture_certs();
    assert!(
        certs.len() >= 30,
        "only {} fixture certificates",
        certs.len()
    );
    let cases: usize = std::env::var("CERTSTREAM_NO_PANIC_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3_000);
    let mut rng = StdRng::seed_from_u64(7);
    let (mut unparsed, mut failures) = (0u32, Vec::new());
    for case in 0..cases {
        let original = certs.choose(&mut rng).expect("certs");
        let der = mutate(&mut rng, original);
        let result = std::panic::catch_unwind(|| {
            render_entry(UpdateType::PrecertLogEntry, &der, &[der.as_slice()], 1)
        });
        let Ok(rendered) = result else {
            failures.push(format!("case {case}: panic on {}", hex::encode(&der)));
            continue;
        };
        unparsed += rendered.unparsed_certs;
        let data = full_data(&rendered);
        let checks = [
            check_cert(&data["leaf_cert"], &der),
            check_cert(&data["chain"][0], &der),
            serde_json::from_str::<Value>(&rendered.lite)
                .map(drop)
                .map_err(|e| format!("lite: {e}")),
            serde_json::from_str::<Value>(&rendered.domains)
                .map(drop)
                .map_err(|e| format!("domains: {e}")),
        ];
        for check in checks {
            if let Err(e) = check {
                failures.push(format!("case {case}: {e} for {}", hex::encode(&der)));
            }
        }
    }
    println!("no_panic: {cases} mutated certificates, {unparsed} degraded renderings");
    // The mutations must actually reach the degraded path, or this test
    // would prove nothing about it.
    assert!(
        unparsed > 0,
        "no mutation produced an unparseable certificate"
    );
    assert!(
        failures.is_empty(),
        "{}",
        failures[..failures.len().min(10)].join("\n")
    );
}
