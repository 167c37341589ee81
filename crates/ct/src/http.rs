//! The one place that turns an HTTP GET into bytes or a [`FetchError`].
//!
//! Both protocol clients share it so that status codes, `Retry-After`,
//! timeouts and connection failures are classified identically: watchers
//! decide how to back off from [`FetchError::kind`] and
//! [`FetchError::retry_after`], whichever protocol the log speaks.
//!
//! Bodies are read chunk by chunk against a size cap, because a log (or
//! something pretending to be one) could otherwise make us buffer an
//! unbounded response. The cap is far above any legitimate response (a full
//! data tile or a 1000-entry `get-entries` batch is a few MB).

use std::time::{Duration, SystemTime};

use bytes::{Bytes, BytesMut};
use reqwest::header::{HeaderMap, RETRY_AFTER};

use crate::{DecodeError, FetchError};

/// Largest response body accepted, in bytes.
pub(crate) const MAX_BODY_BYTES: usize = 64 * 1024 * 1024;

/// GET `url` and return the (gzip-decoded, if the client has gzip enabled)
/// body of a 2xx response.
pub(crate) async fn get(http: &reqwest::Client, url: &str) -> Result<Bytes, FetchError> {
    let mut response = http.get(url).send().await.map_err(|e| classify(url, &e))?;
    let status = response.status();
    if !status.is_success() {
        return Err(FetchError::Status {
            status: status.as_u16(),
            url: url.to_owned(),
            retry_after: retry_after(response.headers(), SystemTime::now()),
        });
    }
    let mut body = BytesMut::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| classify(url, &e))? {
        if body.len() + chunk.len() > MAX_BODY_BYTES {
            return Err(decode_error(
                url,
                format!("body larger than {MAX_BODY_BYTES} bytes"),
            ));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

/// Wrap a decoding problem with the URL it came from.
pub(crate) fn decode_error(url: &str, message: impl Into<String>) -> FetchError {
    FetchError::Decode {
        url: url.to_owned(),
        source: DecodeError(message.into()),
    }
}

/// Timeouts are their own kind (the log is slow, not down); everything
/// else reqwest reports before a status arrives is a network failure.
fn classify(url: &str, e: &reqwest::Error) -> FetchError {
    if e.is_timeout() {
        FetchError::Timeout(url.to_owned())
    } else if e.is_decode() {
        // e.g. a corrupt gzip stream: the body arrived but is malformed.
        decode_error(url, e.to_string())
    } else {
        // Include the source chain: reqwest's top-level message alone is
        // just "error sending request".
        let mut message = e.to_string();
        let mut source = std::error::Error::source(e);
        while let Some(s) = source {
            message.push_str(": ");
            message.push_str(&s.to_string());
            source = s.source();
        }
        FetchError::Network {
            url: url.to_owned(),
            message,
        }
    }
}

/// `Retry-After` as delta-seconds or an HTTP-date (RFC 9110 §10.2.3); a
/// date in the past means "now". Unparseable values are ignored.
fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(RETRY_AFTER, HeaderValue::from_str(value).unwrap());
        h
    }

    #[test]
    fn retry_after_delta_seconds() {
        let now = SystemTime::now();
        assert_eq!(
            retry_after(&headers("120"), now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(retry_after(&headers("soon"), now), None);
        assert_eq!(retry_after(&HeaderMap::new(), now), None);
    }

    #[test]
    fn retry_after_http_date() {
        // Sun, 06 Nov 1994 08:49:37 GMT is 784111777 s after the epoch.
        let date = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777);
        let now = date - Duration::from_secs(30);
        assert_eq!(
            retry_after(&headers("Sun, 06 Nov 1994 08:49:37 GMT"), now),
            Some(Duration::from_secs(30))
        );
        // The obsolete asctime form is accepted too.
        assert_eq!(
            retry_after(&headers("Sun Nov  6 08:49:37 1994"), now),
            Some(Duration::from_secs(30))
        );
        // A date already past means retry now.
        let later = date + Duration::from_secs(5);
        assert_eq!(
            retry_after(&headers("Sun, 06 Nov 1994 08:49:37 GMT"), later),
            Some(Duration::ZERO)
        );
    }
}
