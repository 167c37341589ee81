//! Counters of websocket session events other than plain connects:
//! lagging clients, refused connections and misbehaving peers.
//!
//! # Design
//! Kept apart from [`crate::stats::Stats`]'s log counters so the websocket
//! side can grow (and later move to a metrics exporter) without touching
//! them. All counters are monotonic atomics bumped from many session tasks;
//! `/stats` shows them under `sessions`.

use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;

use crate::limits::Refused;

/// Session event counters; one per server, inside [`crate::stats::Stats`].
#[derive(Debug, Default)]
pub struct SessionCounters {
    skipped_clients: AtomicU64,
    skipped_messages: AtomicU64,
    refused_full: AtomicU64,
    refused_per_ip: AtomicU64,
    oversized_frames: AtomicU64,
    protocol_errors: AtomicU64,
    idle_timeouts: AtomicU64,
    deflate_sessions: AtomicU64,
}

/// The `sessions` object of `/stats`.
#[derive(Debug, Clone, Serialize)]
pub struct SessionSnapshot {
    /// Times a `?on_lag=skip` client fell behind the ring and skipped ahead.
    pub skips: u64,
    /// Messages those skips jumped over, in total.
    pub skipped_messages: u64,
    /// Upgrades refused because the server was full (HTTP 503).
    pub refused_full: u64,
    /// Upgrades refused because the address had too many (HTTP 429).
    pub refused_per_ip: u64,
    /// Sessions closed with 1009 for an oversized inbound frame.
    pub oversized_frames: u64,
    /// Sessions closed with 1002 for a malformed inbound frame.
    pub protocol_errors: u64,
    /// Sessions closed because the client sent nothing, not even a pong.
    pub idle_timeouts: u64,
    /// Sessions that negotiated permessage-deflate.
    pub deflate_sessions: u64,
}

impl SessionCounters {
    /// A skip-mode client jumped over `missed` messages.
    pub fn skipped(&self, missed: u64) {
        self.skipped_clients.fetch_add(1, Ordering::Relaxed);
        self.skipped_messages.fetch_add(missed, Ordering::Relaxed);
    }

    /// An upgrade was refused.
    pub fn refused(&self, why: Refused) {
        let counter = match why {
            Refused::Full(_) => &self.refused_full,
            Refused::PerIp(_) => &self.refused_per_ip,
        };
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// A session ended with 1009.
    pub fn oversized_frame(&self) {
        self.oversized_frames.fetch_add(1, Ordering::Relaxed);
    }

    /// A session ended with 1002.
    pub fn protocol_error(&self) {
        self.protocol_errors.fetch_add(1, Ordering::Relaxed);
    }

    /// A session ended for silence.
    pub fn idle_timeout(&self) {
        self.idle_timeouts.fetch_add(1, Ordering::Relaxed);
    }

    /// A session negotiated permessage-deflate.
    pub fn deflate_session(&self) {
        self.deflate_sessions.fetch_add(1, Ordering::Relaxed);
    }

    /// Current values.
    pub fn snapshot(&self) -> SessionSnapshot {
        let get = |counter: &AtomicU64| counter.load(Ordering::Relaxed);
        SessionSnapshot {
            skips: get(&self.skipped_clients),
            skipped_messages: get(&self.skipped_messages),
            refused_full: get(&self.refused_full),
            refused_per_ip: get(&self.refused_per_ip),
            oversized_frames: get(&self.oversized_frames),
            protocol_errors: get(&self.protocol_errors),
            idle_timeouts: get(&self.idle_timeouts),
            deflate_sessions: get(&self.deflate_sessions),
        }
    }
}
