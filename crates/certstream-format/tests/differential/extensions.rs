//! Hand-built extension values (DER content of `extnValue`) for the
//! extensions rcgen has no parameters for: certificate policies with CPS
//! and user notices, AIA/SIA, SCT lists, TLS feature, policy constraints
//! and mappings, inhibitAnyPolicy, issuerAltName, SANs with DirName and
//! other exotic GeneralNames, AKI with issuer+serial, private key usage
//! period, Netscape extensions, and now and then garbage or an unknown OID.

use super::der::{content, oid, seq, tlv, uint};
use super::names::{host, name, text};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::Rng;

/// One extension to add: OID arcs, criticality, DER content.
pub struct RawExtension {
    pub oid: Vec<u64>,
    pub critical: bool,
    pub content: Vec<u8>,
}

/// IPv4 / IPv6 address bytes (or, for constraints, address + mask).
fn ip_bytes(rng: &mut StdRng, with_mask: bool) -> Vec<u8> {
    let len = if rng.random_bool(0.5) { 4 } else { 16 };
    let mut bytes: Vec<u8> = (0..len).map(|_| rng.random()).collect();
    if rng.random_bool(0.2) {
        bytes.iter_mut().skip(2).for_each(|b| *b = 0);
    }
    if with_mask {
        let prefix: usize = rng.random_range(0..=len * 8);
        bytes.extend((0..len).map(|i| {
            let bits = prefix.saturating_sub(i * 8).min(8);
            (0xff00u16 >> bits) as u8
        }));
    }
    if rng.random_bool(0.02) {
        bytes.truncate(rng.random_range(0..bytes.len())); // odd length
    }
    bytes
}

/// A random GeneralName of any kind.
pub fn general_name(rng: &mut StdRng) -> Vec<u8> {
    match rng.random_range(0..20) {
        0..=6 => tlv(0x82, host(rng).as_bytes()),
        7..=8 => tlv(0x87, &ip_bytes(rng, false)),
        9..=10 => tlv(
            0x81,
            format!("{}@{}", text(rng, 8, true), host(rng)).as_bytes(),
        ),
        11..=12 => tlv(
            0x86,
            format!("https://{}/{}", host(rng), text(rng, 10, true)).as_bytes(),
        ),
        13..=14 => tlv(0xa4, &name(rng)),
        15 => tlv(
            0x88,
            &content(&oid(&[1, 3, 6, 1, 4, 1, rng.random_range(1..60000), 1])),
        ),
        16 => {
            // otherName: UPN, SmtpUTF8Mailbox, or an unknown type
            let (type_id, value): (&[u64], Vec<u8>) = match rng.random_range(0..3) {
                0 => (
                    &[1, 3, 6, 1, 4, 1, 311, 20, 2, 3],
                    tlv(0x0c, text(rng, 12, false).as_bytes()),
                ),
                1 => (
                    &[1, 3, 6, 1, 5, 5, 7, 8, 9],
                    tlv(0x0c, text(rng, 12, false).as_bytes()),
                ),
                _ => (&[1, 2, 3, 4, 5], uint(rng.random_range(0..100_000))),
            };
            tlv(0xa0, &[oid(type_id), tlv(0xa0, &value)].concat())
        }
        17 => tlv(0xa3, &seq(&[])),                        // x400Address
        18 => tlv(0xa5, &tlv(0xa1, &tlv(0x0c, b"party"))), // ediPartyName
        _ => tlv(0x82, text(rng, 10, false).as_bytes()),
    }
}

fn general_names(rng: &mut StdRng, max: usize) -> Vec<u8> {
    let n = rng.random_range(1..=max);
    seq(&(0..n).map(|_| general_name(rng)).collect::<Vec<_>>())
}

/// DisplayText in one of its four string types.
fn display_text(rng: &mut StdRng) -> Vec<u8> {
    let ascii = rng.random_bool(0.6);
    let s = text(rng, 30, ascii);
    match rng.random_range(0..4) {
        0 => tlv(0x16, s.as_bytes()),
        1 => tlv(0x1a, s.as_bytes()),
        2 => tlv(
            0x1e,
            &s.encode_utf16()
                .flat_map(u16::to_be_bytes)
                .collect::<Vec<_>>(),
        ),
        _ => tlv(0x0c, s.as_bytes()),
    }
}

fn certificate_policies(rng: &mut StdRng) -> Vec<u8> {
    let policies: &[&[u64]] = &[
        &[2, 5, 29, 32, 0],
        &[2, 23, 140, 1, 2, 1],
        &[2, 23, 140, 1, 2, 2],
        &[2, 23, 140, 1, 1],
        &[1, 3, 6, 1, 4, 1, 44947, 1, 1, 1],
        &[1, 3, 6, 1, 4, 1, 6449, 1, 2, 2, 7],
        &[1, 2, 3, 4, 5, 6, 7, 8, 9],
    ];
    let n = rng.random_range(1..=3);
    let infos: Vec<Vec<u8>> = (0..n)
        .map(|_| {
            let mut parts = vec![oid(policies.choose(rng).unwrap())];
            if rng.random_bool(0.6) {
                let quals: Vec<Vec<u8>> = (0..rng.random_range(1..=3))
                    .map(|_| match rng.random_range(0..5) {
                        0..=1 => seq(&[
                            oid(&[1, 3, 6, 1, 5, 5, 7, 2, 1]),
                            tlv(0x16, format!("http://{}/cps", host(rng)).as_bytes()),
                        ]),
                        2..=3 => {
                            let mut notice = Vec::new();
                            if rng.random_bool(0.5) {
                                let numbers: Vec<Vec<u8>> = (0..rng.random_range(0..4))
                                    .map(|_| uint(rng.random_range(0..1000)))
                                    .collect();
                                notice.push(seq(&[display_text(rng), seq(&numbers)]));
                            }
                            if rng.random_bool(0.8) {
                                notice.push(display_text(rng));
                            }
                            seq(&[oid(&[1, 3, 6, 1, 5, 5, 7, 2, 2]), seq(&notice)])
                        }
                        _ => seq(&[oid(&[1, 3, 6, 1, 4, 1, 1, 2]), tlv(0x0c, b"qualifier")]),
                    })
                    .collect();
                parts.push(seq(&quals));
            }
            seq(&parts)
        })
        .collect();
    seq(&infos)
}

fn access_descriptions(rng: &mut StdRng) -> Vec<u8> {
    let methods: &[&[u64]] = &[
        &[1, 3, 6, 1, 5, 5, 7, 48, 1],
        &[1, 3, 6, 1, 5, 5, 7, 48, 2],
        &[1, 3, 6, 1, 5, 5, 7, 48, 3],
        &[1, 3, 6, 1, 5, 5, 7, 48, 5],
        &[1, 3, 6, 1, 4, 1, 9, 9],
    ];
    let n = rng.random_range(1..=3);
    seq(&(0..n)
        .map(|_| seq(&[oid(methods.choose(rng).unwrap()), general_name(rng)]))
        .collect::<Vec<_>>())
}

/// SignedCertificateTimestampList (RFC 6962 3.3), TLS-encoded in an
/// OCTET STRING.
fn sct_list(rng: &mut StdRng) -> Vec<u8> {
    let mut list = Vec::new();
    for _ in 0..rng.random_range(1..=3) {
        let mut sct = vec![0u8];
        sct.extend((0..32).map(|_| rng.random::<u8>()));
        let ts: u64 = rng.random_range(1_300_000_000_000..2_000_000_000_000);
        sct.extend(ts.to_be_bytes());
        let ext_len = if rng.random_bool(0.1) {
            rng.random_range(1..6)
        } else {
            0
        };
        sct.extend((ext_len as u16).to_be_bytes());
        sct.extend((0..ext_len).map(|_| rng.random::<u8>()));
        sct.push(*[4u8, 2, 5, 6, 1].choose(rng).unwrap());
        sct.push(*[3u8, 1, 7, 9].choose(rng).unwrap());
        let sig_len = rng.random_range(8..80);
        sct.extend((sig_len as u16).to_be_bytes());
        sct.extend((0..sig_len).map(|_| rng.random::<u8>()));
        list.extend((sct.len() as u16).to_be_bytes());
        list.extend(sct);
    }
    let mut body = (list.len() as u16).to_be_bytes().to_vec();
    body.extend(list);
    tlv(0x04, &body)
}

fn generalized_time(rng: &mut StdRng) -> Vec<u8> {
    let s = format!(
        "{:04}{:02}{:02}{:02}{:02}{:02}Z",
        rng.random_range(1990..2060),
        rng.random_range(1..=12),
        rng.random_range(1..=28),
        rng.random_range(0..24),
        rng.random_range(0..60),
        rng.random_range(0..60)
    );
    s.into_bytes()
}

/// A random extension of a kind rcgen cannot make.
pub fn random_extension(rng: &mut StdRng) -> RawExtension {
    let (arcs, content): (&[u64], Vec<u8>) = match rng.random_range(0..19) {
        0..=1 => (&[2, 5, 29, 32], certificate_policies(rng)),
        2..=3 => (&[1, 3, 6, 1, 5, 5, 7, 1, 1], access_descriptions(rng)),
        4 => (&[1, 3, 6, 1, 5, 5, 7, 1, 11], access_descriptions(rng)),
        5..=6 => (&[1, 3, 6, 1, 4, 1, 11129, 2, 4, 2], sct_list(rng)),
        7 => {
            let features = (0..rng.random_range(1..=3))
                .map(|_| uint(*[5u64, 17, 1, 99].choose(rng).unwrap()))
                .collect::<Vec<_>>();
            (&[1, 3, 6, 1, 5, 5, 7, 1, 24], seq(&features))
        }
        8 => {
            let mut parts = Vec::new();
            if rng.random_bool(0.6) {
                parts.push(tlv(0x80, &[rng.random_range(0..10)]));
            }
            if rng.random_bool(0.6) {
                parts.push(tlv(0x81, &[rng.random_range(0..10)]));
            }
            (&[2, 5, 29, 36], seq(&parts))
        }
        9 => (&[2, 5, 29, 54], uint(rng.random_range(0..5))),
        10 => {
            let maps = (0..rng.random_range(1..=2))
                .map(|_| {
                    seq(&[
                        oid(&[2, 23, 140, 1, 2, 1]),
                        oid(&[1, 2, 3, rng.random_range(1..9)]),
                    ])
                })
                .collect::<Vec<_>>();
            (&[2, 5, 29, 33], seq(&maps))
        }
        11 => (&[2, 5, 29, 18], general_names(rng, 4)),
        12 => (&[2, 5, 29, 17], general_names(rng, 8)),
        13 => {
            let mut parts = Vec::new();
            if rng.random_bool(0.7) {
                parts.push(tlv(
                    0x80,
                    &(0..20).map(|_| rng.random()).collect::<Vec<u8>>(),
                ));
            }
            if rng.random_bool(0.5) {
                parts.push(tlv(0xa1, &content(&general_names(rng, 2))));
                parts.push(tlv(0x82, &[rng.random_range(1..0x7f), rng.random()]));
            }
            (&[2, 5, 29, 35], seq(&parts))
        }
        14 => {
            let mut parts = Vec::new();
            if rng.random_bool(0.7) {
                parts.push(tlv(0x80, &generalized_time(rng)));
            }
            if rng.random_bool(0.7) {
                parts.push(tlv(0x81, &generalized_time(rng)));
            }
            (&[2, 5, 29, 16], seq(&parts))
        }
        15 => {
            if rng.random_bool(0.5) {
                (
                    &[2, 16, 840, 1, 113730, 1, 1],
                    tlv(0x03, &[rng.random_range(0..8), rng.random()]),
                )
            } else {
                (
                    &[2, 16, 840, 1, 113730, 1, 13],
                    tlv(0x16, text(rng, 30, true).as_bytes()),
                )
            }
        }
        16 => {
            let attrs = seq(&[seq(&[oid(&[2, 5, 4, 3]), tlv(0x31, &tlv(0x0c, b"dir"))])]);
            (&[2, 5, 29, 9], attrs)
        }
        17 => (
            *[
                &[1, 3, 6, 1, 5, 5, 7, 48, 1, 5][..],
                &[1, 3, 6, 1, 4, 1, 11129, 2, 4, 3][..],
            ]
            .choose(rng)
            .unwrap(),
            tlv(0x05, &[]),
        ),
        _ => {
            // Garbage under a known or unknown OID: the printer must fail
            // (or not) exactly as OpenSSL's does.
            let oids: &[&[u64]] = &[
                &[2, 5, 29, 19],
                &[2, 5, 29, 15],
                &[2, 5, 29, 17],
                &[2, 5, 29, 32],
                &[1, 3, 6, 1, 4, 1, 11129, 2, 4, 2],
                &[1, 3, 6, 1, 5, 5, 7, 1, 1],
                &[1, 3, 6, 1, 4, 1, 55555, 1],
            ];
            let len = rng.random_range(0..12);
            let garbage: Vec<u8> = (0..len).map(|_| rng.random()).collect();
            (oids.choose(rng).unwrap(), garbage)
        }
    };
    RawExtension {
        oid: arcs.to_vec(),
        critical: rng.random_bool(0.2),
        content,
    }
}
