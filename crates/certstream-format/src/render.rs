//! One entry -> its three wire forms, each serialised exactly once.
//!
//! This is the server's hot path, so the JSON is assembled from pieces
//! rather than by serialising three message structs: the leaf CERT is
//! serialised once without `as_der` and reused by both the full and the
//! lite message (the full one splices `as_der` in before `all_domains`,
//! keeping FORMAT.md's key order); chain CERTs are serialised once, and
//! reused across entries through [`crate::chain_cache`]; the
//! `cert_index`..`source` tail is shared. `serde_json` does all escaping,
//! so the output is exactly what serialising a
//! [`CertificateUpdate`](crate::message::CertificateUpdate) would give.

use crate::cert::{self, Described};
use crate::chain_cache;
use crate::filter::FilterMeta;
use crate::{EntryInput, Rendered, UpdateType};
use serde::Serialize;

/// Render one entry into its three wire forms (see [`crate::render`]).
pub(crate) fn render(input: &EntryInput<'_>) -> Rendered {
    let Described {
        cert: mut leaf,
        all_domains,
        parsed,
    } = cert::describe(input.leaf_der, true);
    let mut unparsed_certs = u32::from(!parsed);
    let leaf_der_b64 = leaf.as_der.take().unwrap_or_default();

    // `{...,"is_ca":false` : the leaf without as_der, its closing brace cut.
    let mut leaf_json = to_json(&leaf);
    leaf_json.pop();
    let domains_json = to_json(&all_domains);

    let mut chain_json = String::from("[");
    for (i, der) in input.chain_der.iter().enumerate() {
        let cached = chain_cache::get_or_render(der, || {
            let described = cert::describe(der, false);
            (to_json(&described.cert), described.parsed)
        });
        unparsed_certs += u32::from(!cached.1);
        if i > 0 {
            chain_json.push(',');
        }
        chain_json.push_str(&cached.0);
    }
    chain_json.push(']');

    let update_type = match input.update_type {
        UpdateType::X509LogEntry => "X509LogEntry",
        UpdateType::PrecertLogEntry => "PrecertLogEntry",
    };
    let head = format!(
        r#"{{"message_type":"certificate_update","data":{{"update_type":"{update_type}","leaf_cert":"#
    );
    let tail = format!(
        r#","cert_index":{},"cert_link":{},"seen":{},"source":{{"url":{},"name":{}}}}}}}"#,
        input.cert_index,
        to_json(input.cert_link),
        to_json(&input.seen),
        to_json(input.source_url),
        to_json(input.source_name),
    );

    let mut full = String::with_capacity(
        head.len() + leaf_json.len() * 2 + leaf_der_b64.len() + chain_json.len() + tail.len() + 64,
    );
    full.push_str(&head);
    full.push_str(&leaf_json);
    full.push_str(r#","as_der":""#);
    full.push_str(&leaf_der_b64);
    full.push_str(r#"","all_domains":"#);
    full.push_str(&domains_json);
    full.push_str(r#"},"chain":"#);
    full.push_str(&chain_json);
    full.push_str(&tail);

    let mut lite =
        String::with_capacity(head.len() + leaf_json.len() + domains_json.len() + tail.len() + 32);
    lite.push_str(&head);
    lite.push_str(&leaf_json);
    lite.push_str(r#","all_domains":"#);
    lite.push_str(&domains_json);
    lite.push('}');
    lite.push_str(&tail);

    let domains = format!(r#"{{"message_type":"dns_entries","data":{domains_json}}}"#);
    let filter_meta = FilterMeta::new(
        &all_domains,
        input.update_type,
        &leaf.issuer,
        input.source_url,
    );
    Rendered {
        full,
        lite,
        domains,
        all_domains,
        filter_meta,
        unparsed_certs,
    }
}

/// `{"message_type":"heartbeat","timestamp":ts}`.
pub(crate) fn heartbeat_json(timestamp: f64) -> String {
    format!(
        r#"{{"message_type":"heartbeat","timestamp":{}}}"#,
        to_json(&timestamp)
    )
}

/// Serialise a value that cannot fail to serialise (plain data, string
/// keys); a non-finite float becomes `null`, as serde_json writes it.
fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned())
}
