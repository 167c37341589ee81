//! Arbitrary bytes as CT log data: an RFC 6962 `get-entries` element
//! (the first two bytes give the length of `leaf_input`, the rest is
//! split into `leaf_input` and `extra_data`) and a static-ct data tile.
//! Decoding must return errors, never panic; whatever decodes is rendered.

#![no_main]

use certstream_format::{render, EntryInput, UpdateType};
use ct::rfc6962::{decode_entry, RawEntry};
use libfuzzer_sys::fuzz_target;

fn render_leaf(update_type: UpdateType, leaf: &[u8], chain: &[&[u8]]) {
    let _ = render(&EntryInput {
        update_type,
        leaf_der: leaf,
        chain_der: chain,
        cert_index: 0,
        cert_link: "",
        seen: 0.0,
        source_url: "",
        source_name: "",
    });
}

fuzz_target!(|data: &[u8]| {
    if let [hi, lo, rest @ ..] = data {
        let split = (usize::from(*hi) << 8 | usize::from(*lo)).min(rest.len());
        let (leaf_input, extra_data) = rest.split_at(split);
        let raw = RawEntry {
            leaf_input: leaf_input.to_vec(),
            extra_data: extra_data.to_vec(),
        };
        if let Ok(entry) = decode_entry(0, &raw) {
            let chain: Vec<&[u8]> = entry.chain.iter().map(|c| c.as_ref()).collect();
            let update_type = match entry.entry_type {
                ct::EntryType::X509 => UpdateType::X509LogEntry,
                ct::EntryType::Precert => UpdateType::PrecertLogEntry,
            };
            render_leaf(update_type, &entry.leaf, &chain);
        }
    }
    if let Ok(leaves) = ct::static_ct::parse_data_tile(data) {
        for leaf in leaves.iter().take(4) {
            render_leaf(UpdateType::X509LogEntry, &leaf.leaf, &[]);
        }
    }
});
