//! Tree head signatures: the RFC 6962 §3.5 `TreeHeadSignature`, signed by
//! the log key as a TLS `DigitallySigned` (ECDSA P-256 or RSA, SHA-256).
//!
//! Both protocols sign the very same structure: RFC 6962 logs in
//! `get-sth`'s `tree_head_signature`, static-ct-api logs inside the
//! checkpoint's RFC6962NoteSignature. So verification lives here once and
//! [`crate::rfc6962::verify_sth`] and
//! [`crate::checkpoint::Checkpoint::verify_rfc6962`] are thin wrappers.
//!
//! `ring` does the cryptography. It wants the raw key (the EC point, or the
//! PKCS#1 RSAPublicKey) rather than the SubjectPublicKeyInfo the log list
//! publishes, so the SPKI is unwrapped with `x509-parser`, which the
//! workspace already uses for certificates.

use ring::signature::{UnparsedPublicKey, VerificationAlgorithm};
use sha2::{Digest, Sha256};
use x509_parser::oid_registry::{OID_KEY_TYPE_EC_PUBLIC_KEY, OID_PKCS1_RSAENCRYPTION};
use x509_parser::prelude::FromDer;
use x509_parser::x509::SubjectPublicKeyInfo;

use crate::tls::Reader;

/// A tree head signature that could not be checked or did not verify.
///
/// Kept apart from [`crate::DecodeError`]: a bad signature means the log
/// (or a man in the middle) is lying, which callers treat more seriously
/// than a garbled response.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct SignatureError(pub String);

/// TLS `HashAlgorithm.sha256`.
const HASH_SHA256: u8 = 4;
/// TLS `SignatureAlgorithm.rsa`.
const SIG_RSA: u8 = 1;
/// TLS `SignatureAlgorithm.ecdsa`.
const SIG_ECDSA: u8 = 3;

/// The RFC 6962 LogID: SHA-256 of the log's DER SubjectPublicKeyInfo.
///
/// Needed to recognise a log's checkpoint signature (its key ID derives from
/// the LogID) and to match a log list entry to a key.
pub fn log_id(spki_der: &[u8]) -> [u8; 32] {
    Sha256::digest(spki_der).into()
}

/// The bytes a log signs for a tree head (RFC 6962 §3.5):
/// `version(v1=0) || signature_type(tree_hash=1) || timestamp || tree_size || root`.
pub fn tree_head_signature_input(timestamp_ms: u64, tree_size: u64, root: &[u8; 32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(2 + 8 + 8 + 32);
    out.extend_from_slice(&[0, 1]);
    out.extend_from_slice(&timestamp_ms.to_be_bytes());
    out.extend_from_slice(&tree_size.to_be_bytes());
    out.extend_from_slice(root);
    out
}

/// Verify `digitally_signed` (a complete TLS DigitallySigned struct) over
/// the TreeHeadSignature of (`timestamp_ms`, `tree_size`, `root`) with the
/// log key `spki_der`.
pub fn verify_tree_head(
    spki_der: &[u8],
    timestamp_ms: u64,
    tree_size: u64,
    root: &[u8; 32],
    digitally_signed: &[u8],
) -> Result<(), SignatureError> {
    let (hash, sig_alg, signature) = parse_digitally_signed(digitally_signed)
        .map_err(|e| SignatureError(format!("malformed DigitallySigned: {e}")))?;
    if hash != HASH_SHA256 {
        return Err(SignatureError(format!("unsupported hash algorithm {hash}")));
    }

    let (rest, spki) = SubjectPublicKeyInfo::from_der(spki_der)
        .map_err(|e| SignatureError(format!("bad log key: {e}")))?;
    if !rest.is_empty() {
        return Err(SignatureError("bad log key: trailing bytes".into()));
    }
    let key_alg = &spki.algorithm.algorithm;
    let algorithm: &'static dyn VerificationAlgorithm =
        if sig_alg == SIG_ECDSA && *key_alg == OID_KEY_TYPE_EC_PUBLIC_KEY {
            &ring::signature::ECDSA_P256_SHA256_ASN1
        } else if sig_alg == SIG_RSA && *key_alg == OID_PKCS1_RSAENCRYPTION {
            &ring::signature::RSA_PKCS1_2048_8192_SHA256
        } else {
            return Err(SignatureError(format!(
                "signature algorithm {sig_alg} does not match log key type {key_alg}"
            )));
        };

    let message = tree_head_signature_input(timestamp_ms, tree_size, root);
    UnparsedPublicKey::new(algorithm, &spki.subject_public_key.data)
        .verify(&message, signature)
        .map_err(|_| SignatureError("tree head signature does not verify".into()))
}

/// `struct { HashAlgorithm hash; SignatureAlgorithm signature; opaque signature<0..2^16-1>; }`.
fn parse_digitally_signed(bytes: &[u8]) -> Result<(u8, u8, &[u8]), crate::DecodeError> {
    let mut r = Reader::new(bytes);
    let hash = r.u8("hash algorithm")?;
    let sig_alg = r.u8("signature algorithm")?;
    let signature = r.vec(2, 1, "signature")?;
    r.finish("DigitallySigned")?;
    Ok((hash, sig_alg, signature))
}
