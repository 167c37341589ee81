//! Minted certificates (checked with x509-parser, independently of the
//! simulator), issuances logged into several logs, minting speed, growth.

mod common;

use std::time::{Duration, Instant};

use common::*;
use ctlog_sim::{EntryType, LogSpec, Simulator};
use sha2::{Digest, Sha256};
use x509_parser::prelude::*;

const POISON: &str = "1.3.6.1.4.1.11129.2.4.3";
const SCT_LIST: &str = "1.3.6.1.4.1.11129.2.4.2";

fn dns_names(cert: &X509Certificate<'_>) -> Vec<String> {
    let san = cert.subject_alternative_name().unwrap().unwrap();
    san.value
        .general_names
        .iter()
        .filter_map(|n| match n {
            GeneralName::DNSName(d) => Some((*d).to_owned()),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn minted_precerts_are_real_precerts() {
    let sim = Simulator::builder()
        .seed(7)
        .log(LogSpec::rfc6962_minted("m").initial_size(40))
        .start()
        .await
        .unwrap();
    let log = sim.log("m").unwrap();
    let mut wildcard = false;
    for index in 0..40 {
        let e = log.entry(index).unwrap();
        let (_, cert) = X509Certificate::from_der(&e.leaf_der).unwrap();
        assert_eq!(dns_names(&cert), e.domains);
        wildcard |= e.domains.iter().any(|d| d.starts_with("*."));
        let (_, issuer) = X509Certificate::from_der(&e.chain_der[0]).unwrap();
        assert_eq!(cert.issuer(), issuer.subject());
        let poison = cert
            .extensions()
            .iter()
            .find(|x| x.oid.to_id_string() == POISON);
        match e.entry_type {
            EntryType::X509 => assert!(poison.is_none()),
            EntryType::Precert => {
                let poison = poison.expect("poison extension");
                assert!(poison.critical);
                assert_eq!(poison.value, &[0x05, 0x00]);
                let ikh: [u8; 32] = Sha256::digest(issuer.public_key().raw).into();
                assert_eq!(e.issuer_key_hash, Some(ikh));
                // The logged TBS is the pre-certificate's minus the poison.
                let (_, tbs) = TbsCertificate::from_der(e.tbs_der.as_deref().unwrap()).unwrap();
                assert!(tbs
                    .extensions()
                    .iter()
                    .all(|x| x.oid.to_id_string() != POISON));
                assert_eq!(tbs.extensions().len() + 1, cert.extensions().len());
                assert_eq!(tbs.serial, cert.serial);
                assert_eq!(tbs.subject(), cert.subject());
                assert_eq!(tbs.public_key().raw, cert.public_key().raw);
            }
        }
    }
    assert!(wildcard, "some leaves carry a wildcard");
    // Same seed, same domains.
    let other = Simulator::builder()
        .seed(7)
        .log(LogSpec::static_ct_minted("m").initial_size(3))
        .start()
        .await
        .unwrap();
    assert_eq!(
        other.log("m").unwrap().entry(2).unwrap().domains,
        log.entry(2).unwrap().domains
    );
}

#[tokio::test]
async fn one_issuance_in_several_logs() {
    let sim = Simulator::builder()
        .log(LogSpec::rfc6962_minted("a").initial_size(5))
        .log(LogSpec::static_ct_minted("b"))
        .rfc6962_fixture("argon", rfc6962(ARGON), ARGON_FIRST)
        .start()
        .await
        .unwrap();
    assert!(
        sim.mint_issuance(&["a", "argon"]).is_err(),
        "argon has a backlog"
    );
    assert!(sim.mint_issuance(&["a", "nope"]).is_err());
    let size_a = sim.log("a").unwrap().size();
    let iss = sim.mint_issuance(&["a", "b"]).unwrap();
    assert_eq!(iss.placements.len(), 2);
    assert_eq!(iss.placements[0].precert_index, size_a);
    assert_eq!(iss.placements[1].precert_index, 0);
    for p in &iss.placements {
        let log = sim.log(&p.log).unwrap();
        assert_eq!(log.size(), p.cert_index + 1);
        let pre = log.entry(p.precert_index).unwrap();
        let cert = log.entry(p.cert_index).unwrap();
        assert_eq!(pre.entry_type, EntryType::Precert);
        assert_eq!(cert.entry_type, EntryType::X509);
        assert_eq!(pre.leaf_der, iss.precert_der);
        assert_eq!(pre.tbs_der.as_ref(), Some(&iss.tbs_der));
        assert_eq!(cert.leaf_der, iss.cert_der);
        assert_eq!(cert.domains, iss.domains);
    }
    // The final certificate: same TBS as the precert's logged TBS plus an SCT list.
    let (_, fin) = X509Certificate::from_der(&iss.cert_der).unwrap();
    let (_, tbs) = TbsCertificate::from_der(&iss.tbs_der).unwrap();
    assert_eq!(fin.serial, tbs.serial);
    assert_eq!(dns_names(&fin), iss.domains);
    let ext_oids: Vec<String> = fin
        .extensions()
        .iter()
        .map(|x| x.oid.to_id_string())
        .collect();
    assert!(ext_oids.contains(&SCT_LIST.to_owned()));
    assert!(!ext_oids.contains(&POISON.to_owned()));
    let scts = fin
        .extensions()
        .iter()
        .find(|x| x.oid.to_id_string() == SCT_LIST)
        .unwrap();
    match scts.parsed_extension() {
        ParsedExtension::SCT(list) => {
            assert_eq!(list.len(), 2);
            for (sct, p) in list.iter().zip(&iss.placements) {
                assert_eq!(*sct.id.key_id, sim.log(&p.log).unwrap().log_id());
                assert_eq!(sct.timestamp, iss.timestamp_ms);
            }
        }
        other => panic!("SCT list did not parse: {other:?}"),
    }
}

#[tokio::test]
async fn minting_keeps_up_with_a_thousand_per_second() {
    let sim = Simulator::builder()
        .rfc6962_minted("fast")
        .start()
        .await
        .unwrap();
    let log = sim.log("fast").unwrap();
    let t = Instant::now();
    log.publish(2000).unwrap();
    let secs = t.elapsed().as_secs_f64();
    eprintln!("minted 2000 entries in {secs:.2}s");
    assert!(secs < 2.0, "{secs}s for 2000 entries");
}

#[tokio::test]
async fn growth_follows_rate_and_fixture_stops_at_its_end() {
    let sim = Simulator::builder()
        .log(LogSpec::static_ct_minted("grow").rate(100.0))
        .log(LogSpec::rfc6962_fixture("argon", rfc6962(ARGON), ARGON_FIRST).rate(1000.0))
        .start()
        .await
        .unwrap();
    let grow = sim.log("grow").unwrap();
    tokio::time::sleep(Duration::from_millis(600)).await;
    let size = grow.size();
    assert!((30..=90).contains(&size), "~60 expected, got {size}");
    let argon = sim.log("argon").unwrap();
    assert_eq!(argon.size(), ARGON_FIRST + 20);
    assert_eq!(argon.backlog(), 0);
    grow.set_rate(0.0);
    tokio::time::sleep(Duration::from_millis(120)).await;
    let stopped = grow.size();
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(grow.size(), stopped);
}
