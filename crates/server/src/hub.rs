//! The fan-out from watchers to websocket clients: one bounded ring of
//! published entries, addressed by sequence number, with a cursor per
//! client.
//!
//! # Design
//! - **Serialise once, frame once.** A [`Message`] holds the three wire
//!   forms of one certificate as shared [`Utf8Bytes`]. Publishing wraps it
//!   in an [`Entry`] that also holds each form's websocket frame header,
//!   built once; a client sends the shared header and the shared payload
//!   (see [`Entry::push_frame`]), so a thousand clients cost a thousand
//!   refcount bumps, never a thousand encodings or copies. The
//!   permessage-deflate frame of a form is built lazily, once, by the first
//!   client that negotiated compression, and then shared the same way.
//! - **Sequence numbers.** The hub numbers entries `0, 1, 2, ...` in publish
//!   order. A client's cursor is the sequence it needs next, so "where am
//!   I" is one `u64` that can be handed back later (resuming from a store
//!   will read by sequence too); [`Hub::subscribe_from`] starts anywhere.
//! - **One bounded ring.** The ring keeps the newest `capacity` entries.
//!   Publishing never waits for clients; memory is O(ring) whatever they
//!   do. A cursor older than the ring gets [`Next::Lagged`] with the number
//!   of entries it missed and is moved to the oldest entry kept; the session
//!   then closes or reports the skip, as the client asked.
//! - **Wake-ups through a `watch` channel** holding the next sequence:
//!   waiting clients wake once per publish burst and then take everything
//!   available in one go ([`Subscription::take`]), so a batch of 256
//!   entries costs each client one wake-up and one vectored write.
//! - **Per-entry metadata.** What is extracted once per certificate for
//!   every client (the filter facts and the dedup key, [`CertMeta`]) lives
//!   on [`Entry`], beside the frames.
//! - **Cursors are stamped here.** The hub is the one place that orders
//!   messages, so it splices `data.cursor` (the entry's sequence) into the
//!   full and lite forms when it builds the [`Entry`] (one copy, outside
//!   the ring lock). What is handed to [`Hub::publish_with`] and kept in
//!   history is the message *without* the cursor.
//! - **Sequences survive restarts**: [`Hub::starting_at`] continues where
//!   the history store left off.
//! - **Recent messages are kept for HTTP.** The newest lite messages back
//!   `/latest.json` and `/example.json` as the same shared bytes.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError, RwLock};

use axum::extract::ws::Utf8Bytes;
use bytes::Bytes;
use tokio::sync::watch;

use crate::cert_meta::CertMeta;
use crate::deflate;
use crate::frame::{self, OP_TEXT};
use crate::write_queue::WriteQueue;

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

impl StreamKind {
    fn index(self) -> usize {
        match self {
            StreamKind::Lite => 0,
            StreamKind::Full => 1,
            StreamKind::DomainsOnly => 2,
        }
    }
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

/// A published message: its sequence number, its forms, and their frames.
/// Dereferences to the [`Message`].
#[derive(Debug)]
pub struct Entry {
    seq: u64,
    /// With `data.cursor` stamped into the full and lite forms.
    message: Message,
    meta: CertMeta,
    /// Per stream kind (see `StreamKind::index`).
    frames: [Frames; 3],
}

/// The prebuilt frame pieces of one form.
#[derive(Debug)]
struct Frames {
    /// Uncompressed text frame header; the payload is the form itself.
    header: Bytes,
    /// Whole compressed frame, built on first use.
    deflated: OnceLock<Bytes>,
}

impl Entry {
    /// The entry at `seq` for `message` (given without a cursor): stamps
    /// `data.cursor` into its full and lite forms and builds the frame
    /// headers. Public so that entries read back from history are sent
    /// exactly like live ones.
    pub fn new(seq: u64, message: Message, meta: CertMeta) -> Entry {
        let cursor = seq.to_string();
        let stamp = |form: Utf8Bytes| match certstream_format::cursor::with_cursor(&form, &cursor) {
            Some(stamped) => Utf8Bytes::from(stamped),
            // Not a rendered certificate_update: sent as it is.
            None => form,
        };
        let message = Message {
            full: stamp(message.full),
            lite: stamp(message.lite),
            domains: message.domains,
        };
        let frames = [&message.lite, &message.full, &message.domains].map(|form| Frames {
            header: frame::header(OP_TEXT, false, form.len()),
            deflated: OnceLock::new(),
        });
        Entry {
            seq,
            message,
            meta,
            frames,
        }
    }

    /// The filter facts and dedup key of this certificate.
    pub fn meta(&self) -> &CertMeta {
        &self.meta
    }

    /// Position of this entry in the hub's stream.
    pub fn seq(&self) -> u64 {
        self.seq
    }

    /// Queue this entry's frame for a `kind` client: the shared header and
    /// payload, or, when the client negotiated permessage-deflate, the
    /// shared compressed frame (compressing it now if nobody has yet).
    pub fn push_frame(&self, kind: StreamKind, deflate: bool, queue: &mut WriteQueue) {
        let frames = &self.frames[kind.index()];
        if deflate {
            let whole = frames.deflated.get_or_init(|| {
                let payload = self.message.for_stream(kind);
                frame::server_frame(OP_TEXT, true, &deflate::compress(payload.as_bytes()))
            });
            queue.push(whole.clone());
        } else {
            queue.push(frames.header.clone());
            queue.push(Bytes::from(self.message.for_stream(kind)));
        }
    }
}

impl std::ops::Deref for Entry {
    type Target = Message;

    fn deref(&self) -> &Message {
        &self.message
    }
}

/// Handle to the fan-out; cheap to clone (shared inside).
#[derive(Debug, Clone)]
pub struct Hub {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    ring: RwLock<Ring>,
    /// Serialises publishers, so an entry can be built (cursor stamped)
    /// outside the ring lock and still go in at the sequence it was given.
    publishing: Mutex<()>,
    /// The next sequence to be published; changes wake subscribers.
    published: watch::Sender<u64>,
    /// Newest first, at most [`LATEST_LEN`].
    recent_lite: Mutex<VecDeque<Utf8Bytes>>,
}

#[derive(Debug)]
struct Ring {
    /// Oldest first; the last one has sequence `next_seq - 1`.
    entries: VecDeque<Arc<Entry>>,
    capacity: usize,
    next_seq: u64,
}

impl Ring {
    fn first_seq(&self) -> u64 {
        self.next_seq - self.entries.len() as u64
    }
}

impl Hub {
    /// A hub whose ring keeps the newest `capacity` entries (at least 1):
    /// how far a client may fall behind before it misses messages.
    pub fn new(capacity: usize) -> Hub {
        Hub::starting_at(capacity, 0)
    }

    /// A hub whose first entry gets sequence `next_seq`: after a restart,
    /// the history store says where the stream left off, so cursors stay
    /// monotonic across restarts.
    pub fn starting_at(capacity: usize, next_seq: u64) -> Hub {
        let capacity = capacity.max(1);
        Hub {
            inner: Arc::new(Inner {
                ring: RwLock::new(Ring {
                    entries: VecDeque::with_capacity(capacity),
                    capacity,
                    next_seq,
                }),
                publishing: Mutex::new(()),
                published: watch::Sender::new(next_seq),
                recent_lite: Mutex::new(VecDeque::with_capacity(LATEST_LEN)),
            }),
        }
    }

    /// Append a message to the ring, giving it the next sequence number,
    /// and wake every subscriber. Never waits for clients: one that cannot
    /// keep up finds out on its next read.
    pub fn publish(&self, message: Message) {
        self.publish_with(message, CertMeta::default());
    }

    /// [`Hub::publish`] with the certificate's filter facts and dedup key;
    /// returns the sequence the message was given.
    pub fn publish_with(&self, message: Message, meta: CertMeta) -> u64 {
        let _order = lock(&self.inner.publishing);
        let seq = self.next_seq();
        self.append(seq, message, meta);
        seq
    }

    /// Publish `message` at a sequence chosen elsewhere: a NATS edge uses
    /// the JetStream stream sequence, so cursors agree across edges.
    /// Sequences only increase: one below [`Hub::next_seq`] is already here
    /// and is ignored (returns `false`). One above it (messages were
    /// removed from the stream, never in normal operation) empties the ring
    /// first, so it stays contiguous; clients still reading the old ring
    /// are told they lagged.
    pub fn publish_at(&self, seq: u64, message: Message, meta: CertMeta) -> bool {
        let _order = lock(&self.inner.publishing);
        let next = self.next_seq();
        if seq < next {
            return false;
        }
        if seq > next {
            let mut ring = self
                .inner
                .ring
                .write()
                .unwrap_or_else(PoisonError::into_inner);
            ring.entries.clear();
            ring.next_seq = seq;
        }
        self.append(seq, message, meta);
        true
    }

    /// Build the entry at `seq` (the ring's next sequence) and append it;
    /// the caller holds `publishing`.
    fn append(&self, seq: u64, message: Message, meta: CertMeta) {
        let entry = Arc::new(Entry::new(seq, message, meta));
        {
            let mut recent = lock(&self.inner.recent_lite);
            recent.push_front(entry.lite.clone());
            recent.truncate(LATEST_LEN);
        }
        let next = {
            let mut ring = self
                .inner
                .ring
                .write()
                .unwrap_or_else(PoisonError::into_inner);
            if ring.entries.len() == ring.capacity {
                ring.entries.pop_front();
            }
            ring.entries.push_back(entry);
            ring.next_seq += 1;
            ring.next_seq
        };
        self.inner.published.send_replace(next);
    }

    /// The sequence the next published message will get.
    pub fn next_seq(&self) -> u64 {
        *self.inner.published.borrow()
    }

    /// The sequence of the oldest entry the ring still holds (equal to
    /// [`Hub::next_seq`] while it is empty): a resuming client whose next
    /// sequence is below this must be served from history first.
    pub fn oldest_seq(&self) -> u64 {
        self.inner
            .ring
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .first_seq()
    }

    /// A cursor that sees every message published from now on.
    pub fn subscribe(&self) -> Subscription {
        self.subscribe_from(self.next_seq())
    }

    /// A cursor whose next message is the one with sequence `cursor` (if
    /// the ring still holds it; otherwise its first read is
    /// [`Next::Lagged`]).
    pub fn subscribe_from(&self, cursor: u64) -> Subscription {
        Subscription {
            hub: self.clone(),
            cursor,
            published: self.inner.published.subscribe(),
        }
    }

    /// The body of `/latest.json`: `{"messages":[...]}`, newest first.
    pub fn latest_json(&self) -> String {
        let recent = lock(&self.inner.recent_lite);
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
        lock(&self.inner.recent_lite).front().cloned()
    }
}

/// The guarded data are plain queues that a panic elsewhere cannot leave
/// half-updated in a way that matters, so poisoning is ignored.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// One client's cursor into the ring.
#[derive(Debug)]
pub struct Subscription {
    hub: Hub,
    cursor: u64,
    published: watch::Receiver<u64>,
}

/// What a [`Subscription`] yields next.
#[derive(Debug)]
pub enum Next {
    /// The next entry, in publish order.
    Message(Arc<Entry>),
    /// The client fell behind the ring and missed this many entries; its
    /// cursor now points at the oldest entry still held.
    Lagged(u64),
}

/// The cursor had fallen behind the ring by this many entries (it has been
/// moved to the oldest entry held).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lagged(pub u64);

impl Subscription {
    /// The sequence of the next entry this subscription will yield.
    pub fn cursor(&self) -> u64 {
        self.cursor
    }

    /// Wait until the entry at the cursor has been published.
    pub async fn ready(&mut self) {
        while self.cursor >= *self.published.borrow_and_update() {
            if self.published.changed().await.is_err() {
                // The sender lives in the hub this subscription holds, so
                // it cannot be gone; never report a phantom entry.
                std::future::pending::<()>().await;
            }
        }
    }

    /// Move up to `max` available entries into `out` without waiting.
    pub fn take(&mut self, out: &mut Vec<Arc<Entry>>, max: usize) -> Result<(), Lagged> {
        let ring = self
            .hub
            .inner
            .ring
            .read()
            .unwrap_or_else(PoisonError::into_inner);
        let first = ring.first_seq();
        if self.cursor < first {
            let missed = first - self.cursor;
            self.cursor = first;
            return Err(Lagged(missed));
        }
        // `cursor >= first`, and never beyond `next_seq`.
        let start = (self.cursor - first) as usize;
        let taken = ring.entries.iter().skip(start).take(max);
        let before = out.len();
        out.extend(taken.cloned());
        self.cursor += (out.len() - before) as u64;
        Ok(())
    }

    /// Wait for the next published entry.
    pub async fn next(&mut self) -> Next {
        let mut one = Vec::with_capacity(1);
        loop {
            self.ready().await;
            match self.take(&mut one, 1) {
                Err(Lagged(missed)) => return Next::Lagged(missed),
                Ok(()) => {
                    if let Some(entry) = one.pop() {
                        return Next::Message(entry);
                    }
                }
            }
        }
    }
}
