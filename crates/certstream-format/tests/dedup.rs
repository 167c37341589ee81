//! `certstream_format::dedup`: the issuance key is the TBS without the
//! poison and SCT list extensions, checked against golden TBS files, real
//! precert/cert pairs and issuances the simulator logs into several logs.

mod common;

use certstream_format::dedup::{issuance_key, issuance_tbs, DedupWindow};
use common::*;
use ctlog_sim::Simulator;
use x509_parser::prelude::{FromDer, X509Certificate};

fn cert(path: &str) -> Vec<u8> {
    read_certs(&data_dir().join("certs").join(path))
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("{path}: no certificate"))
}

fn golden_tbs(path: &str) -> Vec<u8> {
    std::fs::read(data_dir().join("certs").join(path)).expect("golden TBS")
}

#[test]
fn stripping_the_sct_list_gives_azuls_golden_tbs() {
    let leaf = cert("azul/cloudflare.pem");
    let tbs = issuance_tbs(&leaf).expect("TBS");
    assert_eq!(
        tbs.as_ref(),
        golden_tbs("azul/cloudflare-tbs-without-sct.der")
    );
}

#[test]
fn stripping_the_poison_gives_azuls_golden_precert_tbs() {
    let precert = cert("azul/preissuer-chain.pem");
    let tbs = issuance_tbs(&precert).expect("TBS");
    assert_eq!(tbs.as_ref(), golden_tbs("azul/preissuer-precert-tbs.der"));
}

#[test]
fn a_certificate_without_ct_extensions_keys_on_its_tbs_as_is() {
    let der = cert("ct-cpp-synthetic/test-cert.pem");
    let (_, parsed) = X509Certificate::from_der(&der).expect("parses");
    let tbs = issuance_tbs(&der).expect("TBS");
    assert_eq!(tbs.as_ref(), parsed.tbs_certificate.as_ref());
}

#[test]
fn precert_and_final_cert_share_a_key() {
    let pre = issuance_key(&cert("ct-cpp-synthetic/test-embedded-pre-cert.pem"));
    let fin = issuance_key(&cert("ct-cpp-synthetic/test-embedded-cert.pem"));
    let other = issuance_key(&cert("ct-cpp-synthetic/test-cert.pem"));
    assert!(pre.is_some());
    assert_eq!(pre, fin);
    assert_ne!(pre, other);
}

#[test]
fn garbage_has_no_key() {
    assert_eq!(issuance_key(b""), None);
    assert_eq!(issuance_key(b"\x30\x03\x02\x01"), None);
    let leaf = cert("azul/cloudflare.pem");
    assert_eq!(issuance_key(&leaf[..leaf.len() / 2]), None);
}

#[tokio::test]
async fn simulator_issuances_collapse_across_logs_and_entry_types() {
    let sim = Simulator::builder()
        .rfc6962_minted("a")
        .rfc6962_minted("b")
        .static_ct_minted("c")
        .start()
        .await
        .expect("simulator");
    let logs = ["a", "b", "c"];
    let first = sim.mint_issuance(&logs).expect("issuance");
    let second = sim.mint_issuance(&logs[..2]).expect("issuance");

    for issuance in [&first, &second] {
        let tbs = issuance_tbs(&issuance.precert_der).expect("TBS");
        assert_eq!(tbs.as_ref(), issuance.tbs_der, "the TBS the log signed");
        assert_eq!(
            issuance_key(&issuance.precert_der),
            issuance_key(&issuance.cert_der)
        );
    }
    assert_ne!(
        issuance_key(&first.cert_der),
        issuance_key(&second.cert_der)
    );

    // What a `?dedupe=1` client sees: every log's precert and cert entry,
    // interleaved as they arrive, let through once per issuance.
    let mut arrivals = Vec::new();
    for issuance in [&first, &second] {
        for _ in &issuance.placements {
            arrivals.push((issuance.domains.clone(), &issuance.precert_der));
            arrivals.push((issuance.domains.clone(), &issuance.cert_der));
        }
    }
    assert_eq!(arrivals.len(), 10);
    let mut window = DedupWindow::new(1000);
    let delivered: Vec<_> = arrivals
        .iter()
        .filter(|(_, der)| window.first_time(issuance_key(der).expect("key")))
        .map(|(domains, _)| domains.clone())
        .collect();
    assert_eq!(
        delivered,
        vec![first.domains.clone(), second.domains.clone()]
    );
}

#[test]
fn the_window_forgets_the_oldest_key_when_full() {
    let mut window = DedupWindow::new(2);
    let (a, b, c) = ([1u8; 32], [2u8; 32], [3u8; 32]);
    assert!(window.is_empty());
    assert!(window.first_time(a));
    assert!(!window.first_time(a));
    assert!(window.first_time(b));
    assert!(window.first_time(c)); // forgets a
    assert_eq!(window.len(), 2);
    assert!(!window.first_time(b));
    assert!(!window.first_time(c));
    assert!(window.first_time(a)); // forgotten, so new again; forgets b
    assert!(window.first_time(b));
}
