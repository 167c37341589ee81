//! `render()` and the message models: the lite and domains-only forms
//! derive from the full one exactly as FORMAT.md says, messages round-trip
//! through the serde models, and bad DER degrades instead of panicking.

mod common;

use certstream_format::message::{CertificateUpdate, DnsEntries, Heartbeat};
use certstream_format::{heartbeat_json, UpdateType};
use common::*;
use serde_json::Value;

/// cloudflare.pem: a leaf with SCTs, then WE1, then GTS Root R4.
fn cloudflare() -> Vec<Vec<u8>> {
    read_certs(&data_dir().join("certs/azul/cloudflare.pem"))
}

#[test]
fn lite_and_domains_derive_from_full() {
    let certs = cloudflare();
    let chain: Vec<&[u8]> = certs.iter().skip(1).map(Vec::as_slice).collect();
    let r = render_entry(UpdateType::PrecertLogEntry, &certs[0], &chain, 42);
    let full: Value = serde_json::from_str(&r.full).expect("full JSON");
    let lite: Value = serde_json::from_str(&r.lite).expect("lite JSON");
    let domains: Value = serde_json::from_str(&r.domains).expect("domains JSON");

    assert_eq!(full["data"]["chain"].as_array().map(Vec::len), Some(2));
    let mut expected_lite = full.clone();
    let data = expected_lite["data"].as_object_mut().expect("data");
    data.remove("chain");
    data["leaf_cert"]
        .as_object_mut()
        .expect("leaf")
        .remove("as_der");
    assert_eq!(lite, expected_lite);

    let all_domains = full["data"]["leaf_cert"]["all_domains"].clone();
    assert!(all_domains.as_array().is_some_and(|a| !a.is_empty()));
    assert_eq!(
        domains,
        serde_json::json!({"message_type": "dns_entries", "data": all_domains})
    );
    assert_eq!(serde_json::to_value(&r.all_domains).ok(), Some(all_domains));
    assert_eq!(r.unparsed_certs, 0);
    assert_eq!(full["data"]["update_type"], "PrecertLogEntry");
    assert_eq!(full["data"]["source"]["name"], "Example 'log'");
}

#[test]
fn key_order_matches_format_md() {
    let certs = cloudflare();
    let chain: Vec<&[u8]> = certs.iter().skip(1).map(Vec::as_slice).collect();
    let r = render_entry(UpdateType::X509LogEntry, &certs[0], &chain, 7);
    let order = |text: &str, keys: &[&str]| {
        let positions: Vec<usize> = keys
            .iter()
            .map(|k| text.find(&format!("\"{k}\":")).unwrap_or(usize::MAX))
            .collect();
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "key order {keys:?} in {text}"
        );
    };
    order(
        &r.full,
        &[
            "message_type",
            "data",
            "update_type",
            "leaf_cert",
            "chain",
            "cert_index",
            "cert_link",
            "seen",
            "source",
        ],
    );
    order(
        &r.full,
        &[
            "subject",
            "issuer",
            "extensions",
            "not_before",
            "not_after",
            "serial_number",
            "fingerprint",
            "sha256",
            "signature_algorithm",
            "is_ca",
            "as_der",
            "all_domains",
        ],
    );
    order(&r.full, &["aggregated", "C", "ST", "L", "O", "OU", "CN"]);
    assert!(
        r.full.contains(r#""not_before":"#) && r.full.contains(".0,"),
        "times serialise as floats"
    );
}

#[test]
fn messages_round_trip_through_models() {
    let certs = cloudflare();
    let chain: Vec<&[u8]> = certs.iter().skip(1).map(Vec::as_slice).collect();
    let r = render_entry(UpdateType::X509LogEntry, &certs[0], &chain, 9);

    let full: CertificateUpdate = serde_json::from_str(&r.full).expect("full parses into model");
    assert_eq!(full.data.chain.as_ref().map(Vec::len), Some(2));
    assert!(full.data.leaf_cert.cert.as_der.is_some());
    assert_eq!(full.data.cert_index, 9);
    let reserialised: Value = serde_json::to_value(&full).expect("serialise");
    assert_eq!(
        reserialised,
        serde_json::from_str::<Value>(&r.full).expect("JSON")
    );
    assert_eq!(
        serde_json::to_string(&full).ok().as_deref(),
        Some(r.full.as_str())
    );

    let lite: CertificateUpdate = serde_json::from_str(&r.lite).expect("lite parses into model");
    assert!(lite.data.chain.is_none());
    assert!(lite.data.leaf_cert.cert.as_der.is_none());
    assert_eq!(lite.data.leaf_cert.all_domains, r.all_domains);
    assert_eq!(
        serde_json::to_string(&lite).ok().as_deref(),
        Some(r.lite.as_str())
    );

    let dns: DnsEntries = serde_json::from_str(&r.domains).expect("domains parse");
    assert_eq!(dns.data, r.all_domains);

    let hb: Heartbeat = serde_json::from_str(&heartbeat_json(1508532970.93171)).expect("heartbeat");
    assert_eq!(hb.message_type, "heartbeat");
    assert_eq!(hb.timestamp, 1508532970.93171);
    assert_eq!(
        heartbeat_json(5.0),
        r#"{"message_type":"heartbeat","timestamp":5.0}"#
    );
}

#[test]
fn tolerant_deserialisation_of_other_servers_messages() {
    let text = std::fs::read_to_string(data_dir().join("certstream/calidog-example-full.json"))
        .expect("example");
    let msg: CertificateUpdate = serde_json::from_str(&text).expect("CaliDog example parses");
    assert_eq!(msg.message_type, "certificate_update");
    assert!(!msg.data.leaf_cert.all_domains.is_empty());
    let minimal = r#"{"message_type":"certificate_update","data":{"update_type":"X509LogEntry","leaf_cert":{"subject":{"CN":"a"},"extra":1},"future_field":true}}"#;
    let msg: CertificateUpdate = serde_json::from_str(minimal).expect("minimal parses");
    assert_eq!(msg.data.leaf_cert.cert.subject.cn.as_deref(), Some("a"));
    assert!(msg.data.leaf_cert.cert.subject.c.is_none());
}

#[test]
fn garbage_and_truncated_der_degrade() {
    let certs = cloudflare();
    let leaf = &certs[0];
    let truncated = &leaf[..leaf.len() / 2];
    let garbage: Vec<u8> = (0..200u32).map(|i| (i * 37 % 251) as u8).collect();
    for (bad, chain_bad) in [
        (truncated, &b""[..]),
        (&garbage[..], &[0x30, 0x80][..]),
        (&[][..], &[0xff][..]),
    ] {
        let r = render_entry(UpdateType::X509LogEntry, bad, &[chain_bad, &certs[1]], 3);
        assert_eq!(
            r.unparsed_certs, 2,
            "leaf and first chain cert are degraded"
        );
        let data = full_data(&r);
        let leaf_cert = &data["leaf_cert"];
        assert_eq!(leaf_cert["subject"]["CN"], Value::Null);
        assert_eq!(leaf_cert["subject"]["aggregated"], "");
        assert_eq!(leaf_cert["extensions"], serde_json::json!({}));
        assert_eq!(leaf_cert["all_domains"], serde_json::json!([]));
        assert_eq!(leaf_cert["fingerprint"].as_str().map(str::len), Some(59));
        assert_eq!(b64(leaf_cert["as_der"].as_str().unwrap_or_default()), bad);
        assert_eq!(data["chain"][1]["subject"]["CN"], "WE1");
        let lite: CertificateUpdate = serde_json::from_str(&r.lite).expect("degraded lite parses");
        assert!(lite.data.leaf_cert.all_domains.is_empty());
    }
}

#[test]
fn every_prefix_of_a_certificate_renders_without_panicking() {
    let certs = cloudflare();
    let leaf = &certs[0];
    for len in (0..leaf.len()).step_by(7) {
        let mut mutated = leaf[..len].to_vec();
        let r = render_entry(UpdateType::X509LogEntry, &mutated, &[], 0);
        assert!(serde_json::from_str::<Value>(&r.full).is_ok());
        // Flip a byte inside a full certificate too.
        mutated = leaf.clone();
        mutated[len] ^= 0x5a;
        let r = render_entry(UpdateType::X509LogEntry, &mutated, &[], 0);
        assert!(serde_json::from_str::<Value>(&r.full).is_ok());
    }
}
