//! TLS presentation-language encoding (RFC 8446 §3), the framing every CT
//! structure uses: big-endian integers and `opaque<..>` vectors with a 1-, 2-
//! or 3-byte length prefix.
//!
//! Hand-written on purpose: the handful of primitives CT needs fit in a page,
//! and the simulator must not share an encoder with `crates/ct` (it is the
//! test oracle for that crate's decoders). The [`Reader`] exists only to split
//! fixture files into entries; the simulator never decodes what it minted.

use crate::error::SimError;

/// Appends `value` as a big-endian integer of `width` bytes (1..=8).
pub(crate) fn put_uint(out: &mut Vec<u8>, value: u64, width: usize) {
    out.extend_from_slice(&value.to_be_bytes()[8 - width..]);
}

/// Appends `opaque data<0..2^(8*width)-1>`: a `width`-byte length, then the bytes.
///
/// Lengths are bounded by what CT puts in vectors (certificates, chains), so
/// an overflow here is a simulator bug, reported as an error rather than a
/// silently wrong prefix.
pub(crate) fn put_vec(out: &mut Vec<u8>, data: &[u8], width: usize) -> Result<(), SimError> {
    let max = (1u64 << (8 * width)) - 1;
    let len = data.len() as u64;
    if len > max {
        return Err(SimError::Encoding(format!(
            "{len} bytes do not fit a {width}-byte length prefix"
        )));
    }
    put_uint(out, len, width);
    out.extend_from_slice(data);
    Ok(())
}

/// A cursor over TLS-encoded bytes that fails, instead of panicking, on
/// truncated input (fixtures are files, so they are untrusted input).
pub(crate) struct Reader<'a> {
    data: &'a [u8],
}

impl<'a> Reader<'a> {
    /// Starts reading at the beginning of `data`.
    pub(crate) fn new(data: &'a [u8]) -> Self {
        Self { data }
    }

    /// Takes the next `n` bytes.
    pub(crate) fn bytes(&mut self, n: usize) -> Result<&'a [u8], SimError> {
        if self.data.len() < n {
            return Err(SimError::Encoding(format!(
                "wanted {n} bytes, {} left",
                self.data.len()
            )));
        }
        let (head, tail) = self.data.split_at(n);
        self.data = tail;
        Ok(head)
    }

    /// Reads a big-endian integer of `width` bytes (1..=8).
    pub(crate) fn uint(&mut self, width: usize) -> Result<u64, SimError> {
        Ok(self
            .bytes(width)?
            .iter()
            .fold(0u64, |acc, b| (acc << 8) | u64::from(*b)))
    }

    /// Reads an `opaque<..>` vector with a `width`-byte length prefix.
    pub(crate) fn vec(&mut self, width: usize) -> Result<&'a [u8], SimError> {
        let len = usize::try_from(self.uint(width)?)
            .map_err(|_| SimError::Encoding("vector length overflows usize".into()))?;
        self.bytes(len)
    }

    /// True once every byte has been consumed.
    pub(crate) fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// How many bytes have not been read yet.
    pub(crate) fn remaining(&self) -> usize {
        self.data.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_vectors_and_integers() {
        let mut out = Vec::new();
        put_uint(&mut out, 0x0102_0304_0506, 6);
        put_vec(&mut out, b"abc", 3).unwrap();
        assert_eq!(out, [1, 2, 3, 4, 5, 6, 0, 0, 3, b'a', b'b', b'c']);
        let mut r = Reader::new(&out);
        assert_eq!(r.uint(6).unwrap(), 0x0102_0304_0506);
        assert_eq!(r.vec(3).unwrap(), b"abc");
        assert!(r.is_empty());
    }

    #[test]
    fn rejects_truncated_and_oversized() {
        assert!(Reader::new(&[0, 5, 1]).vec(2).is_err());
        assert!(put_vec(&mut Vec::new(), &[0u8; 256], 1).is_err());
    }
}
