//! `data.cursor`: stamping a rendered message with its stream position.
//!
//! Design decision: the cursor is spliced into the already-rendered JSON
//! rather than passed to [`render`](crate::render). A cursor is a position
//! in the *server's* stream, so only the single place that orders messages
//! (the hub) can assign it, and that happens after entries were rendered
//! in parallel batches. `cursor` is the last key of `data`, and `data` is
//! the last key of the message, so a full or lite message produced by
//! `render` ends in `}}`; the cursor goes right before those two braces.
//! That is one copy of the bytes, never a re-serialisation, and the result
//! is exactly what serialising a
//! [`CertificateUpdate`](crate::message::CertificateUpdate) with
//! `data.cursor` set would give.

/// `message` (a full or lite `certificate_update` from
/// [`render`](crate::render)) with `"cursor":<cursor>` appended to `data`.
///
/// Returns `None` when `message` does not end like a rendered
/// `certificate_update` (a domains-only message, a heartbeat), so a caller
/// cannot silently produce broken JSON.
pub fn with_cursor(message: &str, cursor: &str) -> Option<String> {
    let body = message.strip_suffix("}}")?;
    let cursor_json = serde_json::to_string(cursor).ok()?;
    let mut out = String::with_capacity(message.len() + cursor_json.len() + 12);
    out.push_str(body);
    out.push_str(r#","cursor":"#);
    out.push_str(&cursor_json);
    out.push_str("}}");
    Some(out)
}
