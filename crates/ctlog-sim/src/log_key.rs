//! A log's ECDSA P-256 signing key and the RFC 6962 signatures it makes:
//! tree head signatures (get-sth, checkpoints) and SCTs (for minted final
//! certificates).
//!
//! Signatures are RFC 5246 `DigitallySigned` structs: hash sha256 (4),
//! signature ecdsa (3), then the ASN.1 DER signature with a 2-byte length.
//! ring signs; the SubjectPublicKeyInfo is built from a fixed P-256 prefix
//! because ring only exposes the raw public point.

use ring::rand::SystemRandom;
use ring::signature::{EcdsaKeyPair, KeyPair, ECDSA_P256_SHA256_ASN1_SIGNING};
use sha2::{Digest, Sha256};

use crate::error::SimError;
use crate::leaf::EntryType;
use crate::merkle::Hash;
use crate::tls::{put_uint, put_vec};

/// DER of `SEQUENCE { AlgorithmIdentifier { id-ecPublicKey, prime256v1 }, BIT STRING (65 bytes) }`
/// up to the public point.
const P256_SPKI_PREFIX: [u8; 26] = [
    0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a,
    0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00,
];

/// One log's key pair.
pub(crate) struct LogKey {
    pair: EcdsaKeyPair,
    spki: Vec<u8>,
    rng: SystemRandom,
}

impl LogKey {
    /// Generates a fresh key (keys are per run: tests read them from the log list).
    pub(crate) fn generate() -> Result<Self, SimError> {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, &rng)
            .map_err(|_| SimError::Mint("generating a P-256 key failed".into()))?;
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, pkcs8.as_ref(), &rng)
            .map_err(|e| SimError::Mint(format!("loading the P-256 key: {e}")))?;
        let mut spki = P256_SPKI_PREFIX.to_vec();
        spki.extend_from_slice(pair.public_key().as_ref());
        Ok(Self { pair, spki, rng })
    }

    /// SubjectPublicKeyInfo DER (the log list's `key`).
    pub(crate) fn spki_der(&self) -> &[u8] {
        &self.spki
    }

    /// RFC 6962 LogID: SHA-256 of the SPKI.
    pub(crate) fn log_id(&self) -> Hash {
        Sha256::digest(&self.spki).into()
    }

    /// Signs `message` and wraps the result as a `DigitallySigned`.
    pub(crate) fn digitally_signed(&self, message: &[u8]) -> Result<Vec<u8>, SimError> {
        let sig = self
            .pair
            .sign(&self.rng, message)
            .map_err(|_| SimError::Mint("ECDSA signing failed".into()))?;
        let mut out = vec![4, 3];
        put_vec(&mut out, sig.as_ref(), 2)?;
        Ok(out)
    }

    /// `DigitallySigned` over the RFC 6962 §3.5 `TreeHeadSignature`.
    pub(crate) fn sign_tree_head(
        &self,
        timestamp_ms: u64,
        tree_size: u64,
        root: &Hash,
    ) -> Result<Vec<u8>, SimError> {
        self.digitally_signed(&tree_head_input(timestamp_ms, tree_size, root))
    }

    /// A serialized v1 `SignedCertificateTimestamp` for a precert entry
    /// (RFC 6962 §3.2), as embedded in a final certificate's SCT list.
    pub(crate) fn precert_sct(
        &self,
        timestamp_ms: u64,
        issuer_key_hash: &Hash,
        tbs: &[u8],
    ) -> Result<Vec<u8>, SimError> {
        let mut signed = Vec::new();
        put_uint(&mut signed, 0, 1); // sct_version v1
        put_uint(&mut signed, 0, 1); // signature_type certificate_timestamp
        put_uint(&mut signed, timestamp_ms, 8);
        put_uint(&mut signed, EntryType::Precert.code(), 2);
        signed.extend_from_slice(issuer_key_hash);
        put_vec(&mut signed, tbs, 3)?;
        put_vec(&mut signed, &[], 2)?; // extensions
        let mut sct = vec![0];
        sct.extend_from_slice(&self.log_id());
        put_uint(&mut sct, timestamp_ms, 8);
        put_vec(&mut sct, &[], 2)?;
        sct.extend_from_slice(&self.digitally_signed(&signed)?);
        Ok(sct)
    }
}

/// The bytes an RFC 6962 tree head signature covers: version v1, signature
/// type tree_hash (1), timestamp, tree size, root hash.
pub fn tree_head_input(timestamp_ms: u64, tree_size: u64, root: &Hash) -> Vec<u8> {
    let mut out = Vec::with_capacity(50);
    put_uint(&mut out, 0, 1);
    put_uint(&mut out, 1, 1);
    put_uint(&mut out, timestamp_ms, 8);
    put_uint(&mut out, tree_size, 8);
    out.extend_from_slice(root);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ring::signature::{UnparsedPublicKey, ECDSA_P256_SHA256_ASN1};

    #[test]
    fn tree_head_signature_verifies_with_spki_point() {
        let key = LogKey::generate().unwrap();
        let root = [7u8; 32];
        let ds = key.sign_tree_head(1, 2, &root).unwrap();
        assert_eq!(ds[..2], [4, 3]);
        let len = usize::from(u16::from_be_bytes([ds[2], ds[3]]));
        assert_eq!(ds.len(), 4 + len);
        let point = &key.spki_der()[P256_SPKI_PREFIX.len()..];
        let pk = UnparsedPublicKey::new(&ECDSA_P256_SHA256_ASN1, point);
        assert!(pk.verify(&tree_head_input(1, 2, &root), &ds[4..]).is_ok());
        assert!(pk.verify(&tree_head_input(1, 3, &root), &ds[4..]).is_err());
    }
}
