//! One client's source of entries: history first (when it resumes with
//! `?since=`), then the hub's ring, with no gap and no repeat.
//!
//! # Design
//! - **Same shape as a [`Subscription`]** (`ready`, `take`), so websocket
//!   and plain-HTTP sessions drive a resuming client exactly like a live
//!   one.
//! - **Replay until the ring holds the next sequence, then switch.**
//!   A resuming client wants sequence `since + 1`. While the ring's oldest
//!   entry is newer than that, batches are read from [`History`] (the
//!   pipeline stores a batch before the hub publishes it, so history
//!   always reaches at least as far as the ring). As soon as the ring holds
//!   the wanted sequence the feed subscribes there, so the hand-over
//!   neither skips nor repeats an entry.
//! - **Expired cursors resume from the oldest kept**, after a
//!   `cursor_expired` notice ([`notice_json`]). A gap that appears *during*
//!   replay (retention trimmed what a very slow client had not read yet)
//!   is reported as [`Lagged`], which the session handles like a client
//!   that fell behind the ring (`on_lag`).
//! - **A cursor from the future** (newer than anything published, e.g. a
//!   server whose state directory was wiped) starts live.
//! - **Cancel-safe**: `ready` only changes the feed's position after a
//!   history read has completed, so a `select!` may drop it at any await.

use std::collections::VecDeque;
use std::sync::Arc;

use crate::history::History;
use crate::hub::{Entry, Hub, Lagged, Subscription};

/// Records read from history per read.
pub const REPLAY_BATCH: usize = 256;

/// Entries for one client: a history replay, then the live ring.
#[derive(Debug)]
pub struct Feed {
    hub: Hub,
    live: Subscription,
    replay: Option<Replay>,
    notice: Option<String>,
}

/// The history part of a resuming client's feed.
#[derive(Debug)]
struct Replay {
    history: Arc<dyn History>,
    /// Sequence wanted next.
    next: u64,
    /// Read but not yet taken.
    buffered: VecDeque<Arc<Entry>>,
    /// Entries found missing in history, reported on the next take.
    missed: u64,
    /// The expiry check runs once, before the first read.
    checked: bool,
}

impl Feed {
    /// Every message published from now on.
    pub fn live(hub: &Hub) -> Feed {
        Feed {
            hub: hub.clone(),
            live: hub.subscribe(),
            replay: None,
            notice: None,
        }
    }

    /// Every message after `since` (a cursor the client saw), from
    /// `history` as far as the ring does not hold them.
    pub fn since(hub: &Hub, history: Arc<dyn History>, since: u64) -> Feed {
        let next = since.saturating_add(1);
        let mut feed = Feed::live(hub);
        if next >= hub.next_seq() {
            // Caught up (or a cursor from the future): live from now.
            return feed;
        }
        if next >= hub.oldest_seq() {
            feed.live = hub.subscribe_from(next);
            return feed;
        }
        feed.replay = Some(Replay {
            history,
            next,
            buffered: VecDeque::new(),
            missed: 0,
            checked: false,
        });
        feed
    }

    /// Wait until [`Feed::take`] has something (or a notice is pending).
    pub async fn ready(&mut self) {
        loop {
            if self.notice.is_some() {
                return;
            }
            let Some(replay) = &mut self.replay else {
                return self.live.ready().await;
            };
            if !replay.buffered.is_empty() || replay.missed > 0 {
                return;
            }
            if !replay.checked {
                replay.checked = true;
                let oldest = replay
                    .history
                    .oldest()
                    .unwrap_or_else(|| self.hub.oldest_seq());
                if replay.next < oldest {
                    self.notice = Some(notice_json(replay.next - 1, oldest));
                    replay.next = oldest;
                    continue;
                }
            }
            if replay.next >= self.hub.oldest_seq() {
                self.live = self.hub.subscribe_from(replay.next);
                self.replay = None;
                continue;
            }
            match replay.history.read(replay.next, REPLAY_BATCH).await {
                Ok(records) if records.is_empty() => {
                    // History ends before the ring starts (entries that
                    // were never stored): the ring reports the gap.
                    self.live = self.hub.subscribe_from(replay.next);
                    self.replay = None;
                }
                Ok(records) => {
                    if let Some(first) = records.first() {
                        replay.missed = first.seq.saturating_sub(replay.next);
                    }
                    if let Some(last) = records.last() {
                        replay.next = last.seq + 1;
                    }
                    replay
                        .buffered
                        .extend(records.into_iter().map(|record| record.into_entry()));
                }
                Err(error) => {
                    tracing::error!(
                        error = format!("{error:#}"),
                        "reading history failed; the client continues from the ring"
                    );
                    self.live = self.hub.subscribe_from(replay.next);
                    self.replay = None;
                }
            }
        }
    }

    /// Move up to `max` available entries into `out`, or report entries
    /// this client can no longer get (it then continues after them).
    pub fn take(&mut self, out: &mut Vec<Arc<Entry>>, max: usize) -> Result<(), Lagged> {
        let Some(replay) = &mut self.replay else {
            return self.live.take(out, max);
        };
        if replay.missed > 0 {
            return Err(Lagged(std::mem::take(&mut replay.missed)));
        }
        let n = replay.buffered.len().min(max);
        out.extend(replay.buffered.drain(..n));
        Ok(())
    }

    /// A message for the client about its feed (a `cursor_expired`
    /// notice), to be sent before the entries taken next.
    pub fn take_notice(&mut self) -> Option<String> {
        self.notice.take()
    }
}

/// `{"message_type":"notice","data":{"code":"cursor_expired",...}}`: the
/// client's `since` is older than retention; it resumes at `oldest`, the
/// cursor of the oldest message kept (the next one it receives).
pub fn notice_json(since: u64, oldest: u64) -> String {
    serde_json::json!({
        "message_type": "notice",
        "data": {
            "code": "cursor_expired",
            "message": format!(
                "cursor {since} is older than the history kept; resuming from the oldest message kept, {oldest}"
            ),
            "since": since.to_string(),
            "oldest": oldest.to_string(),
        },
    })
    .to_string()
}
