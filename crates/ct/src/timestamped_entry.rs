//! RFC 6962 §3.4 `TimestampedEntry`: the part of a log leaf that both
//! protocols share. RFC 6962 logs wrap it in a MerkleTreeLeaf; static-ct-api
//! logs put it at the start of each TileLeaf. Reading it in one place keeps
//! the two decoders from drifting apart.

use crate::tls::Reader;
use crate::{DecodeError, EntryType};

/// The fields of a TimestampedEntry that a monitor uses.
pub(crate) struct TimestampedEntry<'a> {
    pub(crate) timestamp_ms: u64,
    pub(crate) entry_type: EntryType,
    /// x509: the certificate itself. precert: the TBSCertificate, which is
    /// not what certstream publishes (the pre-certificate comes from the
    /// chain data), so decoders only use this for x509 entries.
    pub(crate) signed_entry: &'a [u8],
    /// The raw `CtExtensions<0..2^16-1>` contents.
    pub(crate) extensions: &'a [u8],
}

impl<'a> TimestampedEntry<'a> {
    /// Read one TimestampedEntry from `r`, leaving the reader just after it.
    pub(crate) fn read(r: &mut Reader<'a>) -> Result<Self, DecodeError> {
        let timestamp_ms = r.u64("timestamp")?;
        let (entry_type, signed_entry) = match r.u16("entry_type")? {
            0 => (EntryType::X509, r.asn1_cert("x509 certificate")?),
            1 => {
                r.array::<32>("issuer_key_hash")?;
                (EntryType::Precert, r.asn1_cert("tbs_certificate")?)
            }
            other => return Err(DecodeError(format!("unknown entry_type {other}"))),
        };
        let extensions = r.vec(2, 0, "extensions")?;
        Ok(Self {
            timestamp_ms,
            entry_type,
            signed_entry,
            extensions,
        })
    }
}
