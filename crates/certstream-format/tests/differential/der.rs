//! A tiny DER writer and top-level reader for building test certificates.
//!
//! rcgen builds well-formed certificates but cannot express everything the
//! differential test needs (multi-valued RDNs, repeated attributes, raw
//! serials, hand-picked time encodings, arbitrary signature algorithms), so
//! the generator splices hand-built DER into rcgen's output. Only the
//! handful of encodings used by the generator live here.

/// Encode one TLV with a single-byte tag.
pub fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let len = content.len();
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes: Vec<u8> = len
            .to_be_bytes()
            .into_iter()
            .skip_while(|b| *b == 0)
            .collect();
        out.push(0x80 | bytes.len() as u8);
        out.extend(bytes);
    }
    out.extend_from_slice(content);
    out
}

/// SEQUENCE of the concatenated parts.
pub fn seq(parts: &[Vec<u8>]) -> Vec<u8> {
    tlv(0x30, &parts.concat())
}

/// SET OF, elements sorted by encoding as DER requires.
pub fn set_of(mut parts: Vec<Vec<u8>>) -> Vec<u8> {
    parts.sort();
    tlv(0x31, &parts.concat())
}

/// OBJECT IDENTIFIER from its arcs (the first two combined).
pub fn oid(arcs: &[u64]) -> Vec<u8> {
    let mut content = Vec::new();
    let mut push = |mut v: u64| {
        let mut chunk = vec![(v & 0x7f) as u8];
        v >>= 7;
        while v > 0 {
            chunk.push(0x80 | (v & 0x7f) as u8);
            v >>= 7;
        }
        chunk.reverse();
        content.extend(chunk);
    };
    push(arcs[0] * 40 + arcs[1]);
    arcs[2..].iter().for_each(|a| push(*a));
    tlv(0x06, &content)
}

/// INTEGER from a non-negative value, minimally encoded.
pub fn uint(v: u64) -> Vec<u8> {
    let mut bytes: Vec<u8> = v
        .to_be_bytes()
        .into_iter()
        .skip_while(|b| *b == 0)
        .collect();
    if bytes.first().is_none_or(|b| b & 0x80 != 0) {
        bytes.insert(0, 0);
    }
    tlv(0x02, &bytes)
}

/// The TLVs directly inside `bytes` (which must be well-formed DER made
/// by rcgen or by this module), as whole encodings.
pub fn children(bytes: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < bytes.len() {
        let first = bytes[pos + 1];
        let (header, len) = if first < 0x80 {
            (2, usize::from(first))
        } else {
            let n = usize::from(first & 0x7f);
            let len = bytes[pos + 2..pos + 2 + n]
                .iter()
                .fold(0usize, |acc, b| (acc << 8) | usize::from(*b));
            (2 + n, len)
        };
        out.push(bytes[pos..pos + header + len].to_vec());
        pos += header + len;
    }
    out
}

/// The content octets of one whole TLV made by [`tlv`] or rcgen.
pub fn content(tlv_bytes: &[u8]) -> Vec<u8> {
    let first = tlv_bytes[1];
    let header = if first < 0x80 {
        2
    } else {
        2 + usize::from(first & 0x7f)
    };
    tlv_bytes[header..].to_vec()
}
