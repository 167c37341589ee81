//! `signature_algorithm`: the outer signatureAlgorithm as
//! `"<hash>, <key type>"` (FORMAT.md). RSA-PSS takes the hash from its
//! parameters (default SHA-1).

use crate::der::{tag, Tlv};
use crate::oid;
use x509_parser::x509::AlgorithmIdentifier;

/// 1.2.840.113549.1.1 (PKCS #1), 1.2.840.10045.4.3 (ECDSA with SHA-2) and
/// 2.16.840.1.101.3.4.3 (DSA with SHA-2): the arcs most algorithms sit under.
const PKCS1: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01];
const ECDSA_SHA2: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03];
const DSA_SHA2: &[u8] = &[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03];

/// FORMAT.md's name for a certificate's signature algorithm. Matched on
/// the OID's DER bytes (every certificate needs this; formatting the OID
/// as dotted text first cost more than the rest of the function).
pub(crate) fn describe(alg: &AlgorithmIdentifier<'_>) -> String {
    let name = match alg.algorithm.as_bytes() {
        [arc @ .., last] if arc == PKCS1 => match last {
            2 => "md2, rsa",
            3 => "md4, rsa",
            4 => "md5, rsa",
            5 => "sha1, rsa",
            14 => "sha224, rsa",
            11 => "sha256, rsa",
            12 => "sha384, rsa",
            13 => "sha512, rsa",
            10 => return rsa_pss(alg).unwrap_or_else(|| "unknown".to_owned()),
            _ => "unknown",
        },
        [arc @ .., last] if arc == ECDSA_SHA2 => match last {
            1 => "sha224, ecdsa",
            2 => "sha256, ecdsa",
            3 => "sha384, ecdsa",
            4 => "sha512, ecdsa",
            _ => "unknown",
        },
        [arc @ .., last] if arc == DSA_SHA2 => match last {
            1 => "sha224, dsa",
            2 => "sha256, dsa",
            _ => "unknown",
        },
        [0x2b, 0x0e, 0x03, 0x02, 0x1d] => "sha1, rsa", // 1.3.14.3.2.29
        [0x2a, 0x86, 0x48, 0xce, 0x38, 0x04, 0x03] => "sha1, dsa", // 1.2.840.10040.4.3
        [0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x01] => "sha1, ecdsa", // 1.2.840.10045.4.1
        [0x2b, 0x65, 0x70] => "ed25519",               // 1.3.101.112
        [0x2b, 0x65, 0x71] => "ed448",                 // 1.3.101.113
        _ => "unknown",
    };
    name.to_owned()
}

/// RSASSA-PSS-params ::= SEQUENCE { hashAlgorithm [0] EXPLICIT
/// AlgorithmIdentifier DEFAULT sha1, ... }.
fn rsa_pss(alg: &AlgorithmIdentifier<'_>) -> Option<String> {
    let mut hash = vec![0x2b, 0x0e, 0x03, 0x02, 0x1a]; // 1.3.14.3.2.26 sha1
    if let Some(params) = alg
        .parameters
        .as_ref()
        .filter(|p| p.tag().0 == tag::SEQUENCE)
    {
        let mut r = crate::der::Reader::new(params.data);
        while let Some(field) = r.next() {
            if field.is_context(0) {
                let inner_alg = field.children()?.next()?;
                let (oid_tlv, _) = Tlv::parse(inner_alg.content)?;
                hash = oid_tlv.expect(tag::OID)?.to_vec();
            }
        }
    }
    let name = match oid::dotted(&hash)?.as_str() {
        "1.3.14.3.2.26" => "sha1",
        "2.16.840.1.101.3.4.2.4" => "sha224",
        "2.16.840.1.101.3.4.2.1" => "sha256",
        "2.16.840.1.101.3.4.2.2" => "sha384",
        "2.16.840.1.101.3.4.2.3" => "sha512",
        _ => return None,
    };
    Some(format!("{name}, rsa-pss"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use x509_parser::prelude::FromDer;

    /// DER of `SEQUENCE { OID dotted }`.
    fn algorithm(dotted: &str) -> Vec<u8> {
        let arcs: Vec<u64> = dotted.split('.').map(|a| a.parse().unwrap()).collect();
        let mut oid = vec![(arcs[0] * 40 + arcs[1]) as u8];
        for &arc in &arcs[2..] {
            let mut groups = vec![(arc & 0x7f) as u8];
            let mut rest = arc >> 7;
            while rest > 0 {
                groups.push(0x80 | (rest & 0x7f) as u8);
                rest >>= 7;
            }
            oid.extend(groups.iter().rev());
        }
        let mut der = vec![0x30, oid.len() as u8 + 2, 0x06, oid.len() as u8];
        der.extend(oid);
        der
    }

    #[test]
    fn names_each_algorithm_by_its_dotted_oid() {
        let cases = [
            ("1.2.840.113549.1.1.2", "md2, rsa"),
            ("1.2.840.113549.1.1.3", "md4, rsa"),
            ("1.2.840.113549.1.1.4", "md5, rsa"),
            ("1.2.840.113549.1.1.5", "sha1, rsa"),
            ("1.3.14.3.2.29", "sha1, rsa"),
            ("1.2.840.113549.1.1.14", "sha224, rsa"),
            ("1.2.840.113549.1.1.11", "sha256, rsa"),
            ("1.2.840.113549.1.1.12", "sha384, rsa"),
            ("1.2.840.113549.1.1.13", "sha512, rsa"),
            ("1.2.840.10040.4.3", "sha1, dsa"),
            ("2.16.840.1.101.3.4.3.1", "sha224, dsa"),
            ("2.16.840.1.101.3.4.3.2", "sha256, dsa"),
            ("1.2.840.10045.4.1", "sha1, ecdsa"),
            ("1.2.840.10045.4.3.1", "sha224, ecdsa"),
            ("1.2.840.10045.4.3.2", "sha256, ecdsa"),
            ("1.2.840.10045.4.3.3", "sha384, ecdsa"),
            ("1.2.840.10045.4.3.4", "sha512, ecdsa"),
            ("1.3.101.112", "ed25519"),
            ("1.3.101.113", "ed448"),
            ("1.2.840.113549.1.1.10", "sha1, rsa-pss"),
            ("1.2.840.113549.1.1.1", "unknown"),
            ("1.2.840.10045.4.3.5", "unknown"),
            ("1.3.101.114", "unknown"),
        ];
        for (dotted, expected) in cases {
            let der = algorithm(dotted);
            let (_, alg) = AlgorithmIdentifier::from_der(&der).unwrap();
            assert_eq!(describe(&alg), expected, "{dotted}");
        }
    }
}
