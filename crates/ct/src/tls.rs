//! A reader for the TLS presentation language (RFC 8446 §3) that CT uses for
//! every binary structure: fixed-width big-endian integers, fixed-size byte
//! arrays and length-prefixed vectors (`opaque x<lo..hi>`).
//!
//! Hand-written on purpose. The CT structures (MerkleTreeLeaf,
//! TimestampedEntry, X509ChainEntry, PrecertChainEntry, TileLeaf,
//! DigitallySigned) are tiny and fixed, so a cursor with a dozen methods
//! reads them clearly; the TLS crates in the ecosystem are either tied to a
//! TLS stack's own types or bring derive machinery that hides the exact
//! bounds we must enforce. Every read is bounds-checked and returns a
//! [`DecodeError`] naming the field, and [`Reader::finish`] rejects trailing
//! bytes, so a malformed log response can never panic or be half-read.

use crate::DecodeError;

/// A cursor over bytes in TLS presentation encoding.
pub(crate) struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Self { rest: bytes }
    }

    /// The next `n` bytes; `what` names the field for the error message.
    pub(crate) fn bytes(&mut self, n: usize, what: &str) -> Result<&'a [u8], DecodeError> {
        if self.rest.len() < n {
            return Err(DecodeError(format!(
                "{what}: need {n} bytes, only {} left",
                self.rest.len()
            )));
        }
        let (head, tail) = self.rest.split_at(n);
        self.rest = tail;
        Ok(head)
    }

    /// A fixed-size array such as `opaque issuer_key_hash[32]`.
    pub(crate) fn array<const N: usize>(&mut self, what: &str) -> Result<[u8; N], DecodeError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.bytes(N, what)?);
        Ok(out)
    }

    /// A big-endian unsigned integer of `width` bytes (1..=8).
    fn uint(&mut self, width: usize, what: &str) -> Result<u64, DecodeError> {
        Ok(self
            .bytes(width, what)?
            .iter()
            .fold(0u64, |acc, &b| (acc << 8) | u64::from(b)))
    }

    pub(crate) fn u8(&mut self, what: &str) -> Result<u8, DecodeError> {
        let [b] = self.array::<1>(what)?;
        Ok(b)
    }

    pub(crate) fn u16(&mut self, what: &str) -> Result<u16, DecodeError> {
        Ok(u16::from_be_bytes(self.array(what)?))
    }

    pub(crate) fn u64(&mut self, what: &str) -> Result<u64, DecodeError> {
        Ok(u64::from_be_bytes(self.array(what)?))
    }

    /// `opaque x<min..2^(8*len_bytes)-1>`: a vector whose length prefix is
    /// `len_bytes` wide; lengths below `min` are rejected (e.g. the `<1..>`
    /// of ASN.1Cert).
    pub(crate) fn vec(
        &mut self,
        len_bytes: usize,
        min: usize,
        what: &str,
    ) -> Result<&'a [u8], DecodeError> {
        let len = self.uint(len_bytes, what)?;
        let len = usize::try_from(len)
            .map_err(|_| DecodeError(format!("{what}: length {len} too large")))?;
        if len < min {
            return Err(DecodeError(format!(
                "{what}: length {len} below minimum {min}"
            )));
        }
        self.bytes(len, what)
    }

    /// `opaque ASN.1Cert<1..2^24-1>`.
    pub(crate) fn asn1_cert(&mut self, what: &str) -> Result<&'a [u8], DecodeError> {
        self.vec(3, 1, what)
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    /// End of a structure: any byte left over means the input was not what
    /// we think it is, so it is an error rather than silently ignored.
    pub(crate) fn finish(self, what: &str) -> Result<(), DecodeError> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            Err(DecodeError(format!(
                "{what}: {} trailing bytes",
                self.rest.len()
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_integers_and_vectors() {
        let data = [0x01, 0x02, 0x03, 0x00, 0x02, 0xaa, 0xbb, 0x09];
        let mut r = Reader::new(&data);
        assert_eq!(r.u16("a").unwrap(), 0x0102);
        assert_eq!(r.u8("b").unwrap(), 3);
        assert_eq!(r.vec(2, 1, "c").unwrap(), &[0xaa, 0xbb]);
        assert!(r.finish("s").is_err(), "one trailing byte must be rejected");
    }

    #[test]
    fn rejects_short_and_undersized_vectors() {
        // Length prefix says 5 bytes but only 2 follow.
        let mut r = Reader::new(&[0x00, 0x00, 0x05, 0x01, 0x02]);
        assert!(r.asn1_cert("cert").is_err());
        // ASN.1Cert may not be empty.
        let mut r = Reader::new(&[0x00, 0x00, 0x00]);
        assert!(r.asn1_cert("cert").is_err());
        // A truncated integer.
        let mut r = Reader::new(&[0x00; 7]);
        assert!(r.u64("ts").is_err());
    }
}
