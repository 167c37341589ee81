//! A minimal BER reader for extension values, on top of `asn1-rs`.
//!
//! OpenSSL's `d2i` functions decide whether an extension can be printed at
//! all, so the printers must accept and reject what OpenSSL 1.1.1 does. They
//! walk the value with this reader instead of x509-parser's typed extension
//! parsers, which are stricter in some places, laxer in others, and drop
//! information OpenSSL prints (the order of EKU purposes, for one). The TLV
//! decoding itself (tags, long lengths, BER indefinite lengths) is `asn1-rs`'
//! `Any::from_ber`; this module only adds the "read the next element if it
//! has this tag" helpers the printers need. Every failure is `None`: the
//! caller then leaves the extension out, as OpenSSL does.

use x509_parser::asn1_rs::{Any, Class, FromBer};

/// Universal tag numbers the printers look for.
pub(crate) mod tag {
    pub const BOOLEAN: u32 = 1;
    pub const INTEGER: u32 = 2;
    pub const BIT_STRING: u32 = 3;
    pub const OCTET_STRING: u32 = 4;
    pub const NULL: u32 = 5;
    pub const OID: u32 = 6;
    pub const ENUMERATED: u32 = 10;
    pub const UTF8_STRING: u32 = 12;
    pub const SEQUENCE: u32 = 16;
    pub const IA5_STRING: u32 = 22;
    pub const GENERALIZED_TIME: u32 = 24;
    pub const VISIBLE_STRING: u32 = 26;
    pub const BMP_STRING: u32 = 30;
}

/// One decoded element: its identifier and its content octets.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tlv<'a> {
    pub class: Class,
    pub constructed: bool,
    pub tag: u32,
    pub content: &'a [u8],
    /// The whole encoding (identifier, length and content).
    pub raw: &'a [u8],
}

impl<'a> Tlv<'a> {
    /// Decode the first element of `input`; `None` when it is not valid BER.
    pub(crate) fn parse(input: &'a [u8]) -> Option<(Tlv<'a>, &'a [u8])> {
        let (rest, any) = Any::from_ber(input).ok()?;
        let raw = input.get(..input.len() - rest.len())?;
        let tlv = Tlv {
            class: any.header.class(),
            constructed: any.header.is_constructed(),
            tag: any.header.tag().0,
            content: any.data,
            raw,
        };
        Some((tlv, rest))
    }

    /// True for a universal element with this tag number.
    pub(crate) fn is_universal(&self, tag: u32) -> bool {
        self.class == Class::Universal && self.tag == tag
    }

    /// True for a context-specific (`[n]`) element with this number.
    pub(crate) fn is_context(&self, tag: u32) -> bool {
        self.class == Class::ContextSpecific && self.tag == tag
    }

    /// The content of a universal element with this tag, else `None`.
    pub(crate) fn expect(&self, tag: u32) -> Option<&'a [u8]> {
        self.is_universal(tag).then_some(self.content)
    }

    /// A reader over a constructed element's children.
    pub(crate) fn children(&self) -> Option<Reader<'a>> {
        self.constructed.then_some(Reader { rest: self.content })
    }
}

/// Reads the elements of a SEQUENCE/SET content one after another.
#[derive(Debug, Clone)]
pub(crate) struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    /// A reader over raw content octets.
    pub(crate) fn new(content: &'a [u8]) -> Self {
        Reader { rest: content }
    }

    /// Everything read: OpenSSL rejects a SEQUENCE with bytes left over.
    pub(crate) fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    /// The next element; `None` at the end or on a decoding error.
    pub(crate) fn next(&mut self) -> Option<Tlv<'a>> {
        let (tlv, rest) = Tlv::parse(self.rest)?;
        self.rest = rest;
        Some(tlv)
    }

    /// The next element only if `wanted` accepts it (OPTIONAL fields).
    /// Outer `None`: decoding error; inner `None`: absent.
    pub(crate) fn optional(
        &mut self,
        wanted: impl Fn(&Tlv<'a>) -> bool,
    ) -> Option<Option<Tlv<'a>>> {
        if self.rest.is_empty() {
            return Some(None);
        }
        let (tlv, rest) = Tlv::parse(self.rest)?;
        if wanted(&tlv) {
            self.rest = rest;
            Some(Some(tlv))
        } else {
            Some(None)
        }
    }

    /// All remaining elements (SEQUENCE OF); `None` if any fails to decode.
    pub(crate) fn all(mut self) -> Option<Vec<Tlv<'a>>> {
        let mut out = Vec::new();
        while !self.rest.is_empty() {
            out.push(self.next()?);
        }
        Some(out)
    }
}

/// The single outer element of an extension value. Like `ASN1_item_d2i`,
/// bytes after it are ignored.
pub(crate) fn outer(value: &[u8]) -> Option<Tlv<'_>> {
    Tlv::parse(value).map(|(tlv, _)| tlv)
}

/// Elements of a `SEQUENCE OF` extension value.
pub(crate) fn sequence_of(value: &[u8]) -> Option<Vec<Tlv<'_>>> {
    let seq = outer(value)?;
    if !seq.is_universal(tag::SEQUENCE) {
        return None;
    }
    seq.children()?.all()
}
