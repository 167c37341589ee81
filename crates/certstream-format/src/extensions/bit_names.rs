//! Named-bit extensions (`i2v_ASN1_BIT_STRING`): `keyUsage`,
//! `nsCertType`, and the CRL reason flags CRL distribution points print.
//! OpenSSL fails (so the extension is left out) when no known bit is set.

use super::{val_prn, ConfValue};
use crate::der::{self, tag};

const KEY_USAGE: [&str; 9] = [
    "Digital Signature",
    "Non Repudiation",
    "Key Encipherment",
    "Data Encipherment",
    "Key Agreement",
    "Certificate Sign",
    "CRL Sign",
    "Encipher Only",
    "Decipher Only",
];

const NS_CERT_TYPE: [&str; 8] = [
    "SSL Client",
    "SSL Server",
    "S/MIME",
    "Object Signing",
    "Unused",
    "SSL CA",
    "S/MIME CA",
    "Object Signing CA",
];

/// Reason flags of a DistributionPoint (`reason_flags` in v3_crld.c).
pub(super) const REASONS: [&str; 9] = [
    "Unused",
    "Key Compromise",
    "CA Compromise",
    "Affiliation Changed",
    "Superseded",
    "Cessation Of Operation",
    "Certificate Hold",
    "Privilege Withdrawn",
    "AA Compromise",
];

/// The bits of a BIT STRING's content (unused-bits octet first); unused
/// trailing bits are masked off as `c2i_ASN1_BIT_STRING` does.
pub(super) fn bits(content: &[u8]) -> Option<Vec<u8>> {
    let (&unused, data) = content.split_first()?;
    if unused > 7 {
        return None;
    }
    let mut data = data.to_vec();
    if let Some(last) = data.last_mut() {
        *last &= 0xffu8 << unused;
    }
    Some(data)
}

/// `ASN1_BIT_STRING_get_bit`.
pub(super) fn get_bit(bits: &[u8], n: usize) -> bool {
    bits.get(n / 8).is_some_and(|b| b & (0x80 >> (n % 8)) != 0)
}

/// Names of the set bits, in table order.
pub(super) fn set_names<'n>(bits: &[u8], names: &[&'n str]) -> Vec<&'n str> {
    names
        .iter()
        .enumerate()
        .filter(|(i, _)| get_bit(bits, *i))
        .map(|(_, n)| *n)
        .collect()
}

fn print_bits(value: &[u8], names: &[&str]) -> Option<Vec<u8>> {
    let bs = der::outer(value)?;
    let b = bits(bs.expect(tag::BIT_STRING)?)?;
    let set = set_names(&b, names);
    if set.is_empty() {
        return None;
    }
    let values: Vec<ConfValue> = set.into_iter().map(ConfValue::word).collect();
    Some(val_prn(&values, false))
}

pub(super) fn key_usage(value: &[u8]) -> Option<Vec<u8>> {
    print_bits(value, &KEY_USAGE)
}

pub(super) fn ns_cert_type(value: &[u8]) -> Option<Vec<u8>> {
    print_bits(value, &NS_CERT_TYPE)
}
