//! Every `tests/data/golden/certs/*.json` golden: each certificate of the
//! matching input file, rendered as a leaf, must equal its golden line.

mod common;

use certstream_format::message::CertificateUpdate;
use certstream_format::UpdateType;
use common::*;
use indexmap::IndexMap;
use serde_json::Value;

/// Just the extensions of a golden line, in the order they were written.
#[derive(serde::Deserialize)]
struct GoldenExtensions {
    #[serde(default)]
    extensions: IndexMap<String, String>,
}

#[test]
fn golden_certs_match() {
    let golden_dir = data_dir().join("golden/certs");
    let mut files: Vec<_> = std::fs::read_dir(&golden_dir)
        .expect("golden dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    files.sort();
    assert!(
        files.len() >= 32,
        "expected the 32 golden files, found {}",
        files.len()
    );
    let (mut passed, mut failures) = (0, Vec::new());
    for golden_path in files {
        let file_name = golden_path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let stem = file_name.trim_end_matches(".json");
        let (dir, input) = stem.split_once("__").expect("golden name is <dir>__<file>");
        let certs = read_certs(&data_dir().join("certs").join(dir).join(input));
        let golden_text = std::fs::read_to_string(&golden_path).expect("golden");
        let lines: Vec<Value> = golden_text
            .lines()
            .map(|l| serde_json::from_str(l).expect("golden JSON"))
            .collect();
        let orders: Vec<GoldenExtensions> = golden_text
            .lines()
            .map(|l| serde_json::from_str(l).expect("golden JSON"))
            .collect();
        assert_eq!(certs.len(), lines.len(), "{file_name}: certificate count");
        let mut ok = true;
        for (i, (der, golden)) in certs.iter().zip(&lines).enumerate() {
            let rendered = render_entry(UpdateType::X509LogEntry, der, &[], 0);
            let leaf = full_data(&rendered)["leaf_cert"].clone();
            if let Err(e) = compare_cert(&leaf, golden) {
                failures.push(format!("{file_name} #{i}: {e}"));
                ok = false;
            }
            // Value comparison ignores key order; extensions must also keep
            // the certificate's order.
            let ours: CertificateUpdate = serde_json::from_str(&rendered.full).expect("model");
            let our_keys: Vec<&String> = ours.data.leaf_cert.cert.extensions.keys().collect();
            let golden_keys: Vec<&String> = orders[i].extensions.keys().collect();
            if golden.get("_unparsed").is_none() && our_keys != golden_keys {
                failures.push(format!(
                    "{file_name} #{i}: extension order {our_keys:?} != {golden_keys:?}"
                ));
                ok = false;
            }
        }
        passed += usize::from(ok);
    }
    println!(
        "golden certs: {passed} files passed, {} certificates differ",
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
