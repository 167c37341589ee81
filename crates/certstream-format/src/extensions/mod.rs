//! Extension values as OpenSSL 1.1.1's `X509V3_EXT_print(bio, ext, 0, 0)`
//! prints them, keyed by OpenSSL's short name.
//!
//! HAND-WRITTEN on purpose: FORMAT.md defines these values as OpenSSL
//! 1.1.1's exact text, and no Rust crate reproduces it (x509-parser decodes
//! but does not print; OpenSSL 3 prints differently). Each file here ports
//! one family of OpenSSL printers (`v3_*.c`), including their failure
//! modes: an extension is left out when OpenSSL has no printer for it, when
//! its value does not decode, or when the printer fails (e.g. an embedded
//! NUL in a SAN string, or a key usage with no bit set). The printed bytes
//! are turned into text with invalid UTF-8 replaced by U+FFFD, as the
//! reference does.
//!
//! OpenSSL's printers come in three shapes, mirrored here: `i2s` (one
//! string), `i2v` (a list of `name:value` pairs joined by [`val_prn`]), and
//! `i2r` (free-form text).

mod alt_name;
mod basic_constraints;
mod bit_names;
mod crl;
mod crl_distribution_points;
mod extended_key_usage;
mod general_name;
mod info_access;
mod key_identifier;
mod name_constraints;
mod netscape;
mod ocsp_no_check;
mod policies;
mod policy_constraints;
mod private_key_usage_period;
mod sct;
mod text_cache;
mod tls_feature;

pub(crate) use alt_name::dns_names;

use crate::oid;
use indexmap::map::Entry;
use indexmap::IndexMap;
use std::borrow::Cow;

/// An OpenSSL printer: the value's bytes in, the text out, `None` when
/// OpenSSL would fail (and so leave the extension out).
type Printer = fn(&[u8]) -> Option<Vec<u8>>;

/// The printer OpenSSL 1.1.1 has for an extension OID (DER content
/// octets), if any. The list follows `standard_exts.h`.
fn printer(oid: &[u8]) -> Option<Printer> {
    const NS: [u8; 8] = [0x60, 0x86, 0x48, 0x01, 0x86, 0xf8, 0x42, 0x01]; // 2.16.840.1.113730.1
    const PE: [u8; 7] = [0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x01]; // 1.3.6.1.5.5.7.1
    const CT: [u8; 9] = [0x2b, 0x06, 0x01, 0x04, 0x01, 0xd6, 0x79, 0x02, 0x04]; // 1.3.6.1.4.1.11129.2.4
    const OCSP_NOCHECK: [u8; 9] = [0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x30, 0x01, 0x05];
    let printer: Printer = match oid {
        // 2.5.29.n
        [0x55, 0x1d, last] => match last {
            14 => key_identifier::subject_key_identifier,
            15 => bit_names::key_usage,
            16 => private_key_usage_period::print,
            17 | 18 | 29 => alt_name::print,
            19 => basic_constraints::print,
            20 | 27 => crl::number,
            21 => crl::reason,
            24 => crl::invalidity_date,
            30 => name_constraints::print,
            31 | 46 => crl_distribution_points::print,
            32 => policies::print,
            33 => policy_constraints::policy_mappings,
            35 => key_identifier::authority_key_identifier,
            36 => policy_constraints::policy_constraints,
            37 => extended_key_usage::print,
            54 => policy_constraints::inhibit_any_policy,
            _ => return None,
        },
        _ if oid.len() == 9 && oid.starts_with(&NS) => match oid.last() {
            Some(1) => bit_names::ns_cert_type,
            Some(2 | 3 | 4 | 7 | 8 | 12 | 13) => netscape::ia5_string,
            _ => return None,
        },
        _ if oid.len() == 8 && oid.starts_with(&PE) => match oid.last() {
            Some(1 | 11) => info_access::print,
            Some(24) => tls_feature::print,
            _ => return None,
        },
        _ if oid.len() == 10 && oid.starts_with(&CT) => match oid.last() {
            Some(2 | 5) => sct::print_list,
            Some(3) => sct::print_poison,
            _ => return None,
        },
        _ if oid == OCSP_NOCHECK => ocsp_no_check::print,
        _ => return None,
    };
    Some(printer)
}

/// `{short name: text}` for a certificate's extensions, in certificate
/// order; the first printable occurrence of a type wins.
pub(crate) fn print_all<'a>(
    extensions: impl Iterator<Item = (&'a [u8], &'a [u8])>,
) -> IndexMap<String, String> {
    // Sized up front: growing the map rehashed it several times per leaf.
    let mut out = IndexMap::with_capacity(extensions.size_hint().0);
    for (oid_der, value) in extensions {
        let Some(print) = printer(oid_der) else {
            continue;
        };
        let Some((short_name, _)) = oid::lookup(oid_der) else {
            continue;
        };
        let Entry::Vacant(slot) = out.entry(short_name.to_owned()) else {
            continue;
        };
        if let Some(text) =
            text_cache::get_or_print(oid_der, value, || print(value).map(lossy_utf8))
        {
            slot.insert(text);
        }
    }
    out
}

/// `text` as a String, invalid UTF-8 replaced by U+FFFD; valid text (the
/// usual case) is taken over without a copy.
pub(crate) fn lossy_utf8(text: Vec<u8>) -> String {
    String::from_utf8(text)
        .unwrap_or_else(|invalid| String::from_utf8_lossy(invalid.as_bytes()).into_owned())
}

/// One `CONF_VALUE`: what an `i2v` printer produces per item. Borrows
/// the certificate's bytes where it can (a SAN holds dozens of names, and
/// copying each one showed in profiles).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ConfValue<'a> {
    name: Option<Cow<'a, [u8]>>,
    value: Option<Cow<'a, [u8]>>,
}

impl<'a> ConfValue<'a> {
    /// `x509v3_add_len_value`: fails on a NUL anywhere but the last byte
    /// (which is dropped); an empty value is stored as none.
    pub(crate) fn new(name: Option<&'a [u8]>, value: Option<&'a [u8]>) -> Option<ConfValue<'a>> {
        let value = match value {
            Some(v) if !v.is_empty() => {
                let (body, last) = v.split_at(v.len() - 1);
                if body.contains(&0) {
                    return None;
                }
                Some(Cow::Borrowed(if last == [0] { body } else { v }))
            }
            _ => None,
        };
        Some(ConfValue {
            name: name.map(Cow::Borrowed),
            value,
        })
    }

    /// A pair OpenSSL builds from C strings (no NUL possible).
    pub(crate) fn pair(name: &str, value: &str) -> ConfValue<'a> {
        ConfValue {
            name: Some(Cow::Owned(name.as_bytes().to_vec())),
            value: (!value.is_empty()).then(|| Cow::Owned(value.as_bytes().to_vec())),
        }
    }

    /// A bare name (bit names, `i2v` lists of words).
    pub(crate) fn word(word: &str) -> ConfValue<'a> {
        ConfValue {
            name: Some(Cow::Owned(word.as_bytes().to_vec())),
            value: None,
        }
    }

    /// The same value, owning its bytes (for text built on the fly).
    pub(crate) fn into_owned(self) -> ConfValue<'static> {
        ConfValue {
            name: self.name.map(|n| Cow::Owned(n.into_owned())),
            value: self.value.map(|v| Cow::Owned(v.into_owned())),
        }
    }

    /// Mutable name, for printers that rewrite it (AIA's `OCSP - URI`).
    pub(crate) fn name_mut(&mut self) -> &mut Option<Cow<'a, [u8]>> {
        &mut self.name
    }
}

/// `X509V3_EXT_val_prn` with indent 0: `a, b:c` on one line, or one
/// `name:value\n` per line for multi-line extensions.
pub(crate) fn val_prn(values: &[ConfValue<'_>], multiline: bool) -> Vec<u8> {
    let len = |part: &Option<Cow<'_, [u8]>>| part.as_ref().map_or(0, |p| p.len());
    let capacity = values
        .iter()
        .map(|v| len(&v.name) + len(&v.value) + 3)
        .sum();
    let mut out = Vec::with_capacity(capacity);
    if values.is_empty() {
        out.extend_from_slice(b"<EMPTY>\n");
    }
    for (i, v) in values.iter().enumerate() {
        if !multiline && i > 0 {
            out.extend_from_slice(b", ");
        }
        match (&v.name, &v.value) {
            (None, Some(value)) => out.extend_from_slice(value),
            (Some(name), None) => out.extend_from_slice(name),
            (Some(name), Some(value)) => {
                out.extend_from_slice(name);
                out.push(b':');
                out.extend_from_slice(value);
            }
            (None, None) => out.extend_from_slice(b"(null)"),
        }
        if multiline {
            out.push(b'\n');
        }
    }
    out
}

/// `OPENSSL_buf2hexstr`: `AB:CD:EF` (also FORMAT.md's fingerprint style).
pub(crate) fn hex_colon(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = Vec::with_capacity(bytes.len() * 3);
    for b in bytes {
        out.extend_from_slice(&[HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xf)], b':']);
    }
    out.pop();
    // Only ASCII was written, so this never falls back to a copy.
    lossy_utf8(out)
}

/// Bytes up to the first NUL: what `%s`/`%.*s` in `BIO_printf` print.
pub(crate) fn c_str(bytes: &[u8]) -> &[u8] {
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    bytes.get(..end).unwrap_or_default()
}
