//! Arbitrary bytes as a certificate: rendered as the leaf and as a chain
//! certificate of one entry. `render` must not panic, and every form must
//! be JSON carrying the hashes and `as_der` (the degraded form included).

#![no_main]

use certstream_format::{render, EntryInput, UpdateType};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|der: &[u8]| {
    let chain = [der];
    let rendered = render(&EntryInput {
        update_type: UpdateType::X509LogEntry,
        leaf_der: der,
        chain_der: &chain,
        cert_index: 0,
        cert_link: "",
        seen: 0.0,
        source_url: "",
        source_name: "",
    });
    let full: Value = serde_json::from_str(&rendered.full).expect("full is JSON");
    let data = &full["data"];
    for cert in [&data["leaf_cert"], &data["chain"][0]] {
        for key in ["fingerprint", "sha256", "as_der"] {
            assert!(cert[key].is_string(), "{key} missing");
        }
    }
    serde_json::from_str::<Value>(&rendered.lite).expect("lite is JSON");
    serde_json::from_str::<Value>(&rendered.domains).expect("domains is JSON");
});
