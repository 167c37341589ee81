//! The typed models read CaliDog's original message, our server's format,
//! and tolerate extra and missing fields.

mod support;

use certstream::{Error, Message, UpdateType};
use serde_json::{json, Value};
use support::{calidog, CALIDOG_FULL};

fn parse(raw: String) -> Message {
    match Message::parse(raw) {
        Ok(message) => message,
        Err(e) => panic!("does not parse: {e}"),
    }
}

fn update_of(message: &Message) -> &certstream::CertificateUpdate {
    match message {
        Message::CertificateUpdate { update, .. } => update,
        other => panic!("expected a certificate_update, got {other:?}"),
    }
}

fn f64_of(value: &Value) -> f64 {
    value
        .as_f64()
        .unwrap_or_else(|| panic!("{value} is not a number"))
}

#[test]
fn calidog_original_message_parses_into_typed_fields() {
    let expected = calidog();
    let message = parse(CALIDOG_FULL.to_owned());
    assert_eq!(
        message.raw(),
        CALIDOG_FULL,
        "raw text is kept byte for byte"
    );
    assert_eq!(message.cursor(), None);
    let data = &update_of(&message).data;
    let want = &expected["data"];

    assert_eq!(data.update_type, UpdateType::X509LogEntry);
    assert_eq!(data.cert_index, 343_999_487);
    assert_eq!(
        data.cert_link,
        want["cert_link"].as_str().unwrap_or_default()
    );
    assert_eq!(data.seen, f64_of(&want["seen"]));
    assert_eq!(data.source.url, "ct.googleapis.com/logs/argon2020/");
    assert_eq!(data.source.name, "Google 'Argon2020' log");

    let leaf = &data.leaf_cert;
    assert_eq!(
        leaf.all_domains,
        ["access.smm-cheap.com", "www.access.smm-cheap.com"]
    );
    assert_eq!(
        leaf.cert.subject.cn.as_deref(),
        Some("access.smm-cheap.com")
    );
    assert_eq!(leaf.cert.subject.o, None);
    assert_eq!(
        leaf.cert.not_before,
        Some(f64_of(&want["leaf_cert"]["not_before"]))
    );
    assert_eq!(
        leaf.cert.not_after,
        Some(f64_of(&want["leaf_cert"]["not_after"]))
    );
    assert_eq!(
        leaf.cert.fingerprint,
        "84:E0:18:01:52:93:08:E0:BC:1C:DA:C8:B4:48:64:76:8A:61:56:32"
    );
    let extensions = want["leaf_cert"]["extensions"].as_object().map(|o| o.len());
    assert_eq!(Some(leaf.cert.extensions.len()), extensions);
    assert_eq!(
        leaf.cert
            .extensions
            .get("subjectAltName")
            .map(String::as_str),
        Some("DNS:www.access.smm-cheap.com, DNS:access.smm-cheap.com")
    );
    // Fields CaliDog's server never sent take their defaults.
    assert_eq!(leaf.cert.sha256, "");
    assert!(!leaf.cert.is_ca);

    let chain = data.chain.as_deref().unwrap_or_default();
    assert_eq!(chain.len(), 2);
    assert_eq!(
        chain[0].subject.cn.as_deref(),
        Some("Let's Encrypt Authority X3")
    );
    assert_eq!(
        chain[1].subject.o.as_deref(),
        Some("Digital Signature Trust Co.")
    );
    assert_eq!(
        chain[1]
            .extensions
            .get("basicConstraints")
            .map(String::as_str),
        Some("CA:TRUE")
    );
}

#[test]
fn unknown_fields_at_every_level_are_ignored() {
    let mut value = calidog();
    value["server_version"] = json!("9.9");
    value["data"]["cursor"] = json!("c-17");
    value["data"]["new_field"] = json!({"nested": [1, 2]});
    value["data"]["leaf_cert"]["future"] = json!(true);
    value["data"]["leaf_cert"]["subject"]["emailAddress"] = json!("a@b.test");
    value["data"]["source"]["operator"] = json!("Google");
    let message = parse(value.to_string());
    assert_eq!(message.cursor(), Some("c-17"));
    // `cursor` is modelled (UpdateData::cursor); everything else unknown
    // is dropped, so without it the update equals the plain one.
    let mut update = update_of(&message).clone();
    assert_eq!(update.data.cursor.take().as_deref(), Some("c-17"));
    let plain = parse(CALIDOG_FULL.to_owned());
    assert_eq!(&update, update_of(&plain));
}

#[test]
fn missing_optional_fields_take_defaults() {
    let minimal = json!({
        "message_type": "certificate_update",
        "data": {"update_type": "PrecertLogEntry", "leaf_cert": {"all_domains": ["x.test"]}}
    });
    let message = parse(minimal.to_string());
    let data = &update_of(&message).data;
    assert_eq!(data.update_type, UpdateType::PrecertLogEntry);
    assert_eq!(data.chain, None);
    assert_eq!(data.cert_index, 0);
    assert_eq!(data.source.url, "");
    assert_eq!(message.domains(), ["x.test"]);
}

#[test]
fn heartbeat_dns_entries_and_unknown_types() {
    let heartbeat = parse(support::heartbeat(1508532970.93171));
    assert!(
        matches!(&heartbeat, Message::Heartbeat { heartbeat, .. } if heartbeat.timestamp == 1508532970.93171)
    );
    assert!(heartbeat.domains().is_empty());

    let dns = parse(support::dns_entries(&["a.test", "b.test"]));
    assert!(matches!(&dns, Message::DnsEntries { .. }));
    assert_eq!(dns.domains(), ["a.test", "b.test"]);

    let other = parse(r#"{"message_type":"stats","clients":3}"#.to_owned());
    assert!(matches!(&other, Message::Other { message_type: Some(t), .. } if t == "stats"));
    assert_eq!(other.raw(), r#"{"message_type":"stats","clients":3}"#);
}

#[test]
fn malformed_frames_are_decode_errors_that_keep_the_text() {
    for raw in [
        "not json",
        "[1, 2]",
        r#"{"message_type":"heartbeat","timestamp":"yesterday"}"#,
        r#"{"message_type":"certificate_update","data":{"update_type":"Bogus","leaf_cert":{}}}"#,
    ] {
        match Message::parse(raw.to_owned()) {
            Err(Error::Decode { raw: kept, .. }) => assert_eq!(kept, raw),
            other => panic!("{raw:?} gave {other:?}"),
        }
    }
}

/// Every golden entry of our own server's format (docs/FORMAT.md), wrapped
/// into a message, reads back with the same domains and index.
#[test]
fn our_server_format_goldens_parse() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/data/golden/rfc6962"
    );
    let mut parsed = 0;
    for entry in std::fs::read_dir(dir).expect("golden dir") {
        let path = entry.expect("dir entry").path();
        let text = std::fs::read_to_string(&path).expect("golden file");
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let data: Value = serde_json::from_str(line).expect("golden line is JSON");
            let raw = json!({"message_type": "certificate_update", "data": data}).to_string();
            let message = parse(raw);
            let update = update_of(&message);
            assert_eq!(Some(update.data.cert_index), data["cert_index"].as_u64());
            let domains: Vec<String> =
                serde_json::from_value(data["leaf_cert"]["all_domains"].clone()).expect("domains");
            assert_eq!(message.domains(), domains.as_slice());
            parsed += 1;
        }
    }
    assert!(parsed >= 27, "only {parsed} golden entries found");
}
