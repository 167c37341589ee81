//! `certstream_format::filter`: every query parameter, combinations, the
//! errors a server turns into HTTP 400, and the facts `render` extracts
//! (which must equal those read back from the message it rendered).

mod common;

use certstream_format::filter::{Filter, FilterError, FilterMeta};
use certstream_format::message::{CertificateUpdate, Name};
use certstream_format::UpdateType;
use common::*;

fn filter(query: &[(&str, &str)]) -> Filter {
    match Filter::from_query(query.iter().copied()) {
        Ok(filter) => filter,
        Err(e) => panic!("{query:?} refused: {e}"),
    }
}

fn refused(query: &[(&str, &str)]) -> FilterError {
    match Filter::from_query(query.iter().copied()) {
        Ok(filter) => panic!("{query:?} accepted: {filter:?}"),
        Err(e) => e,
    }
}

fn names(domains: &[&str]) -> Vec<String> {
    domains.iter().map(|d| d.to_string()).collect()
}

/// A certificate's facts: issued by `O=Let's Encrypt, CN=R11`, logged in
/// `https://ct.example/2026h1/`.
fn cert(update_type: UpdateType, domains: &[&str]) -> FilterMeta {
    let issuer = Name {
        o: Some("Let's Encrypt".into()),
        cn: Some("R11".into()),
        ..Name::default()
    };
    FilterMeta::new(
        &names(domains),
        update_type,
        &issuer,
        "https://CT.example/2026h1/",
    )
}

fn x509(domains: &[&str]) -> FilterMeta {
    cert(UpdateType::X509LogEntry, domains)
}

fn domain_matches(pattern: &str, name: &str) -> bool {
    filter(&[("domain", pattern)]).matches(&x509(&[name]))
}

#[test]
fn glob_matches_the_whole_name_case_insensitively() {
    assert!(domain_matches("*.example.com", "www.example.com"));
    assert!(domain_matches("*.example.com", "a.b.EXAMPLE.com"));
    assert!(domain_matches("*.Example.COM", "www.example.com"));
    assert!(!domain_matches("*.example.com", "example.com"));
    assert!(!domain_matches("*.example.com", "www.example.com.evil"));
    assert!(domain_matches("paypal*", "paypal-login.net"));
    assert!(!domain_matches("paypal*", "my-paypal.net"));
    assert!(domain_matches("*paypal*", "my-paypal.net"));
    assert!(domain_matches("ww?.example.com", "ww1.example.com"));
    assert!(!domain_matches("ww?.example.com", "ww.example.com"));
    // Wildcards in the middle, and `?` beside a leading `*`.
    assert!(domain_matches("login.*.bank", "login.my.bank"));
    assert!(!domain_matches("login.*.bank", "login.bank"));
    assert!(domain_matches("*.ex?mple.com", "www.example.com"));
    assert!(!domain_matches("*.ex?mple.com", "www.exmple.com"));
    assert!(domain_matches("*bank*.com", "mybanking.com"));
    assert!(!domain_matches("*bank*.com", "mybanking.net"));
    assert!(domain_matches("*", "anything.test"));
}

#[test]
fn plain_name_matches_itself_and_subdomains_only() {
    assert!(domain_matches("example.com", "example.com"));
    assert!(domain_matches("example.com", "a.b.example.com"));
    assert!(domain_matches("EXAMPLE.com", "Www.Example.Com"));
    // A wildcard certificate name is a subdomain entry too.
    assert!(domain_matches("example.com", "*.example.com"));
    assert!(!domain_matches("example.com", "badexample.com"));
    assert!(!domain_matches("example.com", "example.com.evil"));
}

#[test]
fn leading_dot_is_a_suffix_of_subdomains() {
    assert!(domain_matches(".example.com", "www.example.com"));
    assert!(!domain_matches(".example.com", "example.com"));
    assert!(!domain_matches(".example.com", "badexample.com"));
}

#[test]
fn domain_values_are_ored_over_every_name() {
    let f = filter(&[("domain", "a.test"), ("domain", "*.b.test")]);
    assert!(f.matches(&x509(&["x.other", "a.test"])));
    assert!(f.matches(&x509(&["www.b.test"])));
    assert!(!f.matches(&x509(&["x.other", "b.test"])));
    assert!(!f.matches(&x509(&[])));
}

#[test]
fn regex_is_case_insensitive_and_any_name_may_match() {
    let f = filter(&[("regex", r"^(login|secure)\.")]);
    assert!(f.matches(&x509(&["www.bank.test", "LOGIN.bank.test"])));
    assert!(!f.matches(&x509(&["www.bank.test", "mylogin.bank.test"])));
    let upper = filter(&[("regex", "^WWW")]);
    assert!(upper.matches(&x509(&["www.example.com"])));
}

#[test]
fn update_type_accepts_short_and_wire_names() {
    let precert = cert(UpdateType::PrecertLogEntry, &["a.test"]);
    let cert = x509(&["a.test"]);
    for value in ["precert", "PrecertLogEntry", "PRECERT"] {
        let f = filter(&[("update_type", value)]);
        assert!(f.matches(&precert), "{value}");
        assert!(!f.matches(&cert), "{value}");
    }
    for value in ["x509", "X509LogEntry"] {
        let f = filter(&[("update_type", value)]);
        assert!(f.matches(&cert), "{value}");
        assert!(!f.matches(&precert), "{value}");
    }
    let both = filter(&[("update_type", "x509"), ("update_type", "precert")]);
    assert!(both.matches(&cert) && both.matches(&precert));
}

#[test]
fn issuer_is_a_substring_of_o_or_cn() {
    let meta = x509(&["a.test"]);
    assert!(filter(&[("issuer", "let's encrypt")]).matches(&meta));
    assert!(filter(&[("issuer", "ENCRYPT")]).matches(&meta));
    assert!(filter(&[("issuer", "r11")]).matches(&meta));
    assert!(!filter(&[("issuer", "DigiCert")]).matches(&meta));
    assert!(filter(&[("issuer", "DigiCert"), ("issuer", "R11")]).matches(&meta));
}

#[test]
fn log_is_a_substring_of_the_source_url() {
    let meta = x509(&["a.test"]);
    assert!(filter(&[("log", "ct.example/2026")]).matches(&meta));
    assert!(!filter(&[("log", "2025h2")]).matches(&meta));
}

#[test]
fn different_parameters_are_anded() {
    let f = filter(&[
        ("domain", "*.bank.test"),
        ("regex", "^login"),
        ("update_type", "precert"),
        ("issuer", "encrypt"),
        ("log", "2026h1"),
    ]);
    let good = cert(UpdateType::PrecertLogEntry, &["login.my.bank.test"]);
    assert!(f.matches(&good));
    assert!(!f.matches(&cert(UpdateType::X509LogEntry, &["login.my.bank.test"])));
    assert!(!f.matches(&cert(UpdateType::PrecertLogEntry, &["www.my.bank.test"])));
    assert!(!f.matches(&cert(UpdateType::PrecertLogEntry, &["login.example.com"])));
    assert!(!filter(&[("domain", "*.bank.test"), ("log", "2025")]).matches(&good));
    assert!(!filter(&[("domain", "*.bank.test"), ("issuer", "sectigo")]).matches(&good));
}

#[test]
fn unknown_parameters_are_ignored_and_no_filter_passes_everything() {
    let f = filter(&[("since", "123"), ("format", "ndjson"), ("dedupe", "1")]);
    assert!(f.is_empty());
    assert!(f.matches(&x509(&[])));
    assert!(!filter(&[("since", "1"), ("domain", "a.test")]).is_empty());
}

#[test]
fn domains_only_messages_are_judged_on_names_alone() {
    let dns = FilterMeta::from_domains(&names(&["WWW.Bank.test"]));
    assert!(filter(&[("domain", "bank.test"), ("issuer", "nobody")]).matches(&dns));
    assert!(filter(&[("update_type", "precert"), ("log", "nowhere")]).matches(&dns));
    assert!(!filter(&[("domain", "other.test")]).matches(&dns));
    assert!(!filter(&[("regex", "^mail")]).matches(&dns));
}

#[test]
fn bad_values_are_refused_with_a_clear_message() {
    let e = refused(&[("regex", "(unclosed")]);
    assert!(matches!(e, FilterError::Regex { .. }));
    assert!(
        e.to_string().contains("invalid regex filter \"(unclosed\""),
        "{e}"
    );

    let e = refused(&[("update_type", "cert")]);
    assert!(matches!(e, FilterError::UpdateType(ref v) if v == "cert"));
    assert!(e.to_string().contains("x509 or precert"), "{e}");

    for kind in ["domain", "regex", "update_type", "issuer", "log"] {
        let e = refused(&[(kind, "")]);
        assert!(
            matches!(e, FilterError::Empty(k) if k == kind),
            "{kind}: {e}"
        );
    }
}

#[test]
fn pathological_regex_is_refused_by_the_size_limit() {
    let e = refused(&[("regex", r"\w{1000}\w{1000}\w{1000}")]);
    assert!(e.to_string().contains("size limit"), "{e}");
    // The same shape, small, is fine.
    filter(&[("regex", r"\w{10}")]);
}

/// cloudflare.pem: leaf issued by `O=Google Trust Services, CN=WE1`.
#[test]
fn render_extracts_the_facts_its_message_carries() {
    let certs = read_certs(&data_dir().join("certs/azul/cloudflare.pem"));
    let chain: Vec<&[u8]> = certs.iter().skip(1).map(Vec::as_slice).collect();
    let rendered = render_entry(UpdateType::PrecertLogEntry, &certs[0], &chain, 7);

    for json in [&rendered.full, &rendered.lite] {
        let update: CertificateUpdate = serde_json::from_str(json).expect("message");
        assert_eq!(rendered.filter_meta, FilterMeta::from_update(&update.data));
    }
    let meta = &rendered.filter_meta;
    assert!(filter(&[("domain", "cloudflare.com")]).matches(meta));
    assert!(filter(&[("issuer", "google trust")]).matches(meta));
    assert!(filter(&[("issuer", "we1")]).matches(meta));
    assert!(filter(&[("log", "ct.example")]).matches(meta));
    assert!(filter(&[("update_type", "precert")]).matches(meta));
    assert!(!filter(&[("update_type", "x509")]).matches(meta));
    assert!(!filter(&[("domain", "example.org")]).matches(meta));
}

#[test]
fn from_update_falls_back_to_the_chain_when_the_leaf_has_no_issuer() {
    let certs = read_certs(&data_dir().join("certs/azul/cloudflare.pem"));
    let chain: Vec<&[u8]> = certs.iter().skip(1).map(Vec::as_slice).collect();
    let rendered = render_entry(UpdateType::X509LogEntry, &certs[0], &chain, 7);
    let mut update: CertificateUpdate = serde_json::from_str(&rendered.full).expect("message");
    update.data.leaf_cert.cert.issuer = Name::default();
    // chain[0] is WE1, whose subject is the leaf's issuer.
    assert!(filter(&[("issuer", "we1")]).matches(&FilterMeta::from_update(&update.data)));
    update.data.chain = None;
    assert!(!filter(&[("issuer", "we1")]).matches(&FilterMeta::from_update(&update.data)));
}

/// What a server ships to fan-out-only servers must filter exactly like
/// what rendering produced: certificate facts and domains-only facts.
#[test]
fn facts_survive_serialisation() {
    let certs = read_certs(&data_dir().join("certs/azul/cloudflare.pem"));
    let chain: Vec<&[u8]> = certs.iter().skip(1).map(Vec::as_slice).collect();
    let rendered = render_entry(UpdateType::PrecertLogEntry, &certs[0], &chain, 7);
    let domains_only = FilterMeta::from_domains(&names(&["WWW.Example.ORG"]));
    for meta in [&rendered.filter_meta, &domains_only] {
        let json = serde_json::to_string(meta).expect("serialise");
        let back: FilterMeta = serde_json::from_str(&json).expect("deserialise");
        assert_eq!(&back, meta);
    }
    let json = serde_json::to_string(&rendered.filter_meta).expect("serialise");
    let back: FilterMeta = serde_json::from_str(&json).expect("deserialise");
    assert!(filter(&[("issuer", "we1"), ("update_type", "precert")]).matches(&back));
    assert!(!filter(&[("domain", "example.org")]).matches(&back));
}
