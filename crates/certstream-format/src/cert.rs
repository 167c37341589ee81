//! DER certificate -> CERT object (FORMAT.md "CERT", plus `all_domains`).
//!
//! Speed: this runs for every leaf. The hashes use `sha1`/`sha2`, which
//! pick SHA-NI at run time where the CPU has it; `as_der` is encoded with
//! `base64-simd` (standard alphabet, padded: the same text as the `base64`
//! crate, about four times faster on a certificate, which showed as ~6% of
//! a render).
//!
//! The structure is parsed with x509-parser (extensions kept raw; their
//! text comes from [`crate::extensions`]). A certificate x509-parser
//! rejects is retried once with BER indefinite lengths made definite
//! ([`crate::ber`]), since OpenSSL 1.1.1 reads those, and then with a
//! placeholder validity, since OpenSSL also reads a certificate whose
//! validity names a day that does not exist (its time is then null).
//!
//! Degraded form, for bytes that still do not parse (truncated DER,
//! garbage): `fingerprint`, `sha256` and `as_der` are real (they need no
//! parser); `subject`/`issuer` are NAMEs with `aggregated: ""` and every
//! attribute null; `extensions` is `{}`; `not_before`, `not_after` and
//! `serial_number` are null; `signature_algorithm` is `"unknown"`;
//! `is_ca` is false; `all_domains` is `[]`. Every key is present, so
//! clients that index `leaf_cert.subject.CN` or iterate `all_domains`
//! keep working.

use crate::message::Cert;
use crate::{asn1_time, ber, der, extensions, integer, name, signature_algorithm};
use sha1::Digest;
use x509_parser::certificate::X509CertificateParser;
use x509_parser::nom::Parser;
use x509_parser::prelude::X509Certificate;

/// DER content octets of id-ce-subjectAltName (2.5.29.17).
const SUBJECT_ALT_NAME: &[u8] = &[0x55, 0x1d, 0x11];

/// One certificate, described.
#[derive(Debug, Clone)]
pub(crate) struct Described {
    pub cert: Cert,
    /// Subject CN then SAN dNSNames, deduplicated (computed for leaves).
    pub all_domains: Vec<String>,
    /// False when the certificate did not parse and `cert` is degraded.
    pub parsed: bool,
}

/// Describe the certificate `der` (bytes exactly as logged). `leaf`
/// selects whether `all_domains` is computed.
pub(crate) fn describe(der: &[u8], leaf: bool) -> Described {
    let mut cert = Cert {
        fingerprint: extensions::hex_colon(&sha1::Sha1::digest(der)),
        sha256: extensions::hex_colon(&sha2::Sha256::digest(der)),
        signature_algorithm: "unknown".to_owned(),
        as_der: Some(base64_simd::STANDARD.encode_to_string(der)),
        ..Cert::default()
    };
    let mut all_domains = Vec::new();
    let parsed = fill(der, &mut cert, leaf.then_some(&mut all_domains))
        || ber::to_definite(der)
            .is_some_and(|normal| fill(&normal, &mut cert, leaf.then_some(&mut all_domains)))
        || fill_despite_validity(der, &mut cert, leaf.then_some(&mut all_domains));
    Described {
        cert,
        all_domains,
        parsed,
    }
}

/// Parse `der` and fill in everything but the hashes and `as_der`.
fn fill(der: &[u8], cert: &mut Cert, all_domains: Option<&mut Vec<String>>) -> bool {
    let mut parser = X509CertificateParser::new().with_deep_parse_extensions(false);
    let Ok((_, x509)) = parser.parse(der) else {
        return false;
    };
    fill_from(&x509, cert, all_domains);
    true
}

/// x509-parser rejects a validity time that names a day the month does
/// not have (`Feb 31`); OpenSSL 1.1.1 parses such a certificate and only
/// its time conversion fails (so the time is null). Parse the certificate
/// with a placeholder validity and take the times from the real one.
fn fill_despite_validity(
    der: &[u8],
    cert: &mut Cert,
    all_domains: Option<&mut Vec<String>>,
) -> bool {
    let Some((spliced, not_before, not_after)) = with_placeholder_validity(der) else {
        return false;
    };
    if !fill(&spliced, cert, all_domains) {
        return false;
    }
    cert.not_before = not_before;
    cert.not_after = not_after;
    true
}

/// `der` with its validity replaced by a valid one, plus the epoch of
/// the real notBefore and notAfter (`None` where OpenSSL's fails too).
#[allow(clippy::type_complexity)]
fn with_placeholder_validity(der: &[u8]) -> Option<(Vec<u8>, Option<f64>, Option<f64>)> {
    /// SEQUENCE { UTCTime 700101000000Z, UTCTime 700101000000Z }
    const PLACEHOLDER: &[u8] = b"\x30\x1e\x17\x0d700101000000Z\x17\x0d700101000000Z";
    let outer = der::outer(der)?;
    let mut parts = outer.children()?.all()?;
    let tbs = parts.first()?;
    let mut fields = tbs.children()?.all()?;
    // version [0] is optional; then serial, signature, issuer, validity.
    let at = if fields.first()?.is_context(0) { 4 } else { 3 };
    let validity = fields.get(at)?;
    let mut times = validity.children()?;
    let (not_before, not_after) = (times.next()?, times.next()?);
    let epochs = (
        asn1_time::validity_epoch(not_before.tag, not_before.content),
        asn1_time::validity_epoch(not_after.tag, not_after.content),
    );
    let placeholder = der::Tlv::parse(PLACEHOLDER)?.0;
    *fields.get_mut(at)? = placeholder;
    let tbs = sequence(fields.iter().map(|f| f.raw));
    let rest: Vec<&[u8]> = parts.drain(1..).map(|p| p.raw).collect();
    let cert = sequence(std::iter::once(tbs.as_slice()).chain(rest));
    Some((cert, epochs.0, epochs.1))
}

/// A SEQUENCE of the given encodings.
fn sequence<'a>(parts: impl Iterator<Item = &'a [u8]> + Clone) -> Vec<u8> {
    let len = parts.clone().map(<[u8]>::len).sum();
    let mut out = vec![0x30];
    ber::push_length(&mut out, len);
    parts.for_each(|p| out.extend_from_slice(p));
    out
}

fn fill_from(x509: &X509Certificate<'_>, cert: &mut Cert, all_domains: Option<&mut Vec<String>>) {
    let tbs = &x509.tbs_certificate;
    cert.subject = name::name_object(&tbs.subject);
    cert.issuer = name::issuer_object(&tbs.issuer);
    cert.extensions =
        extensions::print_all(tbs.extensions().iter().map(|e| (e.oid.as_bytes(), e.value)));
    cert.not_before = Some(tbs.validity.not_before.timestamp() as f64);
    cert.not_after = Some(tbs.validity.not_after.timestamp() as f64);
    cert.serial_number = Some(integer::to_lower_hex(tbs.raw_serial()));
    cert.signature_algorithm = signature_algorithm::describe(&x509.signature_algorithm);
    cert.is_ca = cert
        .extensions
        .get("basicConstraints")
        .is_some_and(|bc| bc.starts_with("CA:TRUE"));
    if let Some(domains) = all_domains {
        let san = tbs
            .extensions()
            .iter()
            .find(|e| e.oid.as_bytes() == SUBJECT_ALT_NAME);
        let dns = san
            .map(|e| extensions::dns_names(e.value))
            .unwrap_or_default();
        for d in cert.subject.cn.iter().cloned().chain(dns) {
            if !domains.contains(&d) {
                domains.push(d);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;

    #[test]
    fn as_der_is_padded_standard_base64_of_any_bytes() {
        // Every length mod 3 and across SIMD block sizes, garbage included
        // (the degraded form encodes bytes that are not a certificate).
        for len in 0..200 {
            let der: Vec<u8> = (0..len).map(|i| (i * 37 + len) as u8).collect();
            let described = describe(&der, true);
            let expected = base64::engine::general_purpose::STANDARD.encode(&der);
            assert_eq!(described.cert.as_der.as_deref(), Some(expected.as_str()));
        }
    }
}
