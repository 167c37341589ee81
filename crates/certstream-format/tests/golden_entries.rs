//! Every line of the RFC 6962 and static-ct goldens: the leaf and chain
//! DER they carry (`as_der`), rendered as one entry, must reproduce the
//! golden `leaf_cert`, `chain`, `update_type` and `cert_index`.

mod common;

use certstream_format::UpdateType;
use common::*;
use serde_json::Value;

fn check_jsonl(path: &std::path::Path) -> (usize, Vec<String>) {
    let text = std::fs::read_to_string(path).expect("golden");
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned();
    let (mut passed, mut failures) = (0, Vec::new());
    for (n, line) in text.lines().enumerate() {
        let golden: Value = serde_json::from_str(line).expect("golden JSON");
        let update_type = match golden["update_type"].as_str() {
            Some("X509LogEntry") => UpdateType::X509LogEntry,
            Some("PrecertLogEntry") => UpdateType::PrecertLogEntry,
            other => panic!("{name}:{n}: update_type {other:?}"),
        };
        let leaf = b64(golden["leaf_cert"]["as_der"].as_str().expect("leaf as_der"));
        let chain: Vec<Vec<u8>> = golden["chain"]
            .as_array()
            .expect("chain")
            .iter()
            .map(|c| b64(c["as_der"].as_str().expect("as_der")))
            .collect();
        let chain_refs: Vec<&[u8]> = chain.iter().map(Vec::as_slice).collect();
        let index = golden["cert_index"].as_u64().expect("cert_index");
        let rendered = render_entry(update_type, &leaf, &chain_refs, index);
        let data = full_data(&rendered);
        let mut errors = Vec::new();
        if data["update_type"] != golden["update_type"]
            || data["cert_index"] != golden["cert_index"]
        {
            errors.push("update_type/cert_index".to_owned());
        }
        if let Err(e) = compare_cert(&data["leaf_cert"], &golden["leaf_cert"]) {
            errors.push(format!("leaf: {e}"));
        }
        let ours = data["chain"].as_array().cloned().unwrap_or_default();
        let theirs = golden["chain"].as_array().cloned().unwrap_or_default();
        if ours.len() != theirs.len() {
            errors.push("chain length".to_owned());
        }
        for (i, (o, t)) in ours.iter().zip(&theirs).enumerate() {
            if let Err(e) = compare_cert(o, t) {
                errors.push(format!("chain[{i}]: {e}"));
            }
        }
        if errors.is_empty() {
            passed += 1;
        } else {
            failures.push(format!("{name} line {n}: {}", errors.join("; ")));
        }
    }
    (passed, failures)
}

fn check_dir(dir: &str) {
    let mut files: Vec<_> = std::fs::read_dir(data_dir().join(dir))
        .expect("dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    let mut all_failures = Vec::new();
    for f in files {
        let (passed, failures) = check_jsonl(&f);
        println!(
            "{}: {passed} lines passed, {} failed",
            f.display(),
            failures.len()
        );
        all_failures.extend(failures);
    }
    let shown: Vec<_> = all_failures.iter().take(10).cloned().collect();
    assert!(
        all_failures.is_empty(),
        "{} lines differ; first:\n{}",
        all_failures.len(),
        shown.join("\n")
    );
}

#[test]
fn rfc6962_goldens_match() {
    check_dir("golden/rfc6962");
}

#[test]
fn static_ct_golden_matches() {
    check_dir("golden/static-ct");
}
