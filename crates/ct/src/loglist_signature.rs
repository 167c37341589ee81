//! The signature Google puts beside its log list (`log_list.sig`): RSA
//! PKCS#1 v1.5 with SHA-256 over the exact bytes of `log_list.json`, by the
//! key published at `https://www.gstatic.com/ct/log_list/v3/log_list_pubkey.pem`.
//!
//! A monitor that trusts the list blindly follows whatever logs (and keys)
//! anyone on the path to gstatic.com hands it; checking the signature ties
//! the list, and through it every tree head signature we verify, to Google.
//!
//! The key is compiled in (it has not changed since the v2 list) so that a
//! tampered download cannot also swap the key. Verification is a plain
//! function over bytes so callers can check a list from any source with any
//! key; `ring` does the RSA arithmetic and `x509-parser` unwraps the
//! SubjectPublicKeyInfo, as in [`crate::signature`].

use base64::prelude::{Engine, BASE64_STANDARD};
use ring::signature::{UnparsedPublicKey, RSA_PKCS1_2048_8192_SHA256};
use x509_parser::oid_registry::OID_PKCS1_RSAENCRYPTION;
use x509_parser::prelude::FromDer;
use x509_parser::x509::SubjectPublicKeyInfo;

use crate::SignatureError;

/// Body of Google's `log_list_pubkey.pem` (RSA 4096), base64 of the DER
/// SubjectPublicKeyInfo.
const GOOGLE_LOG_LIST_KEY_B64: &str = concat!(
    "MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAsu0BHGnQ++W2CTdyZyxv",
    "HHRALOZPlnu/VMVgo2m+JZ8MNbAOH2cgXb8mvOj8flsX/qPMuKIaauO+PwROMjiq",
    "fUpcFm80Kl7i97ZQyBDYKm3MkEYYpGN+skAR2OebX9G2DfDqFY8+jUpOOWtBNr3L",
    "rmVcwx+FcFdMjGDlrZ5JRmoJ/SeGKiORkbbu9eY1Wd0uVhz/xI5bQb0OgII7hEj+",
    "i/IPbJqOHgB8xQ5zWAJJ0DmG+FM6o7gk403v6W3S8qRYiR84c50KppGwe4YqSMkF",
    "bLDleGQWLoaDSpEWtESisb4JiLaY4H+Kk0EyAhPSb+49JfUozYl+lf7iFN3qRq/S",
    "IXXTh6z0S7Qa8EYDhKGCrpI03/+qprwy+my6fpWHi6aUIk4holUCmWvFxZDfixox",
    "K0RlqbFDl2JXMBquwlQpm8u5wrsic1ksIv9z8x9zh4PJqNpCah0ciemI3YGRQqSe",
    "/mRRXBiSn9YQBUPcaeqCYan+snGADFwHuXCd9xIAdFBolw9R9HTedHGUfVXPJDiF",
    "4VusfX6BRR/qaadB+bqEArF/TzuDUr6FvOR4o8lUUxgLuZ/7HO+bHnaPFKYHHSm+",
    "+z1lVDhhYuSZ8ax3T0C3FZpb7HMjZtpEorSV5ElKJEJwrhrBCMOD8L01EoSPrGlS",
    "1w22i9uGHMn/uGQKo28u7AsCAwEAAQ==",
);

/// Google's log list signing key as DER SubjectPublicKeyInfo, for
/// [`verify_log_list`] when the list comes from gstatic.com.
pub fn google_log_list_key() -> Vec<u8> {
    // A compile-time constant that is valid base64; an empty key would
    // only make every verification fail, never pass.
    BASE64_STANDARD
        .decode(GOOGLE_LOG_LIST_KEY_B64)
        .unwrap_or_default()
}

/// Check `signature` (the raw bytes of `log_list.sig`) over `list` (the
/// raw bytes of `log_list.json`) with the RSA key `spki_der`.
pub fn verify_log_list(
    list: &[u8],
    signature: &[u8],
    spki_der: &[u8],
) -> Result<(), SignatureError> {
    let (rest, spki) = SubjectPublicKeyInfo::from_der(spki_der)
        .map_err(|e| SignatureError(format!("bad log list key: {e}")))?;
    if !rest.is_empty() || spki.algorithm.algorithm != OID_PKCS1_RSAENCRYPTION {
        return Err(SignatureError(
            "log list key is not a bare RSA SubjectPublicKeyInfo".into(),
        ));
    }
    UnparsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA256, &spki.subject_public_key.data)
        .verify(list, signature)
        .map_err(|_| SignatureError("log list signature does not verify".into()))
}
