//! What a client asked of a stream, parsed from its query string and
//! headers before anything is upgraded or streamed.
//!
//! # Design
//! - **Everything is checked up front**, so a bad filter, a malformed
//!   `since` or an unknown option is an HTTP 400 with a sentence saying
//!   what is wrong, never a stream that silently ignores it.
//! - **Filters are `certstream_format::filter`'s**; this module owns the
//!   other parameters: `since`, `dedupe`, `on_lag`, `format` and `stream`
//!   (which stream `/sse` carries). The `Last-Event-ID` header (sent by a
//!   reconnecting `EventSource`) is a `since` and wins over the query,
//!   because a browser reconnects with the URL it first opened.

use axum::http::{header, HeaderMap, Uri};
use certstream_format::filter::Filter;

use crate::connection::OnLag;
use crate::hub::StreamKind;

/// Header a reconnecting Server-Sent Events client sends.
pub const LAST_EVENT_ID: &str = "last-event-id";

/// How the messages are carried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    /// RFC 6455 websocket (the certstream default).
    WebSocket,
    /// `text/event-stream`, `id:` = cursor.
    Sse,
    /// One JSON message per line over chunked HTTP.
    Ndjson,
}

/// A client's stream options.
#[derive(Debug)]
pub struct StreamRequest {
    /// Resume after this cursor.
    pub since: Option<u64>,
    /// Server-side filters (empty: everything).
    pub filter: Filter,
    /// `?dedupe=1`: each issuance once.
    pub dedupe: bool,
    /// What happens when the client falls behind.
    pub on_lag: OnLag,
    /// `?format=ndjson`.
    pub ndjson: bool,
    /// `?stream=full|lite|domains` (`/sse` only; other routes imply it).
    pub stream: Option<StreamKind>,
}

/// Parse the request's options; `Err` is the 400 body.
pub fn parse(uri: &Uri, headers: &HeaderMap) -> Result<StreamRequest, String> {
    let query = uri.query().unwrap_or("");
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    let filter =
        Filter::from_query(pairs.iter().map(|(k, v)| (k, v))).map_err(|e| e.to_string())?;
    let mut request = StreamRequest {
        since: None,
        filter,
        dedupe: false,
        on_lag: OnLag::Close,
        ndjson: false,
        stream: None,
    };
    for (key, value) in &pairs {
        match key.as_str() {
            "since" => request.since = Some(cursor(value, "since")?),
            "dedupe" => {
                request.dedupe = match value.as_str() {
                    "1" | "true" | "yes" => true,
                    "0" | "false" | "no" => false,
                    _ => return Err(format!("dedupe must be 1 or 0, not {value:?}")),
                }
            }
            "on_lag" => {
                request.on_lag = match value.as_str() {
                    "close" => OnLag::Close,
                    "skip" => OnLag::Skip,
                    _ => return Err("on_lag must be close or skip".to_owned()),
                }
            }
            "format" => {
                request.ndjson = match value.as_str() {
                    "ndjson" => true,
                    _ => return Err(format!("format must be ndjson, not {value:?}")),
                }
            }
            "stream" => {
                request.stream = Some(match value.as_str() {
                    "lite" => StreamKind::Lite,
                    "full" => StreamKind::Full,
                    "domains" => StreamKind::DomainsOnly,
                    _ => {
                        return Err(format!(
                            "stream must be full, lite or domains, not {value:?}"
                        ))
                    }
                })
            }
            _ => {}
        }
    }
    if let Some(last) = headers.get(LAST_EVENT_ID) {
        let last = last
            .to_str()
            .map_err(|_| "Last-Event-ID must be a cursor".to_owned())?;
        request.since = Some(cursor(last, "Last-Event-ID")?);
    }
    Ok(request)
}

/// Whether the client asked for Server-Sent Events.
pub fn wants_sse(headers: &HeaderMap) -> bool {
    headers.get_all(header::ACCEPT).iter().any(|value| {
        value.to_str().is_ok_and(|v| {
            v.split(',')
                .any(|part| part.trim().starts_with("text/event-stream"))
        })
    })
}

/// A cursor as clients send it back: the decimal sequence number.
fn cursor(value: &str, what: &str) -> Result<u64, String> {
    value.trim().parse().map_err(|_| {
        format!("{what} must be a cursor (the data.cursor of a message received), not {value:?}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_query(query: &str) -> Result<StreamRequest, String> {
        let uri: Uri = format!("/full-stream?{query}").parse().unwrap();
        parse(&uri, &HeaderMap::new())
    }

    #[test]
    fn options_parse_and_bad_values_explain_themselves() {
        let request =
            parse_query("since=41&dedupe=1&on_lag=skip&format=ndjson&stream=domains&domain=a.com")
                .unwrap();
        assert_eq!(request.since, Some(41));
        assert!(request.dedupe && request.ndjson);
        assert_eq!(request.on_lag, OnLag::Skip);
        assert_eq!(request.stream, Some(StreamKind::DomainsOnly));
        assert!(!request.filter.is_empty());

        for (query, needle) in [
            ("since=abc", "since must be a cursor"),
            ("since=-1", "since must be a cursor"),
            ("regex=(", "invalid regex"),
            ("update_type=cat", "update_type"),
            ("dedupe=maybe", "dedupe"),
            ("format=xml", "format"),
            ("stream=everything", "stream"),
        ] {
            let error = parse_query(query).unwrap_err();
            assert!(error.contains(needle), "{query}: {error}");
        }
    }

    #[test]
    fn last_event_id_wins_over_since() {
        let uri: Uri = "/sse?since=5".parse().unwrap();
        let mut headers = HeaderMap::new();
        headers.insert(LAST_EVENT_ID, "9".parse().unwrap());
        assert_eq!(parse(&uri, &headers).unwrap().since, Some(9));
        headers.insert(LAST_EVENT_ID, "nine".parse().unwrap());
        assert!(parse(&uri, &headers).is_err());
    }
}
