//! Naming OBJECT IDENTIFIERs the way OpenSSL 1.1.1 does.
//!
//! OpenSSL prints an OID by its long name (`i2t_ASN1_OBJECT`,
//! `i2a_ASN1_OBJECT`), or its short name (`X509_NAME_oneline`, extension
//! keys), falling back to dotted decimal for an OID it does not know. The
//! names come from [`crate::oid_table`], generated from OpenSSL itself, so
//! "known" means known to OpenSSL 1.1.1, not to `oid-registry`.

use crate::oid_table::OBJECTS;

/// `(short name, long name)` of an OID (DER content octets) OpenSSL knows.
pub(crate) fn lookup(der: &[u8]) -> Option<(&'static str, &'static str)> {
    OBJECTS
        .binary_search_by(|(oid, _, _)| (*oid).cmp(der))
        .ok()
        .and_then(|i| OBJECTS.get(i))
        .map(|(_, sn, ln)| (*sn, *ln))
}

/// Dotted decimal (`OBJ_obj2txt(.., 1)`), or `None` for a bad encoding
/// (empty, truncated, or an arc too large for 128 bits).
pub(crate) fn dotted(der: &[u8]) -> Option<String> {
    let mut out = String::new();
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
            out.push_str(&format!("{a}.{rest}"));
            first = false;
        } else {
            out.push_str(&format!(".{value}"));
        }
        value = 0;
    }
    Some(out)
}

/// `i2t_ASN1_OBJECT`: the long name, else dotted decimal (`""` if invalid).
pub(crate) fn long_name(der: &[u8]) -> String {
    match lookup(der) {
        Some((_, ln)) => ln.to_owned(),
        None => dotted(der).unwrap_or_default(),
    }
}

/// `i2t_ASN1_OBJECT` into OpenSSL's usual 80-byte buffer: at most 79 bytes.
pub(crate) fn long_name_80(der: &[u8]) -> String {
    let mut name = long_name(der);
    truncate_bytes(&mut name, 79);
    name
}

/// The short name, else dotted decimal (`X509_NAME_oneline`'s field names).
pub(crate) fn short_name(der: &[u8]) -> String {
    match lookup(der) {
        Some((sn, _)) => sn.to_owned(),
        None => dotted(der).unwrap_or_default(),
    }
}

/// Cut a string to at most `max` bytes (names here are ASCII).
fn truncate_bytes(s: &mut String, max: usize) {
    if s.len() > max {
        let mut cut = max;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
    }
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
}
