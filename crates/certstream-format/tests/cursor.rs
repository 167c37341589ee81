//! `data.cursor`: spliced into rendered messages, read by the models.

mod common;

use certstream_format::cursor::with_cursor;
use certstream_format::message::CertificateUpdate;
use certstream_format::{heartbeat_json, UpdateType};
use common::*;
use serde_json::Value;

#[test]
fn cursor_spliced_into_full_and_lite_equals_serialising_the_model() {
    let certs = read_certs(&data_dir().join("certs/azul/cloudflare.pem"));
    let chain: Vec<&[u8]> = certs.iter().skip(1).map(Vec::as_slice).collect();
    let rendered = render_entry(UpdateType::X509LogEntry, &certs[0], &chain, 3);
    let cursor = "0000000000000042-\"quoted\"";
    for json in [&rendered.full, &rendered.lite] {
        let stamped = with_cursor(json, cursor).expect("a certificate_update");
        let mut model: CertificateUpdate = serde_json::from_str(json).expect("message");
        assert_eq!(model.data.cursor, None);
        model.data.cursor = Some(cursor.to_owned());
        // Byte for byte what serde writes: `cursor` is the last key of data.
        assert_eq!(stamped, serde_json::to_string(&model).expect("serialise"));
        let parsed: CertificateUpdate = serde_json::from_str(&stamped).expect("stamped");
        assert_eq!(parsed.data.cursor.as_deref(), Some(cursor));
    }
}

#[test]
fn messages_without_a_data_object_last_are_not_stamped() {
    let certs = read_certs(&data_dir().join("certs/azul/cloudflare.pem"));
    let rendered = render_entry(UpdateType::X509LogEntry, &certs[0], &[], 3);
    assert_eq!(with_cursor(&rendered.domains, "1"), None);
    assert_eq!(with_cursor(&heartbeat_json(1.5), "1"), None);
}

#[test]
fn a_model_without_cursor_serialises_without_the_key() {
    let certs = read_certs(&data_dir().join("certs/azul/cloudflare.pem"));
    let rendered = render_entry(UpdateType::X509LogEntry, &certs[0], &[], 3);
    let model: CertificateUpdate = serde_json::from_str(&rendered.full).expect("message");
    let value: Value = serde_json::to_value(&model).expect("value");
    assert!(value["data"].get("cursor").is_none());
    assert!(!rendered.full.contains(r#""cursor""#));
}
