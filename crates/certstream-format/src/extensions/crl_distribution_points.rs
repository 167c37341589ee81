//! `crlDistributionPoints` and `freshestCRL` (`i2r_crldp`): each point
//! starts with a blank line, then `Full Name:` / `Relative Name:`,
//! `Reasons:` and `CRL Issuer:` blocks with two-space indented names.

use super::bit_names::{self, REASONS};
use super::general_name::{self, GeneralName};
use crate::der::{self, tag, Tlv};
use crate::name;
use x509_parser::prelude::FromDer;
use x509_parser::x509::AttributeTypeAndValue;

pub(super) fn print(value: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for point in der::sequence_of(value)? {
        if !point.is_universal(tag::SEQUENCE) {
            return None;
        }
        let mut r = point.children()?;
        let dp = r.optional(|t| t.is_context(0))?;
        let reasons = r.optional(|t| t.is_context(1))?;
        let issuer = r.optional(|t| t.is_context(2))?;
        if !r.is_empty() {
            return None;
        }
        out.push(b'\n');
        if let Some(dp) = dp {
            print_point_name(&dp, &mut out)?;
        }
        if let Some(reasons) = reasons {
            let bits = bit_names::bits(reasons.content)?;
            out.extend_from_slice(b"Reasons:\n  ");
            let names = bit_names::set_names(&bits, &REASONS);
            if names.is_empty() {
                out.extend_from_slice(b"<EMPTY>\n");
            } else {
                out.extend_from_slice(names.join(", ").as_bytes());
                out.push(b'\n');
            }
        }
        if let Some(issuer) = issuer {
            out.extend_from_slice(b"CRL Issuer:\n");
            print_names(&general_name::decode_all(issuer.children()?)?, &mut out);
        }
    }
    Some(out)
}

/// `print_distpoint`: DistributionPointName ::= CHOICE { fullName [0],
/// nameRelativeToCRLIssuer [1] }, itself inside an EXPLICIT [0].
fn print_point_name(dp: &Tlv<'_>, out: &mut Vec<u8>) -> Option<()> {
    let mut r = dp.children()?;
    let choice = r.next()?;
    if !r.is_empty() {
        return None;
    }
    if choice.is_context(0) {
        let names = general_name::decode_all(choice.children()?)?;
        out.extend_from_slice(b"Full Name:\n");
        print_names(&names, out);
    } else if choice.is_context(1) {
        let mut entries = Vec::new();
        for tlv in choice.children()?.all()? {
            let (_, attr) = AttributeTypeAndValue::from_der(tlv.raw).ok()?;
            if !name::value_type_allowed(&attr) {
                return None;
            }
            entries.push(attr);
        }
        out.extend_from_slice(b"Relative Name:\n  ");
        // All entries of a relative name share one RDN: joined with " + ".
        name::print_entries_ex(entries.iter().map(|a| (0, a)), out);
        out.push(b'\n');
    } else {
        return None;
    }
    Some(())
}

/// `print_gens`: one indented `GENERAL_NAME_print` per line.
fn print_names(names: &[GeneralName<'_>], out: &mut Vec<u8>) {
    for gn in names {
        out.extend_from_slice(b"  ");
        gn.print(out);
        out.push(b'\n');
    }
}
