//! CRL extensions OpenSSL also prints when a certificate carries them:
//! `crlNumber`/`deltaCRL` (INTEGER), `CRLReason` (ENUMERATED with names),
//! `invalidityDate` (GeneralizedTime).

use crate::asn1_time;
use crate::der::{self, tag};
use crate::integer;

pub(super) fn number(value: &[u8]) -> Option<Vec<u8>> {
    let content = der::outer(value)?.expect(tag::INTEGER)?;
    integer::is_valid(content).then(|| integer::to_string(content).into_bytes())
}

pub(super) fn reason(value: &[u8]) -> Option<Vec<u8>> {
    let content = der::outer(value)?.expect(tag::ENUMERATED)?;
    if !integer::is_valid(content) {
        return None;
    }
    let name = match integer::to_i64(content) {
        Some(0) => "Unspecified",
        Some(1) => "Key Compromise",
        Some(2) => "CA Compromise",
        Some(3) => "Affiliation Changed",
        Some(4) => "Superseded",
        Some(5) => "Cessation Of Operation",
        Some(6) => "Certificate Hold",
        Some(8) => "Remove From CRL",
        Some(9) => "Privilege Withdrawn",
        Some(10) => "AA Compromise",
        _ => return Some(integer::to_string(content).into_bytes()),
    };
    Some(name.as_bytes().to_vec())
}

pub(super) fn invalidity_date(value: &[u8]) -> Option<Vec<u8>> {
    let content = der::outer(value)?.expect(tag::GENERALIZED_TIME)?;
    let mut out = Vec::new();
    asn1_time::print_generalized(content, &mut out);
    Some(out)
}
