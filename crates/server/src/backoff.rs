//! Retry delays for a failing log: exponential, jittered, capped, and never
//! shorter than what the log asked for.
//!
//! # Design
//! Hand-written because it is a dozen lines and the crates for it
//! (`backoff`, `backon`) want to own the retry loop, while a watcher's loop
//! also has to poll, count errors and watch for shutdown. "Equal jitter"
//! (half fixed, half random) keeps hundreds of log watchers that failed
//! together (say, the network dropped) from retrying in lock-step, while
//! still guaranteeing a minimum wait. A `Retry-After` from the log wins
//! over the computed delay when it is longer.

use std::time::Duration;

use rand::Rng;

/// First retry delay.
const BASE: Duration = Duration::from_secs(1);

/// Exponential backoff state of one log.
#[derive(Debug, Clone)]
pub struct Backoff {
    failures: u32,
    max: Duration,
}

impl Backoff {
    /// Delays grow from 1 s up to `max`.
    pub fn new(max: Duration) -> Backoff {
        Backoff { failures: 0, max }
    }

    /// The wait before the next attempt after one more failure.
    pub fn next_delay(&mut self, retry_after: Option<Duration>) -> Duration {
        let exponential = BASE
            .saturating_mul(1u32 << self.failures.min(20))
            .min(self.max)
            .max(Duration::from_millis(1));
        self.failures = self.failures.saturating_add(1);
        let half = exponential / 2;
        let jittered = half + rand::rng().random_range(Duration::ZERO..=half);
        jittered.max(retry_after.unwrap_or(Duration::ZERO))
    }

    /// Forget past failures after a success.
    pub fn reset(&mut self) {
        self.failures = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_double_with_jitter_up_to_the_cap() {
        let max = Duration::from_secs(10);
        let mut backoff = Backoff::new(max);
        for ceiling in [1, 2, 4, 8, 10, 10, 10] {
            let ceiling = Duration::from_secs(ceiling);
            let delay = backoff.next_delay(None);
            assert!(
                delay >= ceiling / 2 && delay <= ceiling,
                "{delay:?} not in [{:?}, {ceiling:?}]",
                ceiling / 2
            );
        }
        backoff.reset();
        assert!(backoff.next_delay(None) <= Duration::from_secs(1));
    }

    #[test]
    fn retry_after_wins_when_longer() {
        let mut backoff = Backoff::new(Duration::from_secs(10));
        let asked = Duration::from_secs(120);
        assert_eq!(backoff.next_delay(Some(asked)), asked);
        // A short Retry-After does not shorten the backoff.
        let delay = backoff.next_delay(Some(Duration::from_millis(1)));
        assert!(delay >= Duration::from_secs(1), "{delay:?}");
    }

    #[test]
    fn jitter_spreads_retries() {
        let delays: std::collections::HashSet<Duration> = (0..20)
            .map(|_| Backoff::new(Duration::from_secs(60)).next_delay(None))
            .collect();
        assert!(delays.len() > 1, "20 fresh backoffs all chose {delays:?}");
    }
}
