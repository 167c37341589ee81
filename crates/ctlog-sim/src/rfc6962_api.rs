//! RFC 6962 §4 read endpoints: `get-sth`, `get-entries`, `get-roots`.
//!
//! get-entries follows what real logs do: `end` is clamped to the tree size
//! and the batch to the log's `max_batch` (256 by default, like Google's
//! logs); `start >= size`, `start > end`, missing or non-numeric parameters
//! get 400. Indices below a fixture's `first_index` are not held, so a range
//! starting there also gets 400.

use axum::http::StatusCode;
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::entry::Wire;
use crate::fault::Fault;
use crate::log::Log;
use crate::reply::Reply;

#[derive(Serialize)]
struct Sth {
    tree_size: u64,
    timestamp: u64,
    sha256_root_hash: String,
    tree_head_signature: String,
}

#[derive(Deserialize)]
pub(crate) struct Range {
    start: u64,
    end: u64,
}

#[derive(Serialize)]
struct Entries {
    entries: Vec<EntryJson>,
}

#[derive(Serialize)]
struct EntryJson {
    leaf_input: String,
    extra_data: String,
}

#[derive(Serialize)]
struct Roots {
    certificates: Vec<String>,
}

/// `GET <prefix>/ct/v1/get-sth`.
pub(crate) fn get_sth(log: &Log, fault: Option<&Fault>) -> Reply {
    let mut state = log.lock();
    match log.head_for_request(&mut state, fault) {
        Ok(head) => Reply::json(&Sth {
            tree_size: head.size,
            timestamp: head.timestamp_ms,
            sha256_root_hash: B64.encode(head.root),
            tree_head_signature: B64.encode(&head.signature),
        }),
        Err(e) => Reply::error(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
    }
}

/// `GET <prefix>/ct/v1/get-entries?start=&end=`.
pub(crate) fn get_entries(log: &Log, range: Option<Range>, fault: Option<&Fault>) -> Reply {
    let Some(Range { start, end }) = range else {
        return Reply::error(StatusCode::BAD_REQUEST, "need numeric start and end");
    };
    let state = log.lock();
    let size = log.size_of(&state);
    let first = log.config.first_index;
    if start > end || start >= size {
        return Reply::error(StatusCode::BAD_REQUEST, "bad range");
    }
    if start < first {
        return Reply::error(
            StatusCode::BAD_REQUEST,
            &format!("this simulated log holds entries from {first} only"),
        );
    }
    let mut count = (end.min(size - 1) - start + 1).min(log.config.max_batch.max(1));
    if let Some(Fault::ShortEntries(n)) = fault {
        count = count.min(*n);
    }
    let from = (start - first) as usize;
    let mut entries: Vec<EntryJson> = state
        .entries
        .iter()
        .skip(from)
        .take(count as usize)
        .filter_map(|e| match &e.wire {
            Wire::Rfc6962 {
                leaf_input,
                extra_data,
            } => Some(EntryJson {
                leaf_input: B64.encode(leaf_input),
                extra_data: B64.encode(extra_data),
            }),
            Wire::Tile { .. } => None,
        })
        .collect();
    if let (Some(Fault::InvalidBase64), Some(first)) = (fault, entries.first_mut()) {
        first.leaf_input = format!("!{}", first.leaf_input);
    }
    Reply::json(&Entries { entries })
}

/// `GET <prefix>/ct/v1/get-roots`: the roots of every chain the log holds.
pub(crate) fn get_roots(log: &Log) -> Reply {
    let mut certificates: Vec<String> = log
        .config
        .issuers
        .values()
        .map(|der| B64.encode(der))
        .collect();
    certificates.sort();
    Reply::json(&Roots { certificates })
}
