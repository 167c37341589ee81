//! static-ct-api checkpoints: a signed note (c2sp.org/signed-note,
//! c2sp.org/tlog-checkpoint).
//!
//! CONTRACT (used by crates/server): `Checkpoint` fields and `Checkpoint::parse`.

use crate::DecodeError;

/// A parsed checkpoint note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    pub origin: String,
    pub tree_size: u64,
    pub root_hash: [u8; 32],
    /// The note text that signatures cover (the body up to the blank line).
    pub body: String,
    /// (key name, signature bytes incl. the 4-byte key ID) per signature line.
    pub signatures: Vec<(String, Vec<u8>)>,
}

impl Checkpoint {
    pub fn parse(text: &str) -> Result<Self, DecodeError> {
        let _ = text;
        todo!()
    }
}
