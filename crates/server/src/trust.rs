//! Which tree heads a watcher may follow.
//!
//! # Design
//! A log's tree head is only believed when (1) its signature verifies with
//! the key from the log list (done by the protocol watcher, which knows the
//! wire format) and (2) it is consistent with the last head we believed:
//! the tree never shrinks, and one size never has two roots. A head that
//! fails either test is an [`Inconsistent`] head: the watcher does not move
//! to it, logs it at error level and counts it (`/stats` and
//! `certstream_log_inconsistent_heads_total`), then retries later like any
//! failed fetch, so a log that recovers is followed again and one that
//! keeps lying stays visibly stuck instead of feeding clients a fork.
//!
//! Consistency proofs between two sizes are not checked: that is an
//! auditor's job, and it would double the requests a monitor makes.

use ct::SignatureError;

/// A verified tree head: everything a watcher needs to know about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TreeHead {
    /// Entries `0..size` exist.
    pub size: u64,
    /// The Merkle root over them.
    pub root: [u8; 32],
}

/// A tree head the watcher refuses to follow.
#[derive(Debug, thiserror::Error)]
pub enum Inconsistent {
    /// The signature does not verify with the listed key.
    #[error("tree head signature rejected: {0}")]
    BadSignature(#[from] SignatureError),
    /// The log served a smaller tree than it did before.
    #[error("tree shrank from {previous} to {size} entries")]
    Shrank {
        /// Size we had seen.
        previous: u64,
        /// Size now served.
        size: u64,
    },
    /// Same size, different root: two views of one tree.
    #[error("two different roots for tree size {size}")]
    Forked {
        /// The size served with two roots.
        size: u64,
    },
}

impl Inconsistent {
    /// Label for `/stats` errors and metrics.
    pub fn kind(&self) -> &'static str {
        match self {
            Inconsistent::BadSignature(_) => "bad_signature",
            Inconsistent::Shrank { .. } => "tree_shrank",
            Inconsistent::Forked { .. } => "root_mismatch",
        }
    }
}

/// The last head believed for one log.
#[derive(Debug, Default)]
pub struct HeadTracker {
    latest: Option<TreeHead>,
}

impl HeadTracker {
    /// The last accepted head.
    pub fn latest(&self) -> Option<TreeHead> {
        self.latest
    }

    /// Accept `head` (whose signature has been verified) if it is
    /// consistent with the last one; otherwise keep the old head.
    pub fn accept(&mut self, head: TreeHead) -> Result<TreeHead, Inconsistent> {
        if let Some(previous) = self.latest {
            if head.size < previous.size {
                return Err(Inconsistent::Shrank {
                    previous: previous.size,
                    size: head.size,
                });
            }
            if head.size == previous.size && head.root != previous.root {
                return Err(Inconsistent::Forked { size: head.size });
            }
        }
        self.latest = Some(head);
        Ok(head)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(size: u64, root: u8) -> TreeHead {
        TreeHead {
            size,
            root: [root; 32],
        }
    }

    #[test]
    fn grows_but_never_shrinks_or_forks() {
        let mut t = HeadTracker::default();
        assert!(t.accept(head(10, 1)).is_ok());
        assert!(t.accept(head(10, 1)).is_ok());
        assert!(t.accept(head(12, 2)).is_ok());
        assert_eq!(t.accept(head(11, 3)).unwrap_err().kind(), "tree_shrank");
        assert_eq!(t.accept(head(12, 9)).unwrap_err().kind(), "root_mismatch");
        assert_eq!(t.latest(), Some(head(12, 2)));
    }
}
