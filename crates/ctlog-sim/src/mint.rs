//! Minting certificates with rcgen: one CA hierarchy (root → intermediate)
//! per simulator, leaves with seeded pseudo-random domains.
//!
//! Design decisions:
//! - One leaf key pair for every leaf. Key generation dominates the cost of a
//!   certificate, and nothing downstream cares that leaves share a key; with
//!   it, one mint is one ECDSA signature, far above 1,000 entries/s.
//! - Domains come from a `StdRng` seeded with (simulator seed, serial), so
//!   a given seed yields the same domains in the same order on every run
//!   (keys, and so the DER, still differ between runs).
//! - Pre-certificates are real RFC 6962 §3.1 pre-certificates: issued by the
//!   intermediate with the critical poison extension; the logged TBS is that
//!   TBS with the poison removed (done by DER surgery, see [`crate::der`]) and
//!   `issuer_key_hash` is SHA-256 of the intermediate's SPKI.

use std::sync::atomic::{AtomicU64, Ordering};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, CustomExtension, DnType,
    ExtendedKeyUsagePurpose, IsCa, KeyPair, KeyUsagePurpose, PublicKeyData, SerialNumber,
};
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};

use crate::der;
use crate::error::SimError;
use crate::leaf::EntryType;
use crate::merkle::Hash;

/// OID 1.3.6.1.4.1.11129.2.4.3, the CT poison extension.
const POISON_OID: &[u64] = &[1, 3, 6, 1, 4, 1, 11129, 2, 4, 3];
/// The same OID as DER content bytes, to find it again in a TBS.
const POISON_OID_DER: &[u8] = &[0x2b, 0x06, 0x01, 0x04, 0x01, 0xd6, 0x79, 0x02, 0x04, 0x03];
/// OID 1.3.6.1.4.1.11129.2.4.2, the embedded SCT list extension.
const SCT_LIST_OID: &[u64] = &[1, 3, 6, 1, 4, 1, 11129, 2, 4, 2];

const WORDS: &[&str] = &[
    "amber", "birch", "cobalt", "delta", "ember", "fjord", "garnet", "harbor", "indigo", "juniper",
    "kestrel", "lumen", "meadow", "nimbus", "onyx", "pepper", "quartz", "raven", "saffron",
    "tundra",
];
const TLDS: &[&str] = &["com", "net", "org", "io", "dev", "example"];

/// A freshly minted certificate or pre-certificate.
pub(crate) struct MintedCert {
    /// The certificate, or the pre-certificate (with poison) for precerts.
    pub(crate) der: Vec<u8>,
    /// For precerts: the TBSCertificate as logged (poison removed).
    pub(crate) tbs: Option<Vec<u8>>,
    /// The subject alternative names, CN first.
    pub(crate) domains: Vec<String>,
}

/// The simulator's CA hierarchy and leaf key.
pub(crate) struct Minter {
    root_der: Vec<u8>,
    intermediate: CertifiedIssuer<'static, KeyPair>,
    leaf_key: KeyPair,
    issuer_key_hash: Hash,
    seed: u64,
    next_serial: AtomicU64,
}

impl Minter {
    /// Creates the root and intermediate CAs and the shared leaf key.
    pub(crate) fn new(seed: u64) -> Result<Self, SimError> {
        let ca_params = |cn: &str| {
            let mut p = CertificateParams::default();
            p.distinguished_name = rcgen::DistinguishedName::new();
            p.distinguished_name
                .push(DnType::OrganizationName, "ctlog-sim");
            p.distinguished_name.push(DnType::CommonName, cn);
            p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
            p.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
            p
        };
        let root =
            CertifiedIssuer::self_signed(ca_params("ctlog-sim Root X1"), KeyPair::generate()?)?;
        let intermediate = CertifiedIssuer::signed_by(
            ca_params("ctlog-sim Intermediate R1"),
            KeyPair::generate()?,
            &root,
        )?;
        let issuer_key_hash = Sha256::digest(intermediate.key().subject_public_key_info()).into();
        Ok(Self {
            root_der: root.der().to_vec(),
            intermediate,
            leaf_key: KeyPair::generate()?,
            issuer_key_hash,
            seed,
            next_serial: AtomicU64::new(1),
        })
    }

    /// The issuer chain of every minted leaf, leaf-side first: intermediate, root.
    pub(crate) fn chain(&self) -> Vec<Vec<u8>> {
        vec![self.intermediate.der().to_vec(), self.root_der.clone()]
    }

    /// The root certificate (served by get-roots).
    pub(crate) fn root_der(&self) -> &[u8] {
        &self.root_der
    }

    /// SHA-256 of the intermediate's SPKI: the precert entries' issuer_key_hash.
    pub(crate) fn issuer_key_hash(&self) -> &Hash {
        &self.issuer_key_hash
    }

    /// Mints one certificate (x509) or pre-certificate (precert).
    pub(crate) fn mint(&self, entry_type: EntryType) -> Result<MintedCert, SimError> {
        let (mut params, domains) = self.leaf_params();
        match entry_type {
            EntryType::X509 => Ok(MintedCert {
                der: self.sign(&params)?,
                tbs: None,
                domains,
            }),
            EntryType::Precert => {
                params.custom_extensions.push(poison());
                let der = self.sign(&params)?;
                let tbs = der::strip_extension(&der::tbs_of(&der)?, POISON_OID_DER)?;
                Ok(MintedCert {
                    der,
                    tbs: Some(tbs),
                    domains,
                })
            }
        }
    }

    /// Mints one issuance: a pre-certificate, then the final certificate for
    /// the same TBS carrying the SCTs that `scts` returns for the logged TBS.
    pub(crate) fn mint_issuance(
        &self,
        scts: impl FnOnce(&[u8]) -> Result<Vec<Vec<u8>>, SimError>,
    ) -> Result<(MintedCert, Vec<u8>), SimError> {
        let (mut params, domains) = self.leaf_params();
        let final_params = params.clone();
        params.custom_extensions.push(poison());
        let pre_der = self.sign(&params)?;
        let tbs = der::strip_extension(&der::tbs_of(&pre_der)?, POISON_OID_DER)?;
        let list = scts(&tbs)?;
        let mut final_params = final_params;
        final_params
            .custom_extensions
            .push(sct_list_extension(&list)?);
        let cert = self.sign(&final_params)?;
        Ok((
            MintedCert {
                der: pre_der,
                tbs: Some(tbs),
                domains,
            },
            cert,
        ))
    }

    fn sign(&self, params: &CertificateParams) -> Result<Vec<u8>, SimError> {
        Ok(params
            .signed_by(&self.leaf_key, &self.intermediate)?
            .der()
            .to_vec())
    }

    /// Leaf parameters with a fresh serial and that serial's seeded domains.
    fn leaf_params(&self) -> (CertificateParams, Vec<String>) {
        let serial = self.next_serial.fetch_add(1, Ordering::Relaxed);
        let domains = domains_for(self.seed, serial);
        let mut p = CertificateParams::default();
        p.subject_alt_names = domains
            .iter()
            .filter_map(|d| d.clone().try_into().ok().map(rcgen::SanType::DnsName))
            .collect();
        p.distinguished_name = rcgen::DistinguishedName::new();
        if let Some(cn) = domains.first() {
            p.distinguished_name.push(DnType::CommonName, cn.as_str());
        }
        let mut serial_bytes = vec![0x01];
        serial_bytes.extend_from_slice(&self.seed.to_be_bytes());
        serial_bytes.extend_from_slice(&serial.to_be_bytes());
        p.serial_number = Some(SerialNumber::from_slice(&serial_bytes));
        let now = OffsetDateTime::now_utc();
        p.not_before = now - Duration::days(1);
        p.not_after = now + Duration::days(90);
        p.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        p.use_authority_key_identifier_extension = true;
        (p, domains)
    }
}

/// The seeded domains of leaf `serial`: a base name, then one to three of
/// `www.`, `api.`, `mail.`, or a wildcard (about one leaf in three).
pub(crate) fn domains_for(seed: u64, serial: u64) -> Vec<String> {
    let mut rng = StdRng::seed_from_u64(seed ^ serial.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let pick = |rng: &mut StdRng, list: &[&'static str]| list[rng.random_range(0..list.len())];
    let base = format!(
        "{}-{}{}.{}",
        pick(&mut rng, WORDS),
        pick(&mut rng, WORDS),
        serial,
        pick(&mut rng, TLDS)
    );
    let mut domains = vec![base.clone()];
    if rng.random_ratio(1, 3) {
        domains.push(format!("*.{base}"));
    }
    for prefix in ["www", "api", "mail"] {
        if rng.random_ratio(1, 2) {
            domains.push(format!("{prefix}.{base}"));
        }
    }
    domains
}

fn poison() -> CustomExtension {
    let mut ext = CustomExtension::from_oid_content(POISON_OID, vec![0x05, 0x00]);
    ext.set_criticality(true);
    ext
}

/// The SCT list extension: extnValue holds an OCTET STRING wrapping the TLS
/// `SignedCertificateTimestampList` (RFC 6962 §3.3).
fn sct_list_extension(scts: &[Vec<u8>]) -> Result<CustomExtension, SimError> {
    let mut list = Vec::new();
    for sct in scts {
        crate::tls::put_vec(&mut list, sct, 2)?;
    }
    let mut tls = Vec::new();
    crate::tls::put_vec(&mut tls, &list, 2)?;
    Ok(CustomExtension::from_oid_content(
        SCT_LIST_OID,
        der::encode(0x04, &tls),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_are_deterministic_per_seed() {
        assert_eq!(domains_for(1, 5), domains_for(1, 5));
        assert_ne!(domains_for(1, 5), domains_for(2, 5));
        let any_wildcard = (0..50).any(|s| domains_for(1, s).iter().any(|d| d.starts_with("*.")));
        assert!(any_wildcard);
    }

    #[test]
    fn precert_tbs_is_pre_certificate_tbs_without_poison() {
        let m = Minter::new(3).unwrap();
        let pre = m.mint(EntryType::Precert).unwrap();
        let pre_tbs = der::tbs_of(&pre.der).unwrap();
        let tbs = pre.tbs.unwrap();
        let poison_ext = der::encode(
            0x30,
            &[
                der::encode(0x06, POISON_OID_DER),
                vec![0x01, 0x01, 0xff],
                der::encode(0x04, &[0x05, 0x00]),
            ]
            .concat(),
        );
        let find = |hay: &[u8]| hay.windows(poison_ext.len()).any(|w| w == poison_ext);
        assert!(
            find(&pre_tbs),
            "pre-certificate carries the critical poison"
        );
        assert!(!find(&tbs));
        assert!(tbs.len() < pre_tbs.len());
    }
}
