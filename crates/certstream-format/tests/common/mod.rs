//! Shared helpers for the golden-file tests: locating fixtures, reading
//! certificates, rendering one entry and comparing with a golden object.

#![allow(dead_code)]

use base64::Engine;
use certstream_format::{render, EntryInput, Rendered, UpdateType};
use serde_json::Value;
use std::path::PathBuf;

/// `tests/data` at the workspace root.
pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/data")
}

/// The certificates in a PEM (all blocks, in order) or DER file.
pub fn read_certs(path: &std::path::Path) -> Vec<Vec<u8>> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if path.extension().is_some_and(|e| e == "der") {
        return vec![bytes];
    }
    x509_parser::pem::Pem::iter_from_buffer(&bytes)
        .filter_map(Result::ok)
        .filter(|p| p.label == "CERTIFICATE")
        .map(|p| p.contents)
        .collect()
}

/// Render an entry with fixed metadata.
pub fn render_entry(update_type: UpdateType, leaf: &[u8], chain: &[&[u8]], index: u64) -> Rendered {
    render(&EntryInput {
        update_type,
        leaf_der: leaf,
        chain_der: chain,
        cert_index: index,
        cert_link: "https://ct.example/ct/v1/get-entries?start=1&end=1",
        seen: 1_700_000_000.25,
        source_url: "https://ct.example/",
        source_name: "Example 'log'",
    })
}

/// Remove annotation keys (`_...`) at any depth.
pub fn strip_annotations(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.retain(|k, _| !k.starts_with('_'));
            map.values_mut().for_each(strip_annotations);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_annotations),
        _ => {}
    }
}

/// Compare one CERT with its golden. A golden marked `_unparsed` (OpenSSL
/// rejected it) is compared on fingerprint, sha256 and as_der only.
/// Returns a description of the first difference.
pub fn compare_cert(actual: &Value, golden: &Value) -> Result<(), String> {
    let mut golden = golden.clone();
    if golden.get("_unparsed").is_some() {
        for key in ["fingerprint", "sha256", "as_der"] {
            if actual.get(key) != golden.get(key) {
                return Err(format!(
                    "{key}: {:?} != {:?}",
                    actual.get(key),
                    golden.get(key)
                ));
            }
        }
        return Ok(());
    }
    strip_annotations(&mut golden);
    if actual == &golden {
        return Ok(());
    }
    let (Some(a), Some(g)) = (actual.as_object(), golden.as_object()) else {
        return Err("not objects".into());
    };
    for (k, gv) in g {
        let av = a.get(k).unwrap_or(&Value::Null);
        if av != gv {
            if let (Some(ae), Some(ge)) = (av.as_object(), gv.as_object()) {
                for (ek, egv) in ge {
                    if ae.get(ek) != Some(egv) {
                        return Err(format!(
                            "{k}.{ek}:\n  ours:   {:?}\n  golden: {egv:?}",
                            ae.get(ek)
                        ));
                    }
                }
                return Err(format!(
                    "{k}: extra keys in ours: {:?}",
                    ae.keys()
                        .filter(|x| !ge.contains_key(*x))
                        .collect::<Vec<_>>()
                ));
            }
            return Err(format!("{k}:\n  ours:   {av}\n  golden: {gv}"));
        }
    }
    Err(format!(
        "extra keys in ours: {:?}",
        a.keys().filter(|k| !g.contains_key(*k)).collect::<Vec<_>>()
    ))
}

/// Base64 -> bytes (golden `as_der`).
pub fn b64(s: &str) -> Vec<u8> {
    base64::engine::general_purpose::STANDARD
        .decode(s)
        .unwrap_or_else(|e| panic!("bad base64: {e}"))
}

/// `data` of a rendered full message.
pub fn full_data(rendered: &Rendered) -> Value {
    let msg: Value =
        serde_json::from_str(&rendered.full).unwrap_or_else(|e| panic!("full is not JSON: {e}"));
    msg["data"].clone()
}
