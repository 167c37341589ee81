//! BER -> DER length normalisation, so certificates that OpenSSL accepts
//! with BER indefinite lengths (old CAs wrote them) still parse with
//! x509-parser, which insists on definite lengths.
//!
//! Hand-written because no crate re-encodes arbitrary BER trees; it only
//! rewrites lengths (indefinite -> definite, recursively), never contents,
//! and the hashes and `as_der` are still taken from the original bytes.

/// Maximum nesting accepted (a certificate is far shallower).
const MAX_DEPTH: usize = 64;

/// The same element tree with definite lengths, or `None` if `input` is
/// not a single well-formed BER element (trailing bytes are dropped).
pub(crate) fn to_definite(input: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(input.len());
    element(input, &mut out, 0)?;
    Some(out)
}

/// Re-encode one element from the start of `input`; returns the number of
/// input bytes it used.
fn element(input: &[u8], out: &mut Vec<u8>, depth: usize) -> Option<usize> {
    if depth > MAX_DEPTH {
        return None;
    }
    let first = *input.first()?;
    let mut pos = 1;
    if first & 0x1f == 0x1f {
        while input.get(pos)? & 0x80 != 0 {
            pos += 1;
        }
        pos += 1;
    }
    let identifier = input.get(..pos)?;
    let constructed = first & 0x20 != 0;
    let len_byte = *input.get(pos)?;
    pos += 1;
    let mut content = Vec::new();
    if len_byte == 0x80 {
        if !constructed {
            return None;
        }
        loop {
            let rest = input.get(pos..)?;
            if rest.starts_with(&[0, 0]) {
                pos += 2;
                break;
            }
            pos += element(rest, &mut content, depth + 1)?;
        }
    } else {
        let len = if len_byte & 0x80 != 0 {
            let n = usize::from(len_byte & 0x7f);
            let bytes = input.get(pos..pos + n)?;
            pos += n;
            if n > 4 {
                return None;
            }
            bytes
                .iter()
                .fold(0usize, |acc, &b| (acc << 8) | usize::from(b))
        } else {
            usize::from(len_byte)
        };
        let body = input.get(pos..pos.checked_add(len)?)?;
        pos += len;
        if constructed {
            let mut at = 0;
            while at < body.len() {
                at += element(body.get(at..)?, &mut content, depth + 1)?;
            }
        } else {
            content.extend_from_slice(body);
        }
    }
    out.extend_from_slice(identifier);
    push_length(out, content.len());
    out.extend_from_slice(&content);
    Some(pos)
}

/// A DER definite length.
pub(crate) fn push_length(out: &mut Vec<u8>, len: usize) {
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes = len.to_be_bytes();
        let skip = bytes.iter().take_while(|&&b| b == 0).count();
        out.push(0x80 | (bytes.len() - skip) as u8);
        out.extend_from_slice(bytes.get(skip..).unwrap_or_default());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indefinite_lengths_become_definite() {
        // SEQUENCE (indefinite) { INTEGER 5, SEQUENCE (indefinite) { NULL } }
        let ber = [
            0x30, 0x80, 0x02, 0x01, 0x05, 0x30, 0x80, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00,
        ];
        let der = to_definite(&ber);
        assert_eq!(
            der.as_deref(),
            Some(&[0x30, 0x07, 0x02, 0x01, 0x05, 0x30, 0x02, 0x05, 0x00][..])
        );
        assert_eq!(to_definite(&[0x30, 0x80, 0x02, 0x01]), None);
    }
}
