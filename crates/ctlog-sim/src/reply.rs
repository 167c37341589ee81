//! A response before HTTP encoding: the endpoint handlers build one, the
//! dispatcher applies body faults and gzip, then turns it into an axum response.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use flate2::write::GzEncoder;
use flate2::Compression;
use std::io::Write;

/// Status, content type, body and extra headers of one response.
pub(crate) struct Reply {
    pub(crate) status: StatusCode,
    pub(crate) content_type: &'static str,
    pub(crate) body: Vec<u8>,
    pub(crate) retry_after: Option<u64>,
}

impl Reply {
    /// A 200 response.
    pub(crate) fn ok(content_type: &'static str, body: Vec<u8>) -> Self {
        Self {
            status: StatusCode::OK,
            content_type,
            body,
            retry_after: None,
        }
    }

    /// A 200 JSON response.
    pub(crate) fn json(value: &impl serde::Serialize) -> Self {
        match serde_json::to_vec(value) {
            Ok(body) => Self::ok("application/json", body),
            Err(e) => Self::error(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
        }
    }

    /// An error with a plain-text explanation.
    pub(crate) fn error(status: StatusCode, message: &str) -> Self {
        Self {
            status,
            content_type: "text/plain; charset=utf-8",
            body: format!("{message}\n").into_bytes(),
            retry_after: None,
        }
    }

    /// A 404.
    pub(crate) fn not_found() -> Self {
        Self::error(StatusCode::NOT_FOUND, "not found")
    }

    /// Keeps only the first half of the body (the TruncatedBody fault).
    pub(crate) fn truncate(&mut self) {
        self.body.truncate(self.body.len() / 2);
    }

    /// Encodes the reply, gzipping the body when the client accepts gzip.
    pub(crate) fn into_response(self, gzip: bool) -> Response {
        let mut body = self.body;
        let mut encoded = false;
        if gzip && !body.is_empty() {
            let mut enc = GzEncoder::new(Vec::new(), Compression::fast());
            if let Ok(zipped) = enc.write_all(&body).and_then(|()| enc.finish()) {
                body = zipped;
                encoded = true;
            }
        }
        let mut resp = (self.status, body).into_response();
        let headers = resp.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(self.content_type),
        );
        if encoded {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        }
        if let Some(secs) = self.retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        resp
    }
}
