//! The three DER operations minting needs and rcgen does not offer: take the
//! TBSCertificate out of a signed certificate, drop one extension from a TBS
//! (RFC 6962 §3.2: the logged TBS is the pre-certificate's minus the poison),
//! and wrap bytes in an OCTET STRING.
//!
//! Hand-written because it only walks the outer TLVs of DER that rcgen just
//! produced (single-byte tags, definite lengths); a full ASN.1 crate would be
//! far more than this needs.

use crate::error::SimError;

/// One TLV: its tag, the whole encoding, and the content.
struct Tlv<'a> {
    tag: u8,
    whole: &'a [u8],
    content: &'a [u8],
}

/// Splits the first TLV off `data`, returning it and the rest.
fn split_tlv(data: &[u8]) -> Result<(Tlv<'_>, &[u8]), SimError> {
    let bad = || SimError::Mint("malformed DER".into());
    let (&tag, rest) = data.split_first().ok_or_else(bad)?;
    let (&first, rest) = rest.split_first().ok_or_else(bad)?;
    let (len, rest) = if first < 0x80 {
        (usize::from(first), rest)
    } else {
        let n = usize::from(first & 0x7f);
        if n == 0 || n > 4 || rest.len() < n {
            return Err(bad());
        }
        let (len_bytes, rest) = rest.split_at(n);
        let len = len_bytes
            .iter()
            .fold(0usize, |acc, b| (acc << 8) | usize::from(*b));
        (len, rest)
    };
    if rest.len() < len {
        return Err(bad());
    }
    let header = data.len() - rest.len();
    let (whole, tail) = data.split_at(header + len);
    Ok((
        Tlv {
            tag,
            whole,
            content: &rest[..len],
        },
        tail,
    ))
}

/// All TLVs in `data`, in order.
fn tlvs(mut data: &[u8]) -> Result<Vec<Tlv<'_>>, SimError> {
    let mut out = Vec::new();
    while !data.is_empty() {
        let (tlv, rest) = split_tlv(data)?;
        out.push(tlv);
        data = rest;
    }
    Ok(out)
}

/// Encodes a TLV with a definite DER length.
pub(crate) fn encode(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let len = content.len();
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes = len.to_be_bytes();
        let skip = bytes.iter().take_while(|b| **b == 0).count();
        out.push(0x80 | (bytes.len() - skip) as u8);
        out.extend_from_slice(&bytes[skip..]);
    }
    out.extend_from_slice(content);
    out
}

/// The TBSCertificate (first element of the Certificate SEQUENCE), as DER.
pub(crate) fn tbs_of(cert: &[u8]) -> Result<Vec<u8>, SimError> {
    let (outer, _) = split_tlv(cert)?;
    let (tbs, _) = split_tlv(outer.content)?;
    Ok(tbs.whole.to_vec())
}

/// A copy of `tbs` without the extension whose OID content bytes are `oid`.
/// The extensions field ([3] EXPLICIT SEQUENCE) and the TBS get new lengths.
pub(crate) fn strip_extension(tbs: &[u8], oid: &[u8]) -> Result<Vec<u8>, SimError> {
    let (tbs_seq, _) = split_tlv(tbs)?;
    let mut content = Vec::with_capacity(tbs.len());
    let mut found = false;
    for field in tlvs(tbs_seq.content)? {
        if field.tag != 0xa3 {
            content.extend_from_slice(field.whole);
            continue;
        }
        let (exts, _) = split_tlv(field.content)?;
        let mut kept = Vec::new();
        for ext in tlvs(exts.content)? {
            let (ext_oid, _) = split_tlv(ext.content)?;
            if ext_oid.content == oid {
                found = true;
            } else {
                kept.extend_from_slice(ext.whole);
            }
        }
        content.extend_from_slice(&encode(0xa3, &encode(0x30, &kept)));
    }
    if !found {
        return Err(SimError::Mint("extension to strip not found".into()));
    }
    Ok(encode(0x30, &content))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lengths_round_trip() {
        let content = vec![0u8; 300];
        let enc = encode(0x04, &content);
        assert_eq!(enc[..4], [0x04, 0x82, 0x01, 0x2c]);
        let (tlv, rest) = split_tlv(&enc).unwrap();
        assert_eq!(tlv.content.len(), 300);
        assert!(rest.is_empty());
    }

    #[test]
    fn strips_only_the_named_extension() {
        let ext = |oid: &[u8]| encode(0x30, &[encode(0x06, oid), encode(0x04, &[5, 0])].concat());
        let exts = [ext(&[1, 2]), ext(&[3, 4])].concat();
        let tbs = encode(
            0x30,
            &[encode(0x02, &[1]), encode(0xa3, &encode(0x30, &exts))].concat(),
        );
        let stripped = strip_extension(&tbs, &[1, 2]).unwrap();
        let expected = encode(
            0x30,
            &[
                encode(0x02, &[1]),
                encode(0xa3, &encode(0x30, &ext(&[3, 4]))),
            ]
            .concat(),
        );
        assert_eq!(stripped, expected);
        assert!(strip_extension(&tbs, &[9]).is_err());
    }
}
