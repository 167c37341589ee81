//! Connection limits, checked before the websocket upgrade.
//!
//! # Design
//! - **Refuse with HTTP, not with a websocket close.** A refused client gets
//!   a plain `503` (server full) or `429` (too many from its address) with a
//!   sentence saying which limit it hit, before any upgrade: cheaper for the
//!   server, and visible in any HTTP client or browser console.
//! - **A permit per connection.** [`ConnectionLimiter::acquire`] returns a
//!   [`Permit`] that the session holds; dropping it (however the session
//!   ends) gives the slot back, so counts cannot leak.
//! - One mutex guards both counts: connects and disconnects are rare
//!   compared with messages, and one lock keeps the two counts consistent.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};

use axum::http::StatusCode;

/// Counts open websocket connections, overall and per client address.
#[derive(Debug)]
pub struct ConnectionLimiter {
    max_total: usize,
    max_per_ip: usize,
    counts: Mutex<Counts>,
}

#[derive(Debug, Default)]
struct Counts {
    total: usize,
    per_ip: HashMap<IpAddr, usize>,
}

/// Why a connection was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    /// The server holds its maximum number of connections.
    #[error("server is at its connection limit ({0} connections); try again later")]
    Full(usize),
    /// This address holds its maximum number of connections.
    #[error("too many connections from your address (limit {0})")]
    PerIp(usize),
}

impl Refused {
    /// The HTTP status the refusal is answered with.
    pub fn status(self) -> StatusCode {
        match self {
            Refused::Full(_) => StatusCode::SERVICE_UNAVAILABLE,
            Refused::PerIp(_) => StatusCode::TOO_MANY_REQUESTS,
        }
    }
}

impl ConnectionLimiter {
    /// A limiter allowing `max_total` connections, `max_per_ip` per address.
    pub fn new(max_total: usize, max_per_ip: usize) -> Arc<ConnectionLimiter> {
        Arc::new(ConnectionLimiter {
            max_total,
            max_per_ip,
            counts: Mutex::new(Counts::default()),
        })
    }

    /// Take a slot for a connection from `ip`, or say which limit is hit.
    pub fn acquire(self: &Arc<Self>, ip: IpAddr) -> Result<Permit, Refused> {
        let mut counts = self.counts.lock().unwrap_or_else(PoisonError::into_inner);
        if counts.total >= self.max_total {
            return Err(Refused::Full(self.max_total));
        }
        let from_ip = counts.per_ip.entry(ip).or_default();
        if *from_ip >= self.max_per_ip {
            return Err(Refused::PerIp(self.max_per_ip));
        }
        *from_ip += 1;
        counts.total += 1;
        Ok(Permit {
            limiter: Arc::clone(self),
            ip,
        })
    }

    fn release(&self, ip: IpAddr) {
        let mut counts = self.counts.lock().unwrap_or_else(PoisonError::into_inner);
        counts.total = counts.total.saturating_sub(1);
        if let Some(from_ip) = counts.per_ip.get_mut(&ip) {
            *from_ip -= 1;
            if *from_ip == 0 {
                counts.per_ip.remove(&ip);
            }
        }
    }
}

/// One connection's slot; released on drop.
#[derive(Debug)]
pub struct Permit {
    limiter: Arc<ConnectionLimiter>,
    ip: IpAddr,
}

impl Drop for Permit {
    fn drop(&mut self) {
        self.limiter.release(self.ip);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_apply_overall_and_per_address_and_free_on_drop() {
        let limiter = ConnectionLimiter::new(3, 2);
        let a: IpAddr = "127.0.0.1".parse().unwrap();
        let b: IpAddr = "127.0.0.2".parse().unwrap();
        let a1 = limiter.acquire(a).unwrap();
        let _a2 = limiter.acquire(a).unwrap();
        assert_eq!(limiter.acquire(a).unwrap_err(), Refused::PerIp(2));
        let _b1 = limiter.acquire(b).unwrap();
        assert_eq!(limiter.acquire(b).unwrap_err(), Refused::Full(3));
        drop(a1);
        let _b2 = limiter.acquire(b).unwrap();
        assert_eq!(Refused::Full(3).status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(Refused::PerIp(2).status(), StatusCode::TOO_MANY_REQUESTS);
    }
}
