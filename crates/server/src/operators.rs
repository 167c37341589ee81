//! Politeness towards log operators: one HTTP client policy and one
//! request budget per operator.
//!
//! # Design
//! - **A semaphore per operator, not per log.** Operators run many logs on
//!   shared infrastructure and rate-limit per client across them, so the
//!   cap on concurrent requests (`operator_concurrency`) is shared by all
//!   of an operator's logs. A watcher holds a permit only for the duration
//!   of one request.
//! - **HTTP/2 where offered.** reqwest negotiates HTTP/2 by ALPN over TLS
//!   and multiplexes an operator's requests over one connection. Operators
//!   named in `http1_operators` get a client restricted to HTTP/1.1, for
//!   front ends whose HTTP/2 misbehaves.
//! - **A User-Agent that names us** and where to read about us, so an
//!   operator who sees our traffic can find out what it is.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use anyhow::Context;
use tokio::sync::Semaphore;

/// What every request to a log says it is.
pub const USER_AGENT: &str = concat!(
    "certstream-server/",
    env!("CARGO_PKG_VERSION"),
    " (Certificate Transparency monitor streaming certstream JSON; ",
    "source and contact: see the certstream project README)"
);

/// The HTTP clients and per-operator request budgets.
#[derive(Debug)]
pub struct Operators {
    default_http: reqwest::Client,
    http1: reqwest::Client,
    http1_names: HashSet<String>,
    per_operator: usize,
    semaphores: Mutex<HashMap<String, Arc<Semaphore>>>,
}

/// One operator's client and request budget, handed to each of its watchers.
#[derive(Debug, Clone)]
pub struct Operator {
    /// The client to use for this operator's logs.
    pub http: reqwest::Client,
    /// Held for the duration of each request.
    pub permits: Arc<Semaphore>,
}

impl Operators {
    /// Clients with `timeout` per request; `per_operator` concurrent
    /// requests per operator; HTTP/1.1 only for `http1_operators`.
    pub fn new(
        timeout: Duration,
        per_operator: usize,
        http1_operators: &[String],
    ) -> anyhow::Result<Operators> {
        let builder = || {
            reqwest::Client::builder()
                .timeout(timeout)
                .user_agent(USER_AGENT)
        };
        Ok(Operators {
            default_http: builder().build().context("building the HTTP client")?,
            http1: builder()
                .http1_only()
                .build()
                .context("building the HTTP/1 client")?,
            http1_names: http1_operators.iter().cloned().collect(),
            per_operator: per_operator.max(1),
            semaphores: Mutex::new(HashMap::new()),
        })
    }

    /// The default client (log list downloads).
    pub fn http(&self) -> &reqwest::Client {
        &self.default_http
    }

    /// The client and budget of operator `name`.
    pub fn get(&self, name: &str) -> Operator {
        let permits = self
            .semaphores
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(name.to_owned())
            .or_insert_with(|| Arc::new(Semaphore::new(self.per_operator)))
            .clone();
        let http = if self.http1_names.contains(name) {
            self.http1.clone()
        } else {
            self.default_http.clone()
        };
        Operator { http, permits }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logs_of_one_operator_share_a_budget() {
        let ops = Operators::new(Duration::from_secs(1), 2, &["Slow".to_owned()]).unwrap();
        let a = ops.get("Google");
        let b = ops.get("Google");
        let c = ops.get("Sectigo");
        assert!(Arc::ptr_eq(&a.permits, &b.permits));
        assert!(!Arc::ptr_eq(&a.permits, &c.permits));
        let _one = a.permits.try_acquire().unwrap();
        let _two = b.permits.try_acquire().unwrap();
        assert!(a.permits.try_acquire().is_err(), "third request must wait");
        assert!(c.permits.try_acquire().is_ok());
    }
}
