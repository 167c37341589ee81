//! `certificatePolicies` (`i2r_certpol`): `Policy: <name or OID>\n`, then
//! indented `CPS:` and `User Notice:` qualifiers. Strings are printed with
//! `%.*s`, i.e. raw bytes up to the first NUL, whatever their type.

use super::c_str;
use crate::der::{self, tag, Tlv};
use crate::{integer, oid};

const CPS: &[u8] = &[0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x02, 0x01];
const UNOTICE: &[u8] = &[0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x02, 0x02];

pub(super) fn print(value: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for info in der::sequence_of(value)? {
        if !info.is_universal(tag::SEQUENCE) {
            return None;
        }
        let mut r = info.children()?;
        let policy = r.next()?.expect(tag::OID)?;
        let qualifiers = r.optional(|t| t.is_universal(tag::SEQUENCE))?;
        if !r.is_empty() {
            return None;
        }
        out.extend_from_slice(b"Policy: ");
        out.extend_from_slice(oid::long_name(policy).as_bytes());
        out.push(b'\n');
        if let Some(q) = qualifiers {
            for qualifier in q.children()?.all()? {
                print_qualifier(&qualifier, &mut out)?;
            }
        }
    }
    Some(out)
}

/// One PolicyQualifierInfo, at indent 2.
fn print_qualifier(q: &Tlv<'_>, out: &mut Vec<u8>) -> Option<()> {
    if !q.is_universal(tag::SEQUENCE) {
        return None;
    }
    let mut r = q.children()?;
    let id = r.next()?.expect(tag::OID)?;
    let body = r.next()?;
    if !r.is_empty() {
        return None;
    }
    if id == CPS {
        out.extend_from_slice(b"  CPS: ");
        out.extend_from_slice(c_str(body.expect(tag::IA5_STRING)?));
        out.push(b'\n');
    } else if id == UNOTICE {
        out.extend_from_slice(b"  User Notice:\n");
        print_notice(&body, out)?;
    } else {
        out.extend_from_slice(b"    Unknown Qualifier: ");
        out.extend_from_slice(oid::long_name(id).as_bytes());
        out.push(b'\n');
    }
    Some(())
}

/// DisplayText: IA5String, VisibleString, BMPString or UTF8String.
fn display_text<'a>(t: &Tlv<'a>) -> Option<&'a [u8]> {
    let text_tags = [
        tag::IA5_STRING,
        tag::VISIBLE_STRING,
        tag::BMP_STRING,
        tag::UTF8_STRING,
    ];
    text_tags
        .iter()
        .any(|&tg| t.is_universal(tg))
        .then_some(t.content)
}

/// UserNotice ::= SEQUENCE { noticeRef OPTIONAL, explicitText OPTIONAL }.
fn print_notice(notice: &Tlv<'_>, out: &mut Vec<u8>) -> Option<()> {
    if !notice.is_universal(tag::SEQUENCE) {
        return None;
    }
    let mut r = notice.children()?;
    let reference = r.optional(|t| t.is_universal(tag::SEQUENCE))?;
    let text = r.optional(|t| display_text(t).is_some())?;
    if !r.is_empty() {
        return None;
    }
    if let Some(reference) = reference {
        let mut rr = reference.children()?;
        let organization = display_text(&rr.next()?)?;
        let numbers = rr.next()?;
        if !rr.is_empty() || !numbers.is_universal(tag::SEQUENCE) {
            return None;
        }
        let numbers = numbers
            .children()?
            .all()?
            .iter()
            .map(|n| {
                n.expect(tag::INTEGER)
                    .filter(|c| integer::is_valid(c))
                    .map(integer::to_string)
            })
            .collect::<Option<Vec<_>>>()?;
        out.extend_from_slice(b"    Organization: ");
        out.extend_from_slice(c_str(organization));
        out.extend_from_slice(if numbers.len() > 1 {
            b"\n    Numbers: "
        } else {
            b"\n    Number: "
        });
        out.extend_from_slice(numbers.join(", ").as_bytes());
        out.push(b'\n');
    }
    if let Some(text) = text {
        out.extend_from_slice(b"    Explicit Text: ");
        out.extend_from_slice(c_str(text.content));
        out.push(b'\n');
    }
    Some(())
}
