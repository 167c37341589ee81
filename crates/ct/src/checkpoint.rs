//! static-ct-api checkpoints: a signed note (c2sp.org/signed-note,
//! c2sp.org/tlog-checkpoint).
//!
//! CONTRACT (used by crates/server): `Checkpoint` fields and `Checkpoint::parse`.
//!
//! A checkpoint is
//!
//! ```text
//! <origin>\n<tree size>\n<base64 root hash>\n[<extension line>\n]*\n
//! — <key name> <base64(key ID[4] || signature)>\n   (one or more)
//! ```
//!
//! (the dash is U+2014). Parsing is strict about that layout, since the
//! signatures cover the exact body bytes. Verification is separate
//! ([`Checkpoint::verify_rfc6962`]) because it needs the log key from the
//! log list, and because the spec says signatures by unknown keys (e.g.
//! witnesses) must be ignored, not rejected: parsing keeps them all.
//!
//! Hand-parsed: the format is a few lines of text, and the signed-note
//! crates available are built around Ed25519 note keys rather than the
//! RFC6962NoteSignature that CT logs use.

use base64::prelude::{Engine, BASE64_STANDARD};
use sha2::{Digest, Sha256};

use crate::signature::{log_id, verify_tree_head, SignatureError};
use crate::DecodeError;

/// A parsed checkpoint note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    /// The log's identity line (its submission prefix without scheme).
    pub origin: String,
    /// Number of entries in the tree: entries `0..tree_size` are readable.
    pub tree_size: u64,
    /// RFC 6962 Merkle Tree Hash of those entries.
    pub root_hash: [u8; 32],
    /// The note text that signatures cover (the body up to the blank line).
    pub body: String,
    /// (key name, signature bytes incl. the 4-byte key ID) per signature line.
    pub signatures: Vec<(String, Vec<u8>)>,
}

/// Signature type byte of an RFC6962NoteSignature key ID (c2sp.org/signed-note).
const RFC6962_NOTE_SIGNATURE_TYPE: u8 = 0x05;

impl Checkpoint {
    /// Parse a checkpoint note. The body (including its final newline) is
    /// kept verbatim in [`Checkpoint::body`].
    pub fn parse(text: &str) -> Result<Self, DecodeError> {
        let err = |m: &str| DecodeError(format!("checkpoint: {m}"));
        let split = text
            .find("\n\n")
            .ok_or_else(|| err("no blank line before the signatures"))?;
        let (body, signature_block) = (&text[..=split], &text[split + 2..]);

        // `body` ends with '\n', so the last split element is empty.
        let mut lines = body.split('\n');
        let origin = lines.next().filter(|l| !l.is_empty());
        let origin = origin.ok_or_else(|| err("empty origin line"))?;
        let size = lines.next().ok_or_else(|| err("missing tree size"))?;
        if size.is_empty()
            || !size.bytes().all(|b| b.is_ascii_digit())
            || (size.len() > 1 && size.starts_with('0'))
        {
            return Err(err(&format!("bad tree size {size:?}")));
        }
        let tree_size = size
            .parse::<u64>()
            .map_err(|e| err(&format!("tree size {size:?}: {e}")))?;
        let root = lines.next().ok_or_else(|| err("missing root hash"))?;
        let root_hash = BASE64_STANDARD
            .decode(root)
            .ok()
            .and_then(|r| <[u8; 32]>::try_from(r).ok())
            .ok_or_else(|| err(&format!("bad root hash {root:?}")))?;

        let signature_lines = signature_block
            .strip_suffix('\n')
            .ok_or_else(|| err("signatures must end with a newline"))?;
        let signatures = signature_lines
            .split('\n')
            .map(parse_signature_line)
            .collect::<Result<Vec<_>, _>>()?;

        Ok(Checkpoint {
            origin: origin.to_owned(),
            tree_size,
            root_hash,
            body: body.to_owned(),
            signatures,
        })
    }

    /// Check the log's RFC6962NoteSignature (c2sp.org/static-ct-api) with
    /// the log key `spki_der` from the log list, and return the signed
    /// timestamp (ms), so the tree size and root can be trusted.
    ///
    /// The signature is the line whose key name is the origin and whose key
    /// ID is `SHA-256(origin || 0x0A || 0x05 || LogID)[..4]`; other lines
    /// (witnesses, other keys) are ignored as the spec requires.
    pub fn verify_rfc6962(&self, spki_der: &[u8]) -> Result<u64, SignatureError> {
        // The TreeHeadSignature covers only size, root and timestamp, so
        // extension lines would be unauthenticated; the spec forbids them.
        if self.body.split('\n').count() != 4 {
            return Err(SignatureError(
                "checkpoint with extension lines cannot carry an RFC6962NoteSignature".into(),
            ));
        }
        let key_id = rfc6962_key_id(&self.origin, spki_der);
        let signature = self
            .signatures
            .iter()
            .find(|(name, sig)| *name == self.origin && sig.get(..4) == Some(&key_id[..]))
            .map(|(_, sig)| &sig[4..])
            .ok_or_else(|| {
                SignatureError(format!("no signature by the log key for {}", self.origin))
            })?;

        let (timestamp, digitally_signed) = signature
            .split_first_chunk::<8>()
            .ok_or_else(|| SignatureError("RFC6962NoteSignature too short".into()))?;
        let timestamp_ms = u64::from_be_bytes(*timestamp);
        verify_tree_head(
            spki_der,
            timestamp_ms,
            self.tree_size,
            &self.root_hash,
            digitally_signed,
        )?;
        Ok(timestamp_ms)
    }
}

/// The 4-byte note key ID of a log's RFC6962NoteSignature.
pub fn rfc6962_key_id(origin: &str, spki_der: &[u8]) -> [u8; 4] {
    let digest = Sha256::new()
        .chain_update(origin.as_bytes())
        .chain_update([b'\n', RFC6962_NOTE_SIGNATURE_TYPE])
        .chain_update(log_id(spki_der))
        .finalize();
    [digest[0], digest[1], digest[2], digest[3]]
}

/// `— <name> <base64>`: a key name and the signature with its key ID.
fn parse_signature_line(line: &str) -> Result<(String, Vec<u8>), DecodeError> {
    let err = || DecodeError(format!("checkpoint: bad signature line {line:?}"));
    let rest = line.strip_prefix("\u{2014} ").ok_or_else(err)?;
    let (name, sig) = rest.split_once(' ').ok_or_else(err)?;
    if name.is_empty() || name.contains('+') {
        return Err(err());
    }
    let sig = BASE64_STANDARD.decode(sig).map_err(|_| err())?;
    // A key ID and at least one byte of signature.
    if sig.len() < 5 {
        return Err(err());
    }
    Ok((name.to_owned(), sig))
}
