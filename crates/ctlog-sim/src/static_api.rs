//! c2sp.org/static-ct-api read endpoints: `checkpoint`, data tiles, hash
//! tiles, `issuer/`.
//!
//! The checkpoint is a c2sp.org/signed-note whose body is a
//! c2sp.org/tlog-checkpoint (origin, size, base64 root) and whose signature
//! is an `RFC6962NoteSignature` (timestamp, then the RFC 6962 tree head
//! `DigitallySigned`), under key ID SHA-256(origin ‖ 0x0A ‖ 0x05 ‖ LogID)[:4]
//! as the static-ct-api spec defines it. Tiles are served for any width the
//! published size covers, full or partial; anything beyond is 404, like a
//! static bucket that has not been written yet.

use axum::http::StatusCode;
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use sha2::{Digest, Sha256};

use crate::entry::Wire;
use crate::fault::Fault;
use crate::log::{origin_of, Log, TreeHead};
use crate::reply::Reply;
use crate::tile_path::{self, TILE_WIDTH};
use crate::tls::put_uint;

const OCTETS: &str = "application/octet-stream";

/// The signed note text of a checkpoint.
pub(crate) fn checkpoint_text(origin: &str, log_id: &[u8; 32], head: &TreeHead) -> String {
    let mut key_id_input = origin.as_bytes().to_vec();
    key_id_input.extend_from_slice(&[0x0a, 0x05]);
    key_id_input.extend_from_slice(log_id);
    let key_id = Sha256::digest(&key_id_input);
    let mut sig = key_id.get(..4).map(<[u8]>::to_vec).unwrap_or_default();
    put_uint(&mut sig, head.timestamp_ms, 8);
    sig.extend_from_slice(&head.signature);
    format!(
        "{origin}\n{}\n{}\n\n\u{2014} {origin} {}\n",
        head.size,
        B64.encode(head.root),
        B64.encode(sig)
    )
}

/// `GET <prefix>/checkpoint`.
pub(crate) fn checkpoint(log: &Log, fault: Option<&Fault>) -> Reply {
    let mut state = log.lock();
    match log.head_for_request(&mut state, fault) {
        Ok(head) => Reply::ok(
            "text/plain; charset=utf-8",
            checkpoint_text(&origin_of(&log.config.url), &log.key.log_id(), &head).into_bytes(),
        ),
        Err(e) => Reply::error(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
    }
}

/// The entry range `[start, end)` of tile `path` at a level whose entries
/// each span `span` leaves, if the published size covers it.
fn tile_range(path: &str, published: u64, span: u64) -> Option<(u64, u64)> {
    let (n, width) = tile_path::parse(path)?;
    let start = n.checked_mul(TILE_WIDTH)?;
    let end = start.checked_add(width)?;
    (end.checked_mul(span)? <= published).then_some((start, end))
}

/// `GET <prefix>/tile/data/<N>[.p/<W>]`: the TileLeaf records, concatenated.
pub(crate) fn data_tile(log: &Log, path: &str) -> Reply {
    let state = log.lock();
    let Some((start, end)) = tile_range(path, state.tree.len(), 1) else {
        return Reply::not_found();
    };
    let mut body = Vec::new();
    for e in state
        .entries
        .iter()
        .skip(start as usize)
        .take((end - start) as usize)
    {
        if let Wire::Tile { tile_leaf } = &e.wire {
            body.extend_from_slice(tile_leaf);
        }
    }
    Reply::ok(OCTETS, body)
}

/// `GET <prefix>/tile/<L>/<N>[.p/<W>]`: 32-byte hashes of tree level 8·L.
pub(crate) fn hash_tile(log: &Log, level: &str, path: &str) -> Reply {
    let Some(level) = level
        .parse::<u32>()
        .ok()
        .filter(|l| *l <= 5 && (*l == 0 || !level.starts_with('0')))
    else {
        return Reply::not_found();
    };
    let state = log.lock();
    let span = 1u64 << (8 * level);
    let Some((start, end)) = tile_range(path, state.tree.len(), span) else {
        return Reply::not_found();
    };
    match state.tree.level_slice(8 * level as usize, start, end) {
        Some(hashes) => Reply::ok(OCTETS, hashes.concat()),
        None => Reply::not_found(),
    }
}

/// `GET <prefix>/issuer/<lowercase hex SHA-256>`.
pub(crate) fn issuer(log: &Log, fingerprint: &str) -> Reply {
    let lower = fingerprint.bytes().all(|b| !b.is_ascii_uppercase());
    let found = hex::decode(fingerprint)
        .ok()
        .and_then(|fp| <[u8; 32]>::try_from(fp).ok())
        .filter(|_| lower)
        .and_then(|fp| log.config.issuers.get(&fp));
    match found {
        Some(der) => Reply::ok("application/pkix-cert", der.clone()),
        None => Reply::not_found(),
    }
}
