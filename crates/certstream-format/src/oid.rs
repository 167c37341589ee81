//! Naming OBJECT IDENTIFIERs the way OpenSSL 1.1.1 does.
//!
//! OpenSSL prints an OID by its long name (`i2t_ASN1_OBJECT`,
//! `i2a_ASN1_OBJECT`), or its short name (`X509_NAME_oneline`, extension
//! keys), falling back to dotted decimal for an OID it does not know. The
//! names come from [`crate::oid_table`], generated from OpenSSL itself, so
//! "known" means known to OpenSSL 1.1.1, not to `oid-registry`.

use crate::oid_table::OBJECTS;
use foldhash::HashMap;
use std::borrow::Cow;
use std::fmt::Write;
use std::sync::OnceLock;

/// `(short name, long name)` of an OID (DER content octets) OpenSSL knows.
///
/// Every certificate needs a dozen or more of these (extension keys, name
/// attributes, EKU purposes, policies), so the table is indexed once into a
/// hash map (`foldhash`: these keys are a few bytes, where std's SipHash
/// cost more than the probe): a binary search over the ~1,200 entries
/// cost a tenth of the whole render in slice comparisons.
pub(crate) fn lookup(der: &[u8]) -> Option<(&'static str, &'static str)> {
    static INDEX: OnceLock<HashMap<&'static [u8], (&'static str, &'static str)>> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            OBJECTS
                .iter()
                .map(|&(oid, sn, ln)| (oid, (sn, ln)))
                .collect()
        })
        .get(der)
        .copied()
}

/// Dotted decimal (`OBJ_obj2txt(.., 1)`), or `None` for a bad encoding
/// (empty, truncated, or an arc too large for 128 bits).
pub(crate) fn dotted(der: &[u8]) -> Option<String> {
    let mut out = String::with_capacity(der.len() * 3);
    let mut value: u128 = 0;
    let mut first = true;
    if der.last().is_none_or(|b| b & 0x80 != 0) {
        return None;
    }
    for &b in der {
        value = value.checked_mul(128)? | u128::from(b & 0x7f);
        if b & 0x80 != 0 {
            continue;
        }
        if first {
            let (a, rest) = match value {
                0..=39 => (0, value),
                40..=79 => (1, value - 40),
                _ => (2, value - 80),
            };
            write!(out, "{a}.{rest}").ok()?;
            first = false;
        } else {
            write!(out, ".{value}").ok()?;
        }
        value = 0;
    }
    Some(out)
}

/// `i2t_ASN1_OBJECT`: the long name, else dotted decimal (`""` if invalid).
/// Borrowed for a known OID, so the common case allocates nothing.
pub(crate) fn long_name(der: &[u8]) -> Cow<'static, str> {
    match lookup(der) {
        Some((_, ln)) => Cow::Borrowed(ln),
        None => Cow::Owned(dotted(der).unwrap_or_default()),
    }
}

/// `i2t_ASN1_OBJECT` into OpenSSL's usual 80-byte buffer: at most 79 bytes.
pub(crate) fn long_name_80(der: &[u8]) -> Cow<'static, str> {
    const MAX: usize = 79;
    match long_name(der) {
        Cow::Borrowed(name) => {
            Cow::Borrowed(name.get(..floor_char_boundary(name, MAX)).unwrap_or(name))
        }
        Cow::Owned(mut name) => {
            name.truncate(floor_char_boundary(&name, MAX));
            Cow::Owned(name)
        }
    }
}

/// The short name, else dotted decimal (`X509_NAME_oneline`'s field names).
pub(crate) fn short_name(der: &[u8]) -> Cow<'static, str> {
    match lookup(der) {
        Some((sn, _)) => Cow::Borrowed(sn),
        None => Cow::Owned(dotted(der).unwrap_or_default()),
    }
}

/// The largest char boundary of `s` at or below `max` (names here are
/// ASCII, so this is `max` or the whole string).
fn floor_char_boundary(s: &str, max: usize) -> usize {
    if s.len() <= max {
        return s.len();
    }
    let mut cut = max;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_dotted() {
        // 2.5.4.3 commonName
        assert_eq!(lookup(&[0x55, 0x04, 0x03]), Some(("CN", "commonName")));
        // 2.23.140.1.2.1 is unknown to OpenSSL 1.1.1
        let cab = [0x67, 0x81, 0x0c, 0x01, 0x02, 0x01];
        assert_eq!(lookup(&cab), None);
        assert_eq!(long_name(&cab), "2.23.140.1.2.1");
        assert_eq!(dotted(&[0x88, 0x37, 0x01]).as_deref(), Some("2.999.1"));
        assert_eq!(dotted(&[0x2b, 0x86]), None);
    }

    #[test]
    fn every_table_entry_is_found_under_its_own_oid() {
        for &(oid, sn, ln) in OBJECTS {
            assert_eq!(
                lookup(oid),
                Some((sn, ln)),
                "{}",
                dotted(oid).unwrap_or_default()
            );
        }
    }
}
