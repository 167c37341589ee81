//! Distinguished names as OpenSSL 1.1.1 shows them.
//!
//! Three renderings are needed, each a hand port of an OpenSSL routine
//! (no crate reproduces OpenSSL's byte-level quirks):
//! - [`name_object`]: the NAME object, whose `aggregated` is
//!   `X509_NAME_oneline` (raw value bytes, `\xHH` outside `' '..='~'`) and
//!   whose attributes are `ASN1_STRING_to_UTF8` of the first value;
//! - [`oneline`] with a byte limit: the same routine into a fixed buffer,
//!   as `i2v_GENERAL_NAME` uses it for `DirName:` (256 bytes);
//! - [`print_ex_oneline`]: `X509_NAME_print_ex(.., XN_FLAG_ONELINE)`
//!   (`C = US, O = "Foo, Inc."`), used by `GENERAL_NAME_print`.
//!
//! Text that is not valid UTF-8 becomes U+FFFD, as the reference does.

use crate::chain_cache::TwoGenerations;
use crate::message::Name;
use crate::oid;
use std::cell::RefCell;
use x509_parser::asn1_rs::Class;
use x509_parser::x509::{AttributeTypeAndValue, X509Name};

/// DER content octets of the attribute OIDs the NAME object lists.
const C: &[u8] = &[0x55, 0x04, 0x06];
const ST: &[u8] = &[0x55, 0x04, 0x08];
const L: &[u8] = &[0x55, 0x04, 0x07];
const O: &[u8] = &[0x55, 0x04, 0x0a];
const OU: &[u8] = &[0x55, 0x04, 0x0b];
const CN: &[u8] = &[0x55, 0x04, 0x03];

/// The ASN.1 universal tag of an attribute value, or `None` for a
/// non-universal or constructed one (OpenSSL has no string type for those).
fn string_type(attr: &AttributeTypeAndValue<'_>) -> Option<u32> {
    let value = attr.attr_value();
    (value.header.class() == Class::Universal && !value.header.is_constructed())
        .then_some(value.tag().0)
}

/// Whether OpenSSL 1.1.1's `X509_NAME` decoder accepts this name. It is
/// stricter than x509-parser in two ways, and a name it rejects makes the
/// enclosing structure fail to decode (so e.g. a SAN with such a `DirName`
/// is not printed at all): every value must be of a type in
/// `B_ASN1_PRINTABLE` ([`value_type_allowed`]), and the canonical form
/// (`x509_name_canon`) must convert each string to UTF-8 ([`converts`]).
pub(crate) fn openssl_decodes(name: &X509Name<'_>) -> bool {
    name.iter_attributes()
        .all(|a| value_type_allowed(a) && converts(string_type(a), a.attr_value().data))
}

/// The `X509_NAME_ENTRY` value template (`ASN1_PRINTABLE`): a universal
/// tag whose `ASN1_tag2bit` is in `B_ASN1_PRINTABLE`, which includes the
/// bit OpenSSL gives tags it has no type for (7-9, 11, 13-15, 29, 31).
pub(crate) fn value_type_allowed(attr: &AttributeTypeAndValue<'_>) -> bool {
    let value = attr.attr_value();
    if value.header.class() != Class::Universal {
        return false;
    }
    matches!(
        value.tag().0,
        3 | 7 | 8 | 9 | 11 | 12 | 13 | 14 | 15 | 16 | 18 | 19 | 20 | 22 | 28 | 29 | 30 | 31
    )
}

/// `ASN1_STRING_to_UTF8` success for the types `x509_name_canon`
/// converts: UTF8String must pass `UTF8_getc` (which allows surrogates,
/// values above U+10FFFF and 5-/6-byte forms, but not overlong or broken
/// sequences), BMPString needs an even length, UniversalString a multiple
/// of four. Other types are copied as they are.
fn converts(string_type: Option<u32>, data: &[u8]) -> bool {
    match string_type {
        Some(12) => utf8_getc_all(data),
        Some(30) => data.len() % 2 == 0,
        Some(28) => data.len() % 4 == 0,
        _ => true,
    }
}

/// Every character of `data` decodes with OpenSSL 1.1.1's `UTF8_getc`.
fn utf8_getc_all(data: &[u8]) -> bool {
    let mut rest = data;
    while let Some(&lead) = rest.first() {
        let (len, min) = match lead {
            0x00..=0x7f => (1, 0),
            0xc0..=0xdf => (2, 0x80),
            0xe0..=0xef => (3, 0x800),
            0xf0..=0xf7 => (4, 0x1_0000),
            0xf8..=0xfb => (5, 0x20_0000),
            0xfc..=0xfd => (6, 0x400_0000),
            _ => return false,
        };
        let Some((seq, tail)) = rest.split_at_checked(len) else {
            return false;
        };
        if seq[1..].iter().any(|b| b & 0xc0 != 0x80) {
            return false;
        }
        let lead_bits = u32::from(lead) & (0x7f >> len);
        let value = seq[1..]
            .iter()
            .fold(lead_bits, |acc, b| (acc << 6) | u32::from(b & 0x3f));
        if value < min {
            return false;
        }
        rest = tail;
    }
    true
}

/// [`name_object`] of an issuer, cached per thread by the name's DER: a
/// stream's leaves name only a few hundred distinct issuers, so most
/// issuer NAMEs are a copy of one already built.
pub(crate) fn issuer_object(name: &X509Name<'_>) -> Name {
    /// Distinct issuers kept per generation.
    const GENERATION: usize = 256;
    thread_local! {
        static ISSUERS: RefCell<TwoGenerations<Name>> =
            RefCell::new(TwoGenerations::new(GENERATION));
    }
    ISSUERS.with(|issuers| {
        issuers
            .borrow_mut()
            .get_or_insert_with(name.as_raw(), || name_object(name))
    })
}

/// The NAME object: `aggregated` plus the first C, ST, L, O, OU and CN.
pub(crate) fn name_object(name: &X509Name<'_>) -> Name {
    let first = |oid: &[u8]| {
        name.iter_attributes()
            .find(|a| a.attr_type().as_bytes() == oid)
            .map(|a| to_utf8(string_type(a), a.attr_value().data))
    };
    Name {
        aggregated: oneline(name, None),
        c: first(C),
        st: first(ST),
        l: first(L),
        o: first(O),
        ou: first(OU),
        cn: first(CN),
    }
}

/// `ASN1_STRING_to_UTF8`, falling back to the raw bytes when OpenSSL
/// cannot convert; invalid UTF-8 then becomes U+FFFD.
pub(crate) fn to_utf8(string_type: Option<u32>, data: &[u8]) -> String {
    // ASCII in a one-byte-per-character type (nearly every name) is
    // already UTF-8.
    if data.is_ascii() && matches!(string_type, Some(12 | 18 | 19 | 20 | 22 | 23 | 24 | 26)) {
        return String::from_utf8_lossy(data).into_owned();
    }
    let mut out = Vec::with_capacity(data.len());
    let converted = match string_type {
        // NumericString, PrintableString, T61String, IA5String, UTCTime,
        // GeneralizedTime, VisibleString: one byte per character (Latin-1).
        Some(18 | 19 | 20 | 22 | 23 | 24 | 26) => {
            data.iter().for_each(|&b| utf8_putc(&mut out, u32::from(b)));
            true
        }
        // UniversalString (UCS-4) and BMPString (UCS-2), big-endian.
        Some(28) => wide_chars(data, 4, &mut out),
        Some(30) => wide_chars(data, 2, &mut out),
        _ => false,
    };
    if converted {
        crate::extensions::lossy_utf8(out)
    } else {
        String::from_utf8_lossy(data).into_owned()
    }
}

/// Fixed-width big-endian characters to UTF-8; false on a ragged length.
fn wide_chars(data: &[u8], width: usize, out: &mut Vec<u8>) -> bool {
    if data.len() % width != 0 {
        return false;
    }
    for chunk in data.chunks_exact(width) {
        let c = chunk.iter().fold(0u32, |acc, &b| (acc << 8) | u32::from(b));
        utf8_putc(out, c);
    }
    true
}

/// OpenSSL's `UTF8_putc`: encodes any value up to 31 bits, surrogates
/// included (those later decode to U+FFFD, as in the reference).
pub(crate) fn utf8_putc(out: &mut Vec<u8>, c: u32) {
    let (len, lead) = match c {
        0..=0x7f => {
            out.push(c as u8);
            return;
        }
        0x80..=0x7ff => (2, 0xc0),
        0x800..=0xffff => (3, 0xe0),
        0x1_0000..=0x1f_ffff => (4, 0xf0),
        0x20_0000..=0x3ff_ffff => (5, 0xf8),
        _ => (6, 0xfc),
    };
    out.push(lead | (c >> (6 * (len - 1))) as u8);
    for i in (0..len - 1).rev() {
        out.push(0x80 | ((c >> (6 * i)) & 0x3f) as u8);
    }
}

/// `X509_NAME_oneline`. With `limit`, behaves like a caller's buffer of
/// that many bytes: entries that do not fit are dropped, not cut.
pub(crate) fn oneline(name: &X509Name<'_>, limit: Option<usize>) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(128);
    for attr in name.iter_attributes() {
        // Each entry is written in place and cut off again if it overflows.
        let entry_start = out.len();
        out.push('/');
        out.push_str(&oid::short_name(attr.attr_type().as_bytes()));
        out.push('=');
        let data = attr.attr_value().data;
        // GeneralString whose length is a multiple of 4 and whose first
        // three columns are zero: OpenSSL prints every fourth byte only.
        let every_fourth = string_type(attr) == Some(27)
            && data.len() % 4 == 0
            && data.iter().enumerate().all(|(j, &b)| j % 4 == 3 || b == 0);
        for (j, &b) in data.iter().enumerate() {
            if every_fourth && j % 4 != 3 {
                continue;
            }
            if (b' '..=b'~').contains(&b) {
                out.push(char::from(b));
            } else {
                out.push_str("\\x");
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 0xf)]));
            }
        }
        if limit.is_some_and(|max| out.len() > max - 1) {
            out.truncate(entry_start);
            break;
        }
    }
    out
}

/// `X509_NAME_print_ex(out, name, 0, XN_FLAG_ONELINE)` for a whole name.
pub(crate) fn print_ex_oneline(name: &X509Name<'_>, out: &mut Vec<u8>) {
    let entries = name
        .iter_rdn()
        .enumerate()
        .flat_map(|(set, rdn)| rdn.iter().map(move |attr| (set, attr)));
    print_entries_ex(entries, out);
}

/// `X509_NAME_print_ex(.., XN_FLAG_ONELINE)` over entries tagged with
/// their RDN: `, ` between RDNs, ` + ` inside one, `SN = value`.
pub(crate) fn print_entries_ex<'b, 'a: 'b>(
    entries: impl Iterator<Item = (usize, &'b AttributeTypeAndValue<'a>)>,
    out: &mut Vec<u8>,
) {
    let mut prev = None;
    for (set, attr) in entries {
        if let Some(p) = prev {
            out.extend_from_slice(if p == set { b" + " } else { b", " });
        }
        prev = Some(set);
        let oid_der = attr.attr_type().as_bytes();
        match oid::lookup(oid_der) {
            Some((sn, _)) => out.extend_from_slice(sn.as_bytes()),
            None => out.extend_from_slice(oid::dotted(oid_der).unwrap_or_default().as_bytes()),
        }
        out.extend_from_slice(b" = ");
        print_value_rfc2253(attr, out);
    }
}

/// `do_print_ex` with `ASN1_STRFLGS_RFC2253 | ASN1_STRFLGS_ESC_QUOTE`.
fn print_value_rfc2253(attr: &AttributeTypeAndValue<'_>, out: &mut Vec<u8>) {
    let data = attr.attr_value().data;
    let ty = string_type(attr);
    // Characters as code points, per the string type's width.
    let chars: Vec<u32> = match ty {
        Some(12 | 18 | 19 | 20 | 22 | 23 | 24 | 26) => data.iter().map(|&b| u32::from(b)).collect(),
        Some(28) | Some(30) => {
            let width = if ty == Some(28) { 4 } else { 2 };
            if data.len() % width != 0 {
                return;
            }
            data.chunks_exact(width)
                .map(|c| c.iter().fold(0u32, |acc, &b| (acc << 8) | u32::from(b)))
                .collect()
        }
        // Unknown string types are dumped as `#` + hex of their DER.
        _ => {
            out.push(b'#');
            let mut der = vec![attr.attr_value().tag().0 as u8];
            crate::ber::push_length(&mut der, data.len());
            der.extend_from_slice(data);
            for b in &der {
                out.extend_from_slice(format!("{b:02X}").as_bytes());
            }
            return;
        }
    };
    // UTF8String is printed byte by byte; the others are converted to UTF-8.
    let convert = ty != Some(12);
    let mut body = Vec::with_capacity(data.len());
    let mut quotes = false;
    let last = chars.len().saturating_sub(1);
    for (i, &c) in chars.iter().enumerate() {
        let position = if i == last {
            Position::Last
        } else if i == 0 {
            Position::First
        } else {
            Position::Middle
        };
        if convert && c > 0x7f {
            let mut utf = Vec::new();
            utf8_putc(&mut utf, c);
            for b in utf {
                escape_char(u32::from(b), Position::Middle, &mut quotes, &mut body);
            }
        } else {
            escape_char(c, position, &mut quotes, &mut body);
        }
    }
    if quotes {
        out.push(b'"');
    }
    out.extend_from_slice(&body);
    if quotes {
        out.push(b'"');
    }
}

/// Where a character sits in its value (RFC 2253 escapes differ there).
#[derive(Clone, Copy, PartialEq)]
enum Position {
    First,
    Middle,
    Last,
}

/// `do_esc_char` with RFC 2253 + ESC_QUOTE flags.
fn escape_char(c: u32, position: Position, quotes: &mut bool, out: &mut Vec<u8>) {
    if c > 0xffff {
        out.extend_from_slice(format!("\\W{c:08X}").as_bytes());
        return;
    }
    if c > 0xff {
        out.extend_from_slice(format!("\\U{c:04X}").as_bytes());
        return;
    }
    let b = c as u8;
    let needs_quotes = matches!(b, b',' | b'+' | b';' | b'<' | b'>')
        || (b == b'#' && position == Position::First)
        || (b == b' ' && position != Position::Middle);
    if needs_quotes {
        *quotes = true;
        out.push(b);
    } else if b == b'"' || b == b'\\' {
        out.push(b'\\');
        out.push(b);
    } else if !(b' '..0x7f).contains(&b) {
        out.extend_from_slice(format!("\\{b:02X}").as_bytes());
    } else {
        out.push(b);
    }
}
