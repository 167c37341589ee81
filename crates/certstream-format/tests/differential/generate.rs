//! Seeded random certificates: rcgen builds and signs each one from
//! random parameters, then hand-built DER is spliced into the TBS where
//! rcgen has no parameter for it, and the TBS is signed again.
//!
//! Keys are fixed (`keys.pem`: P-256 x2, P-384, Ed25519, RSA-2048) so the
//! run needs no key generation and every TBS is a pure function of the
//! seed; only ECDSA signatures (random nonces in ring), and so the hashes
//! of ECDSA-signed certificates, vary between runs.

use super::der::{children, content, oid, seq, tlv};
use super::extensions::{general_name, random_extension};
use super::names::{host, name, text};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::Rng;
use rcgen::{
    BasicConstraints, CertificateParams, CidrSubnet, CrlDistributionPoint, CustomExtension,
    DistinguishedName, DnType, DnValue, ExtendedKeyUsagePurpose, GeneralSubtree, IsCa, KeyPair,
    KeyUsagePurpose, NameConstraints, OtherNameValue, SanType, SignatureAlgorithm, SigningKey,
};
use std::net::IpAddr;

/// The fixed signing keys with the algorithms they sign with.
pub fn keys() -> Vec<KeyPair> {
    let pem = include_str!("keys.pem");
    let blocks: Vec<&str> = pem.split_inclusive("-----END PRIVATE KEY-----\n").collect();
    let algs: [&'static SignatureAlgorithm; 5] = [
        &rcgen::PKCS_ECDSA_P256_SHA256,
        &rcgen::PKCS_ECDSA_P256_SHA256,
        &rcgen::PKCS_ECDSA_P384_SHA384,
        &rcgen::PKCS_ED25519,
        &rcgen::PKCS_RSA_SHA256,
    ];
    blocks
        .iter()
        .zip(algs)
        .map(|(block, alg)| KeyPair::from_pem_and_sign_algo(block, alg).expect("test key"))
        .collect()
}

fn ia5(s: String) -> rcgen::string::Ia5String {
    rcgen::string::Ia5String::try_from(s).expect("ASCII")
}

/// `s` with characters PrintableString does not allow replaced by `x`.
fn printable(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || " '()+,-./:=?".contains(c) {
                c
            } else {
                'x'
            }
        })
        .collect()
}

/// A name rcgen can express (one attribute per type, one per RDN).
fn rcgen_name(rng: &mut StdRng) -> DistinguishedName {
    let mut dn = DistinguishedName::new();
    let types = [
        DnType::CountryName,
        DnType::StateOrProvinceName,
        DnType::LocalityName,
        DnType::OrganizationName,
        DnType::OrganizationalUnitName,
        DnType::CommonName,
        DnType::CustomDnType(vec![1, 2, 840, 113549, 1, 9, 1]),
    ];
    for ty in types {
        if rng.random_bool(0.5) {
            let value = match rng.random_range(0..4) {
                0 => DnValue::PrintableString(
                    rcgen::string::PrintableString::try_from(printable(&host(rng)))
                        .expect("printable"),
                ),
                1 => DnValue::BmpString(
                    rcgen::string::BmpString::try_from(text(rng, 12, false).replace('😀', "x"))
                        .expect("bmp"),
                ),
                _ => DnValue::Utf8String(text(rng, 20, false)),
            };
            dn.push(ty, value);
        }
    }
    dn
}

fn san(rng: &mut StdRng) -> SanType {
    match rng.random_range(0..10) {
        0..=4 => SanType::DnsName(ia5(host(rng))),
        5 => SanType::IpAddress(IpAddr::from(rng.random::<[u8; 4]>())),
        6 => SanType::IpAddress(IpAddr::from(rng.random::<[u8; 16]>())),
        7 => SanType::Rfc822Name(ia5(format!("{}@{}", text(rng, 8, true), host(rng)))),
        8 => SanType::URI(ia5(format!(
            "spiffe://{}/{}",
            host(rng),
            text(rng, 6, true)
        ))),
        _ => SanType::OtherName((
            vec![1, 3, 6, 1, 4, 1, 311, 20, 2, 3],
            OtherNameValue::Utf8String(text(rng, 10, false)),
        )),
    }
}

fn subtree(rng: &mut StdRng) -> GeneralSubtree {
    match rng.random_range(0..4) {
        0 => GeneralSubtree::DnsName(host(rng)),
        1 => GeneralSubtree::Rfc822Name(host(rng)),
        2 => GeneralSubtree::DirectoryName(rcgen_name(rng)),
        _ => GeneralSubtree::IpAddress(if rng.random_bool(0.5) {
            CidrSubnet::from_v4_prefix(rng.random(), rng.random_range(0..=32))
        } else {
            CidrSubnet::from_v6_prefix(rng.random(), rng.random_range(0..=128))
        }),
    }
}

fn params(rng: &mut StdRng) -> CertificateParams {
    let mut p = CertificateParams::default();
    p.distinguished_name = rcgen_name(rng);
    p.subject_alt_names = (0..rng.random_range(0..6)).map(|_| san(rng)).collect();
    let usages = [
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::ContentCommitment,
        KeyUsagePurpose::KeyEncipherment,
        KeyUsagePurpose::DataEncipherment,
        KeyUsagePurpose::KeyAgreement,
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::EncipherOnly,
        KeyUsagePurpose::DecipherOnly,
    ];
    p.key_usages = usages
        .into_iter()
        .filter(|_| rng.random_bool(0.25))
        .collect();
    if rng.random_bool(0.6) {
        let ekus = [
            ExtendedKeyUsagePurpose::Any,
            ExtendedKeyUsagePurpose::ServerAuth,
            ExtendedKeyUsagePurpose::ClientAuth,
            ExtendedKeyUsagePurpose::CodeSigning,
            ExtendedKeyUsagePurpose::EmailProtection,
            ExtendedKeyUsagePurpose::TimeStamping,
            ExtendedKeyUsagePurpose::OcspSigning,
            ExtendedKeyUsagePurpose::Other(vec![1, 3, 6, 1, 4, 1, 311, 10, 3, 4]),
            ExtendedKeyUsagePurpose::Other(vec![1, 3, 6, 1, 5, 5, 7, 3, 17]),
            ExtendedKeyUsagePurpose::Other(vec![1, 2, 3, 4, rng.random_range(0..1000)]),
        ];
        p.extended_key_usages = ekus.into_iter().filter(|_| rng.random_bool(0.3)).collect();
    }
    p.is_ca = match rng.random_range(0..6) {
        0 => IsCa::Ca(BasicConstraints::Unconstrained),
        1 => IsCa::Ca(BasicConstraints::Constrained(rng.random())),
        2 => IsCa::ExplicitNoCa,
        _ => IsCa::NoCa,
    };
    if rng.random_bool(0.1) {
        p.name_constraints = Some(NameConstraints {
            permitted_subtrees: (0..rng.random_range(0..3)).map(|_| subtree(rng)).collect(),
            excluded_subtrees: (0..rng.random_range(0..3)).map(|_| subtree(rng)).collect(),
        });
    }
    if rng.random_bool(0.2) {
        p.crl_distribution_points = (0..rng.random_range(1..3))
            .map(|_| CrlDistributionPoint {
                uris: (0..rng.random_range(1..3))
                    .map(|_| format!("http://{}/crl/{}.crl", host(rng), rng.random::<u16>()))
                    .collect(),
            })
            .collect();
    }
    p.use_authority_key_identifier_extension = rng.random_bool(0.7);
    for _ in 0..rng.random_range(0..5) {
        let raw = random_extension(rng);
        let mut ext = CustomExtension::from_oid_content(&raw.oid, raw.content);
        ext.set_criticality(raw.critical);
        p.custom_extensions.push(ext);
    }
    p
}

/// A serial INTEGER: small, zero, negative, 20+ bytes, or random.
fn serial(rng: &mut StdRng) -> Vec<u8> {
    let mut bytes: Vec<u8> = match rng.random_range(0..8) {
        0 => vec![0],
        1 => vec![0x80 | rng.random::<u8>(), rng.random()], // negative
        2 => (0..rng.random_range(21..40))
            .map(|_| rng.random())
            .collect(),
        3 => vec![rng.random_range(1..0x80)],
        _ => (0..rng.random_range(1..20)).map(|_| rng.random()).collect(),
    };
    // Keep the encoding minimal (DER) unless this is the zero case.
    while bytes.len() > 1
        && ((bytes[0] == 0 && bytes[1] & 0x80 == 0) || (bytes[0] == 0xff && bytes[1] & 0x80 != 0))
    {
        bytes.remove(0);
    }
    tlv(0x02, &bytes)
}

/// One Time: UTCTime or GeneralizedTime, edge years included.
fn time(rng: &mut StdRng) -> Vec<u8> {
    let year = *[
        1950, 1949, 1969, 1970, 2000, 2012, 2016, 2020, 2024, 2025, 2026, 2030, 2038, 2049, 2050,
        2100, 9999, 1,
    ]
    .choose(rng)
    .unwrap_or(&2025);
    let (month, day) = if rng.random_bool(0.1) {
        (
            *[2u32, 12, 1].choose(rng).unwrap(),
            *[29u32, 31, 1].choose(rng).unwrap(),
        )
    } else {
        (rng.random_range(1..=12), rng.random_range(1..=28))
    };
    let day = if month == 2 && day == 29 && year % 4 != 0 {
        28
    } else {
        day
    };
    let hms = if rng.random_bool(0.2) {
        *[(0, 0, 0), (23, 59, 59)].choose(rng).unwrap()
    } else {
        (
            rng.random_range(0..24),
            rng.random_range(0..60),
            rng.random_range(0..60),
        )
    };
    let rest = format!("{month:02}{day:02}{:02}{:02}{:02}Z", hms.0, hms.1, hms.2);
    if (1950..2050).contains(&year) && rng.random_bool(0.9) {
        tlv(0x17, format!("{:02}{rest}", year % 100).as_bytes())
    } else {
        tlv(0x18, format!("{year:04}{rest}").as_bytes())
    }
}

/// Outer signatureAlgorithm replacements (the signature is not checked by
/// either side, only named): DSA, RSA-PSS with and without parameters,
/// MD5/SHA-1 RSA, Ed448, an unknown OID.
fn odd_signature_algorithm(rng: &mut StdRng) -> Vec<u8> {
    let pss_params = |hash: &[u64]| {
        let alg = seq(&[oid(hash), tlv(0x05, &[])]);
        seq(&[
            tlv(0xa0, &alg),
            tlv(
                0xa1,
                &seq(&[oid(&[1, 2, 840, 113549, 1, 1, 8]), alg.clone()]),
            ),
            tlv(0xa2, &super::der::uint(32)),
        ])
    };
    match rng.random_range(0..8) {
        0 => seq(&[oid(&[2, 16, 840, 1, 101, 3, 4, 3, 2])]),
        1 => seq(&[oid(&[1, 2, 840, 10040, 4, 3])]),
        2 => seq(&[
            oid(&[1, 2, 840, 113549, 1, 1, 10]),
            pss_params(&[2, 16, 840, 1, 101, 3, 4, 2, 1]),
        ]),
        3 => seq(&[oid(&[1, 2, 840, 113549, 1, 1, 10]), seq(&[])]),
        4 => seq(&[oid(&[1, 2, 840, 113549, 1, 1, 4]), tlv(0x05, &[])]),
        5 => seq(&[oid(&[1, 2, 840, 113549, 1, 1, 5]), tlv(0x05, &[])]),
        6 => seq(&[oid(&[1, 3, 101, 113])]),
        _ => seq(&[oid(&[1, 2, 3, 4, 5, 6])]),
    }
}

/// Generate one certificate's DER.
pub fn certificate(rng: &mut StdRng, keys: &[KeyPair]) -> Vec<u8> {
    let key = keys.choose(rng).expect("keys");
    let cert = params(rng).self_signed(key).expect("rcgen");
    let outer = children(&content(cert.der()));
    let mut tbs = children(&content(&outer[0]));

    // TBS: [0] version, serial, signature, issuer, validity, subject, spki, [3] exts.
    tbs[1] = serial(rng);
    if rng.random_bool(0.6) {
        tbs[3] = name(rng);
    }
    if rng.random_bool(0.6) {
        tbs[5] = name(rng);
    }
    tbs[4] = seq(&[time(rng), time(rng)]);
    if rng.random_bool(0.01) {
        // A SAN with every GeneralName kind rcgen cannot write, as a
        // second extension block is not allowed: replace the whole block.
        let san = seq(&(0..6).map(|_| general_name(rng)).collect::<Vec<_>>());
        let ext = seq(&[oid(&[2, 5, 29, 17]), tlv(0x04, &san)]);
        if let Some(last) = tbs.last_mut().filter(|t| t[0] == 0xa3) {
            *last = tlv(0xa3, &seq(&[ext]));
        }
    }
    if rng.random_bool(0.02) {
        // v1: no version field, no extensions.
        tbs.retain(|t| t[0] != 0xa0 && t[0] != 0xa3);
    }
    let tbs = seq(&tbs);
    let signature = key.sign(&tbs).expect("sign");
    let algorithm = if rng.random_bool(0.1) {
        odd_signature_algorithm(rng)
    } else {
        outer[1].clone()
    };
    let mut bits = vec![0u8];
    bits.extend(signature);
    seq(&[tbs, algorithm, tlv(0x03, &bits)])
}
