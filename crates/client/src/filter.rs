//! Filters: sent to the server as query parameters, and applied again
//! locally.
//!
//! Why both: servers that support filters (certstream-server, issue #6)
//! save the bandwidth, while servers that do not (CaliDog's original, or
//! an older version) ignore unknown query parameters and send everything.
//! Re-checking locally makes the result the same either way, for the cost
//! of a few string comparisons per message.
//!
//! Semantics (the server's, kept in step with it):
//! - `domain`: repeatable; a message matches when any of its domains
//!   matches any pattern. A pattern with `*` or `?` is a glob (`*.example.com`,
//!   `paypal*`); otherwise it matches the exact name or any subdomain of it
//!   (`example.com` matches `www.example.com`). Case-insensitive.
//! - `regex`: a Rust regex matched against each domain.
//! - `update_type`: `x509` or `precert`.
//! - `issuer`: a case-insensitive substring of the issuer's O or CN (the
//!   leaf's `issuer`, or the first chain certificate's subject).
//! - `log`: a case-insensitive substring of the source log's URL.
//!
//! Different kinds combine with AND. The domain filters also apply to
//! domains-only messages; the others need a certificate and let
//! domains-only messages through. Heartbeats and unknown messages always
//! pass. Globs use the `wildmatch` crate; the suffix rule is the few lines
//! below.

use crate::{Error, Message};
use certstream_format::message::CertificateUpdate;
use certstream_format::UpdateType;
use regex::{Regex, RegexBuilder};
use wildmatch::WildMatch;

/// Compiled regexes larger than this are refused, as the server does, so
/// a pattern cannot make the client slow.
const REGEX_SIZE_LIMIT: usize = 1 << 20;

/// The filters as the user gave them; turned into query parameters and a
/// [`LocalFilter`].
#[derive(Debug, Clone, Default)]
pub(crate) struct FilterSpec {
    pub(crate) domains: Vec<String>,
    pub(crate) regex: Option<String>,
    pub(crate) update_type: Option<UpdateType>,
    pub(crate) issuer: Option<String>,
    pub(crate) log: Option<String>,
}

impl FilterSpec {
    /// The query parameters the server reads, in a stable order.
    pub(crate) fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs: Vec<(&'static str, String)> =
            self.domains.iter().map(|d| ("domain", d.clone())).collect();
        pairs.extend(self.regex.iter().map(|r| ("regex", r.clone())));
        pairs.extend(
            self.update_type
                .map(|t| ("update_type", update_type_param(t).to_owned())),
        );
        pairs.extend(self.issuer.iter().map(|i| ("issuer", i.clone())));
        pairs.extend(self.log.iter().map(|l| ("log", l.clone())));
        pairs
    }

    /// Compiles the filters; fails only on a bad regex.
    pub(crate) fn compile(&self) -> Result<LocalFilter, Error> {
        let regex = match &self.regex {
            Some(pattern) => Some(
                RegexBuilder::new(pattern)
                    .size_limit(REGEX_SIZE_LIMIT)
                    .build()?,
            ),
            None => None,
        };
        Ok(LocalFilter {
            domains: self.domains.iter().map(|p| DomainPattern::new(p)).collect(),
            regex,
            update_type: self.update_type,
            issuer: self.issuer.as_deref().map(str::to_lowercase),
            log: self.log.as_deref().map(str::to_lowercase),
        })
    }
}

/// The `update_type` query value for a log entry type.
fn update_type_param(update_type: UpdateType) -> &'static str {
    match update_type {
        UpdateType::X509LogEntry => "x509",
        UpdateType::PrecertLogEntry => "precert",
    }
}

/// Filters ready to test messages with.
#[derive(Debug, Clone)]
pub(crate) struct LocalFilter {
    domains: Vec<DomainPattern>,
    regex: Option<Regex>,
    update_type: Option<UpdateType>,
    issuer: Option<String>,
    log: Option<String>,
}

impl LocalFilter {
    /// Whether `message` passes every filter.
    pub(crate) fn matches(&self, message: &Message) -> bool {
        let domains_ok = match message {
            Message::CertificateUpdate { .. } | Message::DnsEntries { .. } => {
                self.domains_match(message.domains())
            }
            Message::Heartbeat { .. } | Message::Other { .. } => true,
        };
        let cert_ok = match message {
            Message::CertificateUpdate { update, .. } => self.certificate_matches(update),
            _ => true,
        };
        domains_ok && cert_ok
    }

    fn domains_match(&self, names: &[String]) -> bool {
        let globs_ok = self.domains.is_empty()
            || names
                .iter()
                .any(|name| self.domains.iter().any(|p| p.matches(name)));
        let regex_ok = self
            .regex
            .as_ref()
            .is_none_or(|re| names.iter().any(|name| re.is_match(name)));
        globs_ok && regex_ok
    }

    fn certificate_matches(&self, update: &CertificateUpdate) -> bool {
        let data = &update.data;
        let type_ok = self.update_type.is_none_or(|t| t == data.update_type);
        let issuer_ok = self.issuer.as_deref().is_none_or(|needle| {
            // CaliDog's server sent no leaf issuer; the chain's first
            // subject is the issuer too, when the stream carries the chain.
            let leaf_issuer = &data.leaf_cert.cert.issuer;
            let chain_issuer = data.chain.as_deref().and_then(|chain| chain.first());
            let names = [&leaf_issuer.o, &leaf_issuer.cn].into_iter().chain(
                chain_issuer
                    .into_iter()
                    .flat_map(|cert| [&cert.subject.o, &cert.subject.cn]),
            );
            names
                .flatten()
                .any(|value| value.to_lowercase().contains(needle))
        });
        let log_ok = self
            .log
            .as_deref()
            .is_none_or(|needle| data.source.url.to_lowercase().contains(needle));
        type_ok && issuer_ok && log_ok
    }
}

/// One `domain=` pattern.
#[derive(Debug, Clone)]
enum DomainPattern {
    Glob(WildMatch),
    /// Lower-cased name: matches itself and its subdomains.
    Name(String),
}

impl DomainPattern {
    fn new(pattern: &str) -> DomainPattern {
        if pattern.contains(['*', '?']) {
            DomainPattern::Glob(WildMatch::new_case_insensitive(pattern))
        } else {
            DomainPattern::Name(pattern.to_lowercase())
        }
    }

    fn matches(&self, domain: &str) -> bool {
        match self {
            DomainPattern::Glob(glob) => glob.matches(domain),
            DomainPattern::Name(name) => {
                let domain = domain.to_lowercase();
                domain == *name
                    || domain
                        .strip_suffix(name.as_str())
                        .is_some_and(|prefix| prefix.ends_with('.'))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dns(names: &[&str]) -> Message {
        let raw = serde_json::json!({"message_type": "dns_entries", "data": names}).to_string();
        match Message::parse(raw) {
            Ok(message) => message,
            Err(e) => panic!("test message does not parse: {e}"),
        }
    }

    fn passes(spec: FilterSpec, names: &[&str]) -> bool {
        match spec.compile() {
            Ok(filter) => filter.matches(&dns(names)),
            Err(e) => panic!("filter does not compile: {e}"),
        }
    }

    fn domains(patterns: &[&str]) -> FilterSpec {
        FilterSpec {
            domains: patterns.iter().map(|p| p.to_string()).collect(),
            ..FilterSpec::default()
        }
    }

    #[test]
    fn globs_match_case_insensitively() {
        assert!(passes(domains(&["*.example.com"]), &["WWW.Example.com"]));
        assert!(passes(domains(&["paypal*"]), &["paypal-login.net"]));
        assert!(!passes(domains(&["paypal*"]), &["my-paypal.net"]));
        assert!(!passes(domains(&["*.example.com"]), &["example.com"]));
    }

    #[test]
    fn plain_names_match_themselves_and_subdomains_only() {
        assert!(passes(domains(&["example.com"]), &["example.com"]));
        assert!(passes(domains(&["example.com"]), &["a.b.example.com"]));
        assert!(!passes(domains(&["example.com"]), &["badexample.com"]));
        assert!(!passes(domains(&["example.com"]), &["example.com.evil"]));
    }

    #[test]
    fn any_pattern_and_any_domain_is_enough() {
        assert!(passes(
            domains(&["a.test", "b.test"]),
            &["x.other", "b.test"]
        ));
        assert!(!passes(domains(&["a.test", "b.test"]), &["x.other"]));
    }

    #[test]
    fn regex_and_domain_combine_with_and() {
        let spec = FilterSpec {
            regex: Some("^login\\.".to_owned()),
            ..domains(&["*.bank"])
        };
        assert!(passes(spec.clone(), &["login.my.bank"]));
        assert!(!passes(spec.clone(), &["www.my.bank"]));
        assert!(!passes(spec, &["login.example.com"]));
    }

    #[test]
    fn oversized_regex_is_refused() {
        let spec = FilterSpec {
            regex: Some("\\w{1000}\\w{1000}\\w{1000}".to_owned()),
            ..FilterSpec::default()
        };
        assert!(matches!(spec.compile(), Err(Error::InvalidRegex(_))));
    }

    #[test]
    fn query_pairs_repeat_domain_and_name_update_types() {
        let spec = FilterSpec {
            update_type: Some(UpdateType::PrecertLogEntry),
            issuer: Some("Let's Encrypt".to_owned()),
            ..domains(&["a.test", "*.b.test"])
        };
        assert_eq!(
            spec.query_pairs(),
            vec![
                ("domain", "a.test".to_owned()),
                ("domain", "*.b.test".to_owned()),
                ("update_type", "precert".to_owned()),
                ("issuer", "Let's Encrypt".to_owned()),
            ]
        );
    }
}
