//! Filters: sent to the server as query parameters, and applied again
//! locally.
//!
//! Why both: servers that support filters (certstream-server, issue #6)
//! save the bandwidth, while servers that do not (CaliDog's original, or
//! an older version) ignore unknown query parameters and send everything.
//! Re-checking locally makes the result the same either way, for the cost
//! of a few string comparisons per message.
//!
//! The rules are not restated here: the local check is
//! `certstream_format::filter`, the very code the server runs, fed the
//! same query pairs this module sends, so the two cannot disagree. See
//! that module for the exact semantics (globs, `.suffix`, names matching
//! their subdomains, case-insensitive everything, OR within a parameter,
//! AND across parameters). Domains-only messages are judged on their
//! names alone; heartbeats and unknown messages always pass.

use crate::{Error, Message};
use certstream_format::filter::{Filter, FilterError, FilterMeta};
use certstream_format::UpdateType;

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

    /// Compiles the filters from the same pairs the server gets; fails on
    /// a bad regex ([`Error::InvalidRegex`]) or an empty value
    /// ([`Error::InvalidFilter`]), as the server would.
    pub(crate) fn compile(&self) -> Result<LocalFilter, Error> {
        let pairs = self.query_pairs();
        let filter =
            Filter::from_query(pairs.iter().map(|(k, v)| (*k, v.as_str()))).map_err(|error| {
                match error {
                    FilterError::Regex { source, .. } => Error::InvalidRegex(source),
                    other => Error::InvalidFilter(other),
                }
            })?;
        Ok(LocalFilter { filter })
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
    filter: Filter,
}

impl LocalFilter {
    /// Whether `message` passes every filter.
    pub(crate) fn matches(&self, message: &Message) -> bool {
        if self.filter.is_empty() {
            return true;
        }
        match message {
            Message::CertificateUpdate { update, .. } => {
                self.filter.matches(&FilterMeta::from_update(&update.data))
            }
            Message::DnsEntries { entries, .. } => self
                .filter
                .matches(&FilterMeta::from_domains(&entries.data)),
            Message::Heartbeat { .. } | Message::Other { .. } => true,
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
    fn certificate_updates_are_judged_on_every_filter() {
        let raw = serde_json::json!({
            "message_type": "certificate_update",
            "data": {
                "update_type": "PrecertLogEntry",
                "leaf_cert": {
                    "issuer": {"O": "Let's Encrypt", "CN": "R11"},
                    "all_domains": ["login.my.bank"]
                },
                "source": {"url": "https://ct.example/2026h1/", "name": "x"}
            }
        })
        .to_string();
        let message = Message::parse(raw).unwrap_or_else(|e| panic!("{e}"));
        let check = |spec: FilterSpec| match spec.compile() {
            Ok(filter) => filter.matches(&message),
            Err(e) => panic!("filter does not compile: {e}"),
        };
        let spec = FilterSpec {
            update_type: Some(UpdateType::PrecertLogEntry),
            issuer: Some("encrypt".to_owned()),
            log: Some("2026H1".to_owned()),
            ..domains(&["bank"])
        };
        assert!(check(spec.clone()));
        assert!(!check(FilterSpec {
            update_type: Some(UpdateType::X509LogEntry),
            ..spec.clone()
        }));
        assert!(!check(FilterSpec {
            issuer: Some("DigiCert".to_owned()),
            ..spec.clone()
        }));
        assert!(!check(FilterSpec {
            log: Some("2025".to_owned()),
            ..spec
        }));
    }

    #[test]
    fn empty_filter_value_is_refused() {
        assert!(matches!(
            domains(&[""]).compile(),
            Err(Error::InvalidFilter(_))
        ));
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
