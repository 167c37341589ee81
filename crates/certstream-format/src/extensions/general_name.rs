//! GeneralName (RFC 5280 4.2.1.6) decoding and OpenSSL 1.1.1's two ways of
//! printing it: `i2v_GENERAL_NAME` (SAN, AIA, AKID: `DNS:a`, `DirName:/C=..`,
//! strings with a NUL are an error) and `GENERAL_NAME_print` (CRL DPs, name
//! constraints: `DirName:C = .., ...`, non-printables shown as `.`).

use super::ConfValue;
use crate::der::{tag, Reader, Tlv};
use crate::{name, oid};
use x509_parser::prelude::FromDer;
use x509_parser::x509::X509Name;

/// A decoded GeneralName, borrowing the certificate's bytes.
#[derive(Debug)]
pub(crate) enum GeneralName<'a> {
    Other,
    X400,
    Email(&'a [u8]),
    Dns(&'a [u8]),
    Directory(X509Name<'a>),
    EdiParty,
    Uri(&'a [u8]),
    Ip(&'a [u8]),
    RegisteredId(&'a [u8]),
}

impl<'a> GeneralName<'a> {
    /// Decode one element as OpenSSL's `GENERAL_NAME` template does.
    pub(crate) fn decode(tlv: &Tlv<'a>) -> Option<GeneralName<'a>> {
        if !tlv.is_context(tlv.tag) {
            return None;
        }
        let primitive =
            |gn: fn(&'a [u8]) -> GeneralName<'a>| (!tlv.constructed).then(|| gn(tlv.content));
        match tlv.tag {
            0 => {
                // OtherName ::= SEQUENCE { type-id OID, value [0] EXPLICIT ANY }
                let mut r = tlv.children()?;
                r.next()?.expect(tag::OID)?;
                let value = r.next()?;
                (value.is_context(0) && value.constructed && r.is_empty())
                    .then_some(GeneralName::Other)
            }
            3 => tlv.constructed.then_some(GeneralName::X400),
            1 => primitive(GeneralName::Email),
            2 => primitive(GeneralName::Dns),
            4 => {
                let mut r = tlv.children()?;
                let inner = r.next()?;
                if !r.is_empty() || !inner.is_universal(tag::SEQUENCE) {
                    return None;
                }
                let (_, name) = X509Name::from_der(inner.raw).ok()?;
                name::openssl_decodes(&name).then_some(GeneralName::Directory(name))
            }
            5 => tlv.constructed.then_some(GeneralName::EdiParty),
            6 => primitive(GeneralName::Uri),
            7 => primitive(GeneralName::Ip),
            8 => (!tlv.constructed && !tlv.content.is_empty())
                .then_some(GeneralName::RegisteredId(tlv.content)),
            _ => None,
        }
    }

    /// `i2v_GENERAL_NAME`: one `name:value` pair, `None` on an embedded NUL.
    pub(crate) fn to_conf(&self) -> Option<ConfValue<'a>> {
        match self {
            GeneralName::Other => Some(ConfValue::pair("othername", "<unsupported>")),
            GeneralName::X400 => Some(ConfValue::pair("X400Name", "<unsupported>")),
            GeneralName::EdiParty => Some(ConfValue::pair("EdiPartyName", "<unsupported>")),
            GeneralName::Email(s) => ConfValue::new(Some(b"email"), Some(*s)),
            GeneralName::Dns(s) => ConfValue::new(Some(b"DNS"), Some(*s)),
            GeneralName::Uri(s) => ConfValue::new(Some(b"URI"), Some(*s)),
            GeneralName::Directory(n) => {
                Some(ConfValue::pair("DirName", &name::oneline(n, Some(256))))
            }
            GeneralName::Ip(ip) => Some(ConfValue::pair(
                "IP Address",
                &ip_text(ip).unwrap_or_else(|| "<invalid>".into()),
            )),
            GeneralName::RegisteredId(o) => {
                Some(ConfValue::pair("Registered ID", &oid::long_name_80(o)))
            }
        }
    }

    /// `GENERAL_NAME_print`.
    pub(crate) fn print(&self, out: &mut Vec<u8>) {
        match self {
            GeneralName::Other => out.extend_from_slice(b"othername:<unsupported>"),
            GeneralName::X400 => out.extend_from_slice(b"X400Name:<unsupported>"),
            GeneralName::EdiParty => out.extend_from_slice(b"EdiPartyName:<unsupported>"),
            GeneralName::Email(s) => print_string(b"email:", s, out),
            GeneralName::Dns(s) => print_string(b"DNS:", s, out),
            GeneralName::Uri(s) => print_string(b"URI:", s, out),
            GeneralName::Directory(n) => {
                out.extend_from_slice(b"DirName:");
                name::print_ex_oneline(n, out);
            }
            GeneralName::Ip(ip) => match ip.len() {
                4 | 16 => {
                    out.extend_from_slice(b"IP Address:");
                    out.extend_from_slice(ip_text(ip).unwrap_or_default().as_bytes());
                    // OpenSSL 1.1.1 ends an IPv6 address with a newline here.
                    if ip.len() == 16 {
                        out.push(b'\n');
                    }
                }
                _ => out.extend_from_slice(b"IP Address:<invalid>"),
            },
            GeneralName::RegisteredId(o) => {
                out.extend_from_slice(b"Registered ID:");
                out.extend_from_slice(oid::long_name(o).as_bytes());
            }
        }
    }
}

/// `ASN1_STRING_print`: bytes outside printable ASCII (bar CR, LF) as `.`.
fn print_string(prefix: &[u8], s: &[u8], out: &mut Vec<u8>) {
    out.extend_from_slice(prefix);
    out.extend(s.iter().map(|&b| {
        if b > b'~' || (b < b' ' && b != b'\n' && b != b'\r') {
            b'.'
        } else {
            b
        }
    }));
}

/// `1.2.3.4`, or eight uppercase hex groups for IPv6; `None` otherwise.
pub(crate) fn ip_text(ip: &[u8]) -> Option<String> {
    match ip {
        [a, b, c, d] => Some(format!("{a}.{b}.{c}.{d}")),
        _ if ip.len() == 16 => {
            let groups: Vec<String> = ip
                .chunks_exact(2)
                .map(|g| {
                    format!(
                        "{:X}",
                        g.iter().fold(0u16, |acc, &b| (acc << 8) | u16::from(b))
                    )
                })
                .collect();
            Some(groups.join(":"))
        }
        _ => None,
    }
}

/// Decode `GeneralNames` (a SEQUENCE OF GeneralName) from its content.
pub(crate) fn decode_all<'a>(reader: Reader<'a>) -> Option<Vec<GeneralName<'a>>> {
    reader.all()?.iter().map(GeneralName::decode).collect()
}

/// `i2v_GENERAL_NAMES`: every name as a pair; `None` if one fails.
pub(crate) fn to_conf_all<'a>(names: &[GeneralName<'a>]) -> Option<Vec<ConfValue<'a>>> {
    names.iter().map(GeneralName::to_conf).collect()
}
