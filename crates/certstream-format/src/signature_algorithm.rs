//! `signature_algorithm`: the outer signatureAlgorithm as
//! `"<hash>, <key type>"` (FORMAT.md). RSA-PSS takes the hash from its
//! parameters (default SHA-1).

use crate::der::{tag, Tlv};
use crate::oid;
use x509_parser::x509::AlgorithmIdentifier;

/// FORMAT.md's name for a certificate's signature algorithm.
pub(crate) fn describe(alg: &AlgorithmIdentifier<'_>) -> String {
    let dotted = oid::dotted(alg.algorithm.as_bytes()).unwrap_or_default();
    let name = match dotted.as_str() {
        "1.2.840.113549.1.1.2" => "md2, rsa",
        "1.2.840.113549.1.1.3" => "md4, rsa",
        "1.2.840.113549.1.1.4" => "md5, rsa",
        "1.2.840.113549.1.1.5" | "1.3.14.3.2.29" => "sha1, rsa",
        "1.2.840.113549.1.1.14" => "sha224, rsa",
        "1.2.840.113549.1.1.11" => "sha256, rsa",
        "1.2.840.113549.1.1.12" => "sha384, rsa",
        "1.2.840.113549.1.1.13" => "sha512, rsa",
        "1.2.840.10040.4.3" => "sha1, dsa",
        "2.16.840.1.101.3.4.3.1" => "sha224, dsa",
        "2.16.840.1.101.3.4.3.2" => "sha256, dsa",
        "1.2.840.10045.4.1" => "sha1, ecdsa",
        "1.2.840.10045.4.3.1" => "sha224, ecdsa",
        "1.2.840.10045.4.3.2" => "sha256, ecdsa",
        "1.2.840.10045.4.3.3" => "sha384, ecdsa",
        "1.2.840.10045.4.3.4" => "sha512, ecdsa",
        "1.3.101.112" => "ed25519",
        "1.3.101.113" => "ed448",
        "1.2.840.113549.1.1.10" => return rsa_pss(alg).unwrap_or_else(|| "unknown".to_owned()),
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
