//! Fault injection and request accounting, per log.
//!
//! A test queues faults with [`crate::LogHandle::inject`]; each request to a
//! log takes the *first* queued fault whose endpoint matches (at most one
//! fault per request) and decrements its count. Queue order makes scripted
//! sequences predictable ("two 503s, then a truncated body"). Every request is
//! counted, faulted or not, per endpoint and per exact path, so tests can
//! assert e.g. that each tile was fetched once.

use std::collections::HashMap;
use std::time::Duration;

use crate::entry::Protocol;

/// The endpoints a simulated log serves; faults and counters are keyed by them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Endpoint {
    /// RFC 6962 `ct/v1/get-sth`.
    GetSth,
    /// RFC 6962 `ct/v1/get-entries`.
    GetEntries,
    /// RFC 6962 `ct/v1/get-roots`.
    GetRoots,
    /// static-ct-api `checkpoint`.
    Checkpoint,
    /// static-ct-api `tile/data/...`.
    DataTile,
    /// static-ct-api `tile/<L>/...` hash tiles.
    HashTile,
    /// static-ct-api `issuer/<fingerprint>`.
    Issuer,
}

impl Endpoint {
    /// The protocol the endpoint belongs to.
    pub fn protocol(self) -> Protocol {
        match self {
            Endpoint::GetSth | Endpoint::GetEntries | Endpoint::GetRoots => Protocol::Rfc6962,
            _ => Protocol::StaticCt,
        }
    }
}

/// A misbehaviour to serve instead of (or on top of) the normal response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Any endpoint: answer with this HTTP status and a short text body,
    /// plus `Retry-After: <secs>` when given (429/503 rate limiting).
    Status {
        /// The HTTP status code, e.g. 429, 500, 503.
        code: u16,
        /// Value of the Retry-After header, whole seconds.
        retry_after: Option<Duration>,
    },
    /// Any endpoint: wait this long, then answer normally.
    Delay(Duration),
    /// Any endpoint: send only the first half of the (uncompressed) body.
    TruncatedBody,
    /// get-entries: the first entry's `leaf_input` is not valid base64.
    InvalidBase64,
    /// get-entries: return at most this many entries, below the normal cap.
    ShortEntries(u64),
    /// get-sth / checkpoint: a well-formed signature that does not verify.
    BadSignature,
    /// get-sth / checkpoint: a correctly signed head this many entries smaller
    /// than the published size (a log that went back in time).
    ShrinkTree(u64),
    /// get-sth / checkpoint: a correctly signed head of the published size
    /// whose root hash differs (a split view: two trees of one size).
    ForkRoot,
}

impl Fault {
    /// Whether this fault means anything on `endpoint`; [`crate::LogHandle::inject`]
    /// rejects combinations that could never fire, so a typo fails the test loudly.
    pub fn applies_to(&self, endpoint: Endpoint) -> bool {
        match self {
            Fault::Status { .. } | Fault::Delay(_) | Fault::TruncatedBody => true,
            Fault::InvalidBase64 | Fault::ShortEntries(_) => endpoint == Endpoint::GetEntries,
            Fault::BadSignature | Fault::ShrinkTree(_) | Fault::ForkRoot => {
                matches!(endpoint, Endpoint::GetSth | Endpoint::Checkpoint)
            }
        }
    }
}

/// One log's queued faults and request counters.
#[derive(Debug, Default)]
pub(crate) struct Faults {
    queue: Vec<(Endpoint, Fault, u32)>,
    by_endpoint: HashMap<Endpoint, u64>,
    by_path: HashMap<String, u64>,
}

impl Faults {
    /// Queues `fault` for the next `times` requests to `endpoint`.
    pub(crate) fn push(&mut self, endpoint: Endpoint, fault: Fault, times: u32) {
        if times > 0 {
            self.queue.push((endpoint, fault, times));
        }
    }

    /// Drops every queued fault.
    pub(crate) fn clear(&mut self) {
        self.queue.clear();
    }

    /// Counts a request and takes the fault it should get, if any.
    pub(crate) fn on_request(&mut self, endpoint: Endpoint, path: &str) -> Option<Fault> {
        *self.by_endpoint.entry(endpoint).or_default() += 1;
        *self.by_path.entry(path.to_owned()).or_default() += 1;
        let pos = self.queue.iter().position(|(e, _, _)| *e == endpoint)?;
        let slot = self.queue.get_mut(pos)?;
        slot.2 -= 1;
        let fault = slot.1.clone();
        if slot.2 == 0 {
            self.queue.remove(pos);
        }
        Some(fault)
    }

    /// Requests received on `endpoint` so far.
    pub(crate) fn count(&self, endpoint: Endpoint) -> u64 {
        self.by_endpoint.get(&endpoint).copied().unwrap_or(0)
    }

    /// Requests received for exactly `path` (relative to the log prefix, no query).
    pub(crate) fn path_count(&self, path: &str) -> u64 {
        self.by_path.get(path).copied().unwrap_or(0)
    }

    /// Faults still queued.
    pub(crate) fn pending(&self) -> u32 {
        self.queue.iter().map(|(_, _, n)| n).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_fire_in_order_and_are_consumed() {
        let mut f = Faults::default();
        f.push(Endpoint::GetSth, Fault::BadSignature, 1);
        f.push(Endpoint::GetEntries, Fault::InvalidBase64, 2);
        f.push(Endpoint::GetSth, Fault::TruncatedBody, 1);
        assert_eq!(
            f.on_request(Endpoint::GetEntries, "a"),
            Some(Fault::InvalidBase64)
        );
        assert_eq!(
            f.on_request(Endpoint::GetSth, "s"),
            Some(Fault::BadSignature)
        );
        assert_eq!(
            f.on_request(Endpoint::GetSth, "s"),
            Some(Fault::TruncatedBody)
        );
        assert_eq!(f.on_request(Endpoint::GetSth, "s"), None);
        assert_eq!(f.pending(), 1);
        assert_eq!(f.count(Endpoint::GetSth), 3);
        assert_eq!(f.path_count("s"), 3);
        assert_eq!(f.path_count("a"), 1);
    }

    #[test]
    fn applicability() {
        assert!(Fault::TruncatedBody.applies_to(Endpoint::DataTile));
        assert!(!Fault::InvalidBase64.applies_to(Endpoint::GetSth));
        assert!(Fault::ShrinkTree(1).applies_to(Endpoint::Checkpoint));
        assert!(!Fault::BadSignature.applies_to(Endpoint::DataTile));
    }
}
