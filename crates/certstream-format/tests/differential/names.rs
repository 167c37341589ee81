//! Random X.501 Names, hand-built because rcgen writes one attribute per
//! RDN and each attribute type at most once.
//!
//! Covers what `aggregated` and the NAME fields must survive: multi-valued
//! RDNs, repeated attributes, emailAddress and other less common types,
//! every string type OpenSSL converts (PrintableString, UTF8String,
//! IA5String, T61String, BMPString, UniversalString, VisibleString),
//! non-ASCII text, control characters, NULs, bad UTF-8 and empty values.

use super::der::{oid, seq, set_of, tlv};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::Rng;

/// Attribute types: the six NAME fields most often, then the rest.
const ATTRIBUTES: &[&[u64]] = &[
    &[2, 5, 4, 3],                         // CN
    &[2, 5, 4, 3],                         // CN
    &[2, 5, 4, 6],                         // C
    &[2, 5, 4, 8],                         // ST
    &[2, 5, 4, 7],                         // L
    &[2, 5, 4, 10],                        // O
    &[2, 5, 4, 11],                        // OU
    &[1, 2, 840, 113549, 1, 9, 1],         // emailAddress
    &[2, 5, 4, 5],                         // serialNumber
    &[2, 5, 4, 9],                         // street
    &[2, 5, 4, 12],                        // title
    &[2, 5, 4, 15],                        // businessCategory
    &[2, 5, 4, 17],                        // postalCode
    &[2, 5, 4, 42],                        // GN
    &[0, 9, 2342, 19200300, 100, 1, 25],   // DC
    &[0, 9, 2342, 19200300, 100, 1, 1],    // UID
    &[1, 3, 6, 1, 4, 1, 311, 60, 2, 1, 3], // jurisdictionC
    &[1, 3, 6, 1, 4, 1, 99999, 7, 1],      // unknown to OpenSSL
];

/// Characters to build values from: plain ASCII, name separators OpenSSL
/// does not escape, non-ASCII, control characters and NUL.
const CHARS: &[char] = &[
    'a', 'b', 'c', 'x', 'y', 'z', 'A', 'Q', 'Z', '0', '1', '9', ' ', '.', '-', '*', '/', '=', '+',
    ',', '\\', '"', '\'', '<', '>', '#', ';', '~', 'é', 'ü', 'ß', 'Ω', 'я', '中', '日', '😀',
    '\u{7f}', '\u{1}', '\u{1f}', '\u{0}', '\u{a0}', '\u{feff}',
];

/// A random string of 0..=max characters from [`CHARS`] (or ASCII only).
pub fn text(rng: &mut StdRng, max: usize, ascii_only: bool) -> String {
    let len = rng.random_range(0..=max);
    (0..len)
        .map(|_| loop {
            let c = *CHARS.choose(rng).unwrap_or(&'a');
            if !ascii_only || c.is_ascii() {
                break c;
            }
        })
        .collect()
}

/// A plausible host name, sometimes a wildcard or with odd characters.
pub fn host(rng: &mut StdRng) -> String {
    let labels = rng.random_range(1..=4);
    let mut parts: Vec<String> = (0..labels)
        .map(|_| {
            let len = rng.random_range(1..=12);
            (0..len)
                .map(|_| {
                    *b"abcdefghijklmnopqrstuvwxyz0123456789-"
                        .choose(rng)
                        .unwrap_or(&b'a') as char
                })
                .collect()
        })
        .collect();
    if rng.random_bool(0.15) {
        parts.insert(0, "*".to_owned());
    }
    if rng.random_bool(0.03) {
        parts.push(text(rng, 6, true));
    }
    parts.join(".")
}

/// One attribute value: a string type tag and content bytes.
fn value(rng: &mut StdRng, attr: &[u64]) -> Vec<u8> {
    let host_like = attr == [2, 5, 4, 3] && rng.random_bool(0.5);
    let s = if host_like {
        host(rng)
    } else if attr == [2, 5, 4, 6] && rng.random_bool(0.8) {
        ["US", "DE", "JP", "FR", "GB"]
            .choose(rng)
            .unwrap_or(&"US")
            .to_string()
    } else {
        let ascii = rng.random_bool(0.5);
        text(rng, 24, ascii)
    };
    match rng.random_range(0..200) {
        0..=59 => tlv(0x13, s.as_bytes()), // PrintableString (content unchecked)
        60..=139 => tlv(0x0c, s.as_bytes()), // UTF8String
        140..=149 => tlv(0x16, s.as_bytes()), // IA5String
        150..=159 => tlv(0x14, s.as_bytes()), // T61String
        160 => tlv(0x1a, s.as_bytes()),    // VisibleString (OpenSSL rejects it)
        161 => tlv(0x1b, s.as_bytes()),    // GeneralString (OpenSSL rejects it)
        162..=179 => {
            // BMPString (UTF-16BE; astral characters become surrogates)
            let units: Vec<u8> = s.encode_utf16().flat_map(u16::to_be_bytes).collect();
            tlv(0x1e, &units)
        }
        180..=189 => {
            // UniversalString (UTF-32BE)
            let units: Vec<u8> = s.chars().flat_map(|c| u32::from(c).to_be_bytes()).collect();
            tlv(0x1c, &units)
        }
        190 => {
            // UTF8String with bytes that are not UTF-8
            let mut bytes = s.into_bytes();
            bytes.insert(
                rng.random_range(0..=bytes.len()),
                *[0xff, 0xc3, 0x80, 0xed].choose(rng).unwrap_or(&0xff),
            );
            tlv(0x0c, &bytes)
        }
        _ => tlv(0x13, &[]),
    }
}

fn attribute(rng: &mut StdRng) -> Vec<u8> {
    let attr = *ATTRIBUTES.choose(rng).unwrap_or(&ATTRIBUTES[0]);
    seq(&[oid(attr), value(rng, attr)])
}

/// A random Name: 0..8 RDNs, some multi-valued, attributes may repeat.
pub fn name(rng: &mut StdRng) -> Vec<u8> {
    let rdns = match rng.random_range(0..20) {
        0 => 0,
        1..=3 => 1,
        _ => rng.random_range(2..=8),
    };
    let parts: Vec<Vec<u8>> = (0..rdns)
        .map(|_| {
            let values = if rng.random_bool(0.12) {
                rng.random_range(2..=3)
            } else {
                1
            };
            set_of((0..values).map(|_| attribute(rng)).collect())
        })
        .collect();
    seq(&parts)
}
