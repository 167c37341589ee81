//! Differential test against the reference oracle: thousands of seeded,
//! randomly built certificates (see `differential/generate.rs`) are
//! written to one PEM file, the oracle (`tools/reference/
//! certstream_reference.py cert`, pyOpenSSL on OpenSSL 1.1.1) describes
//! them all in one run, and every line must equal our leaf rendering
//! exactly, extension order included.
//!
//! The oracle needs its own venv (`tools/reference/setup_reference.sh`),
//! named by `CERTSTREAM_ORACLE_PYTHON`. Without it the test says it was
//! skipped and passes, except under CI (`CI` set), where it fails so a
//! missing oracle cannot hide. `CERTSTREAM_DIFF_SEED` and
//! `CERTSTREAM_DIFF_COUNT` change the seed (default 1) and count (5,000).

mod common;
#[path = "differential/der.rs"]
mod der;
#[path = "differential/extensions.rs"]
mod extensions;
#[path = "differential/generate.rs"]
mod generate;
#[path = "differential/names.rs"]
mod names;

use base64::Engine;
use certstream_format::message::CertificateUpdate;
use certstream_format::UpdateType;
use common::{compare_cert, full_data, render_entry};
use indexmap::IndexMap;
use rand::SeedableRng;
use serde_json::Value;
use std::io::Write;
use std::process::Command;

/// Just the extension keys of an oracle line, in its order.
#[derive(serde::Deserialize)]
struct ExtensionOrder {
    #[serde(default)]
    extensions: IndexMap<String, String>,
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn generated_certificates_match_oracle() {
    let Some(python) = std::env::var_os("CERTSTREAM_ORACLE_PYTHON") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but CERTSTREAM_ORACLE_PYTHON is not: the differential test must run in CI"
        );
        println!("skipped: set CERTSTREAM_ORACLE_PYTHON to the reference venv's python");
        return;
    };
    let seed = env_u64("CERTSTREAM_DIFF_SEED", 1);
    let count = env_u64("CERTSTREAM_DIFF_COUNT", 5_000) as usize;

    let keys = generate::keys();
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let certs: Vec<Vec<u8>> = (0..count)
        .map(|_| generate::certificate(&mut rng, &keys))
        .collect();

    let dir = std::env::temp_dir().join(format!("certstream-diff-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let pem_path = dir.join("generated.pem");
    let mut pem = std::io::BufWriter::new(std::fs::File::create(&pem_path).expect("pem file"));
    for der in &certs {
        let b64 = base64::engine::general_purpose::STANDARD.encode(der);
        writeln!(pem, "-----BEGIN CERTIFICATE-----").expect("write");
        for line in b64.as_bytes().chunks(64) {
            pem.write_all(line).expect("write");
            writeln!(pem).expect("write");
        }
        writeln!(pem, "-----END CERTIFICATE-----").expect("write");
    }
    drop(pem);

    let oracle = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tools/reference/certstream_reference.py");
    let output = Command::new(&python)
        .arg(&oracle)
        .arg("cert")
        .arg(&pem_path)
        .output()
        .expect("run the oracle");
    assert!(
        output.status.success(),
        "oracle failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).expect("oracle output is UTF-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), certs.len(), "oracle line count");

    let mut failures = Vec::new();
    let mut rejected: std::collections::BTreeMap<String, usize> = Default::default();
    for (i, (der, line)) in certs.iter().zip(&lines).enumerate() {
        let golden: Value = serde_json::from_str(line).expect("oracle JSON");
        if let Some(reason) = golden.get("_unparsed").and_then(Value::as_str) {
            *rejected.entry(reason.to_owned()).or_default() += 1;
        }
        let rendered = render_entry(UpdateType::X509LogEntry, der, &[], 0);
        let ours = &full_data(&rendered)["leaf_cert"];
        let mut problem = compare_cert(ours, &golden).err();
        if problem.is_none() && golden.get("_unparsed").is_none() {
            let model: CertificateUpdate = serde_json::from_str(&rendered.full).expect("model");
            let our_keys: Vec<&String> = model.data.leaf_cert.cert.extensions.keys().collect();
            let order: ExtensionOrder = serde_json::from_str(line).expect("oracle JSON");
            let oracle_keys: Vec<&String> = order.extensions.keys().collect();
            if our_keys != oracle_keys {
                problem = Some(format!("extension order {our_keys:?} != {oracle_keys:?}"));
            }
        }
        if let Some(problem) = problem {
            let b64 = base64::engine::general_purpose::STANDARD.encode(der);
            failures.push(format!("#{i}: {problem}\n  as_der: {b64}"));
        }
    }
    println!(
        "differential: {} certificates (seed {seed}), {} rejected by OpenSSL {rejected:?}, {} differ",
        certs.len(),
        rejected.values().sum::<usize>(),
        failures.len()
    );
    if failures.is_empty() {
        let _ = std::fs::remove_dir_all(&dir);
    }
    let shown: Vec<&String> = failures.iter().take(15).collect();
    assert!(
        failures.is_empty(),
        "{} of {} certificates differ from the oracle (PEM kept at {}); first:\n{}",
        failures.len(),
        certs.len(),
        pem_path.display(),
        shown
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}
