//! ASN.1 INTEGERs as OpenSSL 1.1.1 reads and prints them.
//!
//! OpenSSL rejects non-minimal encodings ("illegal padding") and empty
//! content, which makes the enclosing extension unprintable; and it prints
//! with `i2s_ASN1_INTEGER`: decimal below 128 bits, else `0x` + uppercase
//! hex. Hand-written because both rules are OpenSSL's, not ASN.1's.

/// `c2i_ibuf`'s checks: non-empty, no redundant leading 0x00/0xFF.
pub(crate) fn is_valid(content: &[u8]) -> bool {
    match content {
        [] => false,
        [_] => true,
        [first, second, rest @ ..] => {
            let negative = first & 0x80 != 0;
            let padded = match first {
                0x00 => true,
                0xff => *second != 0 || rest.iter().any(|&b| b != 0),
                _ => false,
            };
            !(padded && negative == (second & 0x80 != 0))
        }
    }
}

/// Sign and big-endian magnitude of a two's-complement INTEGER.
pub(crate) fn magnitude(content: &[u8]) -> (bool, Vec<u8>) {
    let negative = content.first().is_some_and(|b| b & 0x80 != 0);
    let mut bytes = content.to_vec();
    if negative {
        // Two's complement negation: invert, add one.
        bytes.iter_mut().for_each(|b| *b = !*b);
        for b in bytes.iter_mut().rev() {
            let (v, carry) = b.overflowing_add(1);
            *b = v;
            if !carry {
                break;
            }
        }
    }
    let skip = bytes.iter().take_while(|&&b| b == 0).count();
    bytes.drain(..skip);
    (negative, bytes)
}

/// `i2s_ASN1_INTEGER` (also used for ENUMERATED).
pub(crate) fn to_string(content: &[u8]) -> String {
    let (negative, mag) = magnitude(content);
    let sign = if negative { "-" } else { "" };
    let bits = mag.first().map_or(0, |b| {
        (mag.len() - 1) * 8 + (8 - b.leading_zeros() as usize)
    });
    if bits < 128 {
        let value = mag.iter().fold(0u128, |acc, &b| (acc << 8) | u128::from(b));
        format!("{sign}{value}")
    } else {
        let mut out = String::with_capacity(3 + mag.len() * 2);
        out.push_str(sign);
        out.push_str("0x");
        mag.iter()
            .for_each(|&b| push_hex_byte(&mut out, b, UPPER_HEX));
        out
    }
}

/// Lowercase hex without padding, `-` when negative (the `serial_number`).
pub(crate) fn to_lower_hex(content: &[u8]) -> String {
    let (negative, mag) = magnitude(content);
    let mut out = String::with_capacity(1 + mag.len() * 2);
    if negative {
        out.push('-');
    }
    match mag.split_first() {
        None => out.push('0'),
        Some((&first, rest)) => {
            // The first byte is not padded: `8a01`, but `a01` for 0x0a01.
            if first < 0x10 {
                out.push(char::from(LOWER_HEX[usize::from(first)]));
            } else {
                push_hex_byte(&mut out, first, LOWER_HEX);
            }
            rest.iter()
                .for_each(|&b| push_hex_byte(&mut out, b, LOWER_HEX));
        }
    }
    out
}

const LOWER_HEX: &[u8; 16] = b"0123456789abcdef";
const UPPER_HEX: &[u8; 16] = b"0123456789ABCDEF";

/// Two hex digits of `b` from `digits` (a table, not `format!`: serials
/// are printed for every certificate).
fn push_hex_byte(out: &mut String, b: u8, digits: &[u8; 16]) {
    out.push(char::from(digits[usize::from(b >> 4)]));
    out.push(char::from(digits[usize::from(b & 0xf)]));
}

/// `ASN1_INTEGER_get` as OpenSSL uses it for small values (TLS features).
pub(crate) fn to_i64(content: &[u8]) -> Option<i64> {
    let (negative, mag) = magnitude(content);
    if mag.len() > 8 {
        return None;
    }
    let value = i64::try_from(mag.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b))).ok()?;
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validity_and_printing() {
        assert!(is_valid(&[0x00, 0x80]));
        assert!(!is_valid(&[0x00, 0x7f]));
        assert!(!is_valid(&[0xff, 0x80, 0x01]));
        assert!(!is_valid(&[]));
        assert_eq!(to_string(&[0xff]), "-1");
        assert_eq!(to_string(&[0x01, 0x00]), "256");
        let big = [0x7f; 17];
        assert!(to_string(&big).starts_with("0x7F7F"));
        assert_eq!(to_lower_hex(&[0x00, 0x8a, 0x01]), "8a01");
        assert_eq!(to_lower_hex(&[0xfe]), "-2");
        assert_eq!(to_lower_hex(&[0x00]), "0");
        assert_eq!(to_lower_hex(&[0x0a, 0x01, 0xff]), "a01ff");
        assert_eq!(to_lower_hex(&[0x80, 0x00]), "-8000");
    }
}
