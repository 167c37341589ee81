//! The fan-out from watchers to websocket clients.
//!
//! # Design
//! - **Serialise once, share bytes.** A [`Message`] holds the three wire forms
//!   of one certificate as [`Utf8Bytes`]; every client of a stream sends the
//!   same buffer, so handing it to a thousand clients is a thousand refcount
//!   bumps, not a thousand JSON encodings.
//! - **One bounded ring, a cursor per client.** [`tokio::sync::broadcast`] is
//!   exactly that: publishing never waits for clients, each [`Subscription`]
//!   reads at its own pace, and memory is bounded by the ring capacity.
//! - **Slow clients are cut off, not waited for.** A subscription that falls
//!   more than the ring behind gets [`Next::Lagged`]; the connection then
//!   closes with a reason. Skipping silently would hand the client a stream
//!   with holes it cannot detect.
//! - **Recent messages are kept for HTTP.** The newest lite messages back
//!   `/latest.json` and `/example.json`; they are kept as the same shared
//!   bytes, so those routes never re-serialise anything.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, PoisonError};

use axum::extract::ws::Utf8Bytes;
use tokio::sync::broadcast;

/// How many lite messages `/latest.json` shows.
pub const LATEST_LEN: usize = 25;

/// Which websocket stream a client chose; selects the form it is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StreamKind {
    /// `/`: certificate_update without the chain and `as_der`.
    Lite,
    /// `/full-stream`: the whole certificate_update message.
    Full,
    /// `/domains-only`: dns_entries messages.
    DomainsOnly,
}

/// One certificate in all three wire forms, serialised once.
#[derive(Debug, Clone)]
pub struct Message {
    /// `/full-stream` form.
    pub full: Utf8Bytes,
    /// `/` (lite) form.
    pub lite: Utf8Bytes,
    /// `/domains-only` form.
    pub domains: Utf8Bytes,
}

impl Message {
    /// The form a client of `kind` is sent (a cheap clone of shared bytes).
    pub fn for_stream(&self, kind: StreamKind) -> Utf8Bytes {
        match kind {
            StreamKind::Lite => self.lite.clone(),
            StreamKind::Full => self.full.clone(),
            StreamKind::DomainsOnly => self.domains.clone(),
        }
    }
}

/// Handle to the fan-out; cheap to clone (shared inside).
#[derive(Debug, Clone)]
pub struct Hub {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    sender: broadcast::Sender<Arc<Message>>,
    /// Newest first, at most [`LATEST_LEN`].
    recent_lite: Mutex<VecDeque<Utf8Bytes>>,
}

impl Hub {
    /// A hub whose clients may fall `capacity` messages behind (at least 1).
    pub fn new(capacity: usize) -> Hub {
        let (sender, _) = broadcast::channel(capacity.max(1));
        Hub {
            inner: Arc::new(Inner {
                sender,
                recent_lite: Mutex::new(VecDeque::with_capacity(LATEST_LEN)),
            }),
        }
    }

    /// Send a message to every current subscriber. Never waits: a
    /// subscriber that cannot keep up finds out on its next read.
    pub fn publish(&self, message: Message) {
        {
            let mut recent = self.recent();
            recent.push_front(message.lite.clone());
            recent.truncate(LATEST_LEN);
        }
        // An error only means nobody is listening right now.
        let _ = self.inner.sender.send(Arc::new(message));
    }

    /// A new cursor that sees every message published from now on.
    pub fn subscribe(&self) -> Subscription {
        Subscription {
            receiver: self.inner.sender.subscribe(),
        }
    }

    /// The body of `/latest.json`: `{"messages":[...]}`, newest first.
    pub fn latest_json(&self) -> String {
        let recent = self.recent();
        let mut body = String::from("{\"messages\":[");
        for (i, message) in recent.iter().enumerate() {
            if i > 0 {
                body.push(',');
            }
            body.push_str(message.as_str());
        }
        body.push_str("]}");
        body
    }

    /// The newest lite message, for `/example.json`.
    pub fn example(&self) -> Option<Utf8Bytes> {
        self.recent().front().cloned()
    }

    fn recent(&self) -> std::sync::MutexGuard<'_, VecDeque<Utf8Bytes>> {
        // The guarded data is a plain queue; a panic elsewhere cannot leave
        // it half-updated in a way that matters, so poisoning is ignored.
        self.inner
            .recent_lite
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

/// One client's cursor into the ring.
#[derive(Debug)]
pub struct Subscription {
    receiver: broadcast::Receiver<Arc<Message>>,
}

/// What a [`Subscription`] yields next.
#[derive(Debug)]
pub enum Next {
    /// The next message, in publish order.
    Message(Arc<Message>),
    /// The client fell this many messages behind the ring and missed them;
    /// it must be disconnected.
    Lagged(u64),
    /// The hub is gone (server shutting down).
    Closed,
}

impl Subscription {
    /// Wait for the next published message.
    pub async fn next(&mut self) -> Next {
        match self.receiver.recv().await {
            Ok(message) => Next::Message(message),
            Err(broadcast::error::RecvError::Lagged(missed)) => Next::Lagged(missed),
            Err(broadcast::error::RecvError::Closed) => Next::Closed,
        }
    }
}
