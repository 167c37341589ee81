//! Which entries one client is sent: its server-side filters and, with
//! `?dedupe=1`, one copy per issuance.
//!
//! # Design
//! - **Per client, on shared data.** Each entry carries its [`CertMeta`]
//!   (filter facts and issuance key, extracted once per certificate);
//!   a client's [`Selection`] only compares against it. An entry that is
//!   not selected is skipped while the client's position still moves past
//!   it, so filtered-out messages cost a comparison and never a write.
//! - **Filter before dedup**, so the dedup window only remembers
//!   issuances the client was actually sent (and a filtered-out precert
//!   does not hide its matching final certificate).
//! - **Filters apply on every stream.** On `/domains-only` the server
//!   still knows the whole certificate, so `issuer`, `log` and
//!   `update_type` work there too.
//! - **Dedup memory is bounded**: a [`DedupWindow`] of the last
//!   `dedupe_window` issuance keys, about 100 bytes each (32-byte key in a
//!   hash set and a queue, plus table overhead), only for clients that ask.
//!
//! [`CertMeta`]: crate::cert_meta::CertMeta

use certstream_format::dedup::DedupWindow;
use certstream_format::filter::Filter;

use crate::hub::Entry;

/// One client's filters and dedup window.
#[derive(Debug, Default)]
pub struct Selection {
    /// `None` when the client gave no filter: every entry passes unread.
    filter: Option<Filter>,
    /// `Some` with `?dedupe=1`.
    dedup: Option<DedupWindow>,
}

impl Selection {
    /// Select with `filter`; with `dedupe_window`, also let each issuance
    /// through once, remembering that many issuances.
    pub fn new(filter: Filter, dedupe_window: Option<usize>) -> Selection {
        Selection {
            filter: (!filter.is_empty()).then_some(filter),
            dedup: dedupe_window.map(DedupWindow::new),
        }
    }

    /// Whether the client is sent `entry`. Call once per entry, in order
    /// (dedup remembers what it let through).
    pub fn wants(&mut self, entry: &Entry) -> bool {
        let meta = entry.meta();
        if let Some(filter) = &self.filter {
            if !filter.matches(meta.filter(&entry.lite)) {
                return false;
            }
        }
        match (&mut self.dedup, meta.issuance()) {
            (Some(window), Some(key)) => window.first_time(key),
            _ => true,
        }
    }
}
