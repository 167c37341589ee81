//! When and how often to reconnect after the connection drops.
//!
//! Exponential backoff with full jitter, so that thousands of clients cut
//! off by one server restart do not all come back in the same second. The
//! delay sequence comes from the `backon` crate; this type only wraps its
//! builder so that `backon` stays out of the public API. The sequence
//! restarts once a new connection delivers a message, so a long-lived
//! client that drops once a day always retries quickly at first.

use backon::{BackoffBuilder, ExponentialBuilder};
use std::time::Duration;

/// How the client retries after losing its connection.
///
/// The default retries forever, waiting 1 s, 2 s, 4 s... up to 60 s
/// between attempts, each with random jitter: certstream-python also
/// retries forever (every 5 s).
///
/// ```
/// use std::time::Duration;
/// let policy = certstream::ReconnectPolicy::default()
///     .min_delay(Duration::from_millis(500))
///     .max_delay(Duration::from_secs(10))
///     .max_attempts(20);
/// let client = certstream::Client::builder().reconnect(policy).build()?;
/// # Ok::<(), certstream::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReconnectPolicy {
    min_delay: Duration,
    max_delay: Duration,
    factor: f32,
    max_attempts: Option<usize>,
    jitter: bool,
}

impl Default for ReconnectPolicy {
    fn default() -> Self {
        ReconnectPolicy {
            min_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(60),
            factor: 2.0,
            max_attempts: None,
            jitter: true,
        }
    }
}

impl ReconnectPolicy {
    /// Never reconnect: the stream ends with
    /// [`Error::ReconnectExhausted`](crate::Error::ReconnectExhausted) at
    /// the first drop. For tools that must notice every gap themselves.
    pub fn never() -> Self {
        ReconnectPolicy::default().max_attempts(0)
    }

    /// The first delay (before jitter).
    pub fn min_delay(mut self, delay: Duration) -> Self {
        self.min_delay = delay;
        self
    }

    /// The longest delay between two attempts.
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// How much each delay grows over the previous one (default 2).
    pub fn factor(mut self, factor: f32) -> Self {
        self.factor = factor;
        self
    }

    /// Give up after this many failed attempts in a row.
    pub fn max_attempts(mut self, attempts: usize) -> Self {
        self.max_attempts = Some(attempts);
        self
    }

    /// Retry forever (the default).
    pub fn forever(mut self) -> Self {
        self.max_attempts = None;
        self
    }

    /// Turn jitter off, for deterministic delays (tests, debugging).
    pub fn without_jitter(mut self) -> Self {
        self.jitter = false;
        self
    }

    /// A fresh delay sequence; `None` from it means give up.
    pub(crate) fn delays(&self) -> impl Iterator<Item = Duration> + Send {
        let mut builder = ExponentialBuilder::default()
            .with_min_delay(self.min_delay)
            .with_max_delay(self.max_delay)
            .with_factor(self.factor);
        builder = match self.max_attempts {
            Some(attempts) => builder.with_max_times(attempts),
            None => builder.without_max_times(),
        };
        if self.jitter {
            builder = builder.with_jitter();
        }
        builder.build()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_exponentially_up_to_the_cap() {
        let policy = ReconnectPolicy::default()
            .min_delay(Duration::from_secs(1))
            .max_delay(Duration::from_secs(5))
            .without_jitter();
        let delays: Vec<u64> = policy.delays().take(5).map(|d| d.as_secs()).collect();
        assert_eq!(delays, [1, 2, 4, 5, 5]);
    }

    #[test]
    fn max_attempts_ends_the_sequence() {
        assert_eq!(
            ReconnectPolicy::default().max_attempts(3).delays().count(),
            3
        );
        assert_eq!(ReconnectPolicy::never().delays().count(), 0);
    }

    #[test]
    fn jitter_stays_within_one_extra_delay() {
        let policy = ReconnectPolicy::default().min_delay(Duration::from_secs(1));
        let first = policy.delays().next();
        assert!(first.is_some_and(|d| d >= Duration::from_secs(1) && d <= Duration::from_secs(2)));
    }
}
