//! Stream filters (issue #6), one implementation for the server (which
//! filters before sending) and the `certstream` client (which filters again
//! locally, for servers that ignore the parameters).
//!
//! # Rules
//! Filters come as URL query parameters, parsed by [`Filter::from_query`]:
//!
//! | parameter | matches when |
//! |---|---|
//! | `domain=P` | some name in `all_domains` matches pattern `P` (below) |
//! | `regex=R` | some name in `all_domains` matches the Rust regex `R` |
//! | `update_type=T` | `T` is `x509`/`X509LogEntry` or `precert`/`PrecertLogEntry` and equals `data.update_type` |
//! | `issuer=S` | the leaf issuer's O or CN contains `S` |
//! | `log=S` | `data.source.url` contains `S` |
//!
//! - Every comparison is **case-insensitive** (DNS names, issuer names and
//!   URLs are compared lower-cased; a regex is compiled case-insensitive
//!   and runs on the lower-cased name).
//! - A `domain` pattern containing `*` or `?` is a **glob** over the whole
//!   name: `*` is any run of characters (dots included, possibly empty),
//!   `?` exactly one character. `*.example.com` matches `www.example.com`
//!   and `a.b.example.com` but not `example.com`; `paypal*` matches
//!   `paypal-login.net`.
//! - A pattern starting with `.` is a **suffix**: `.example.com` matches
//!   every name ending in `.example.com` (subdomains only).
//! - Any other pattern is a **name**: it matches that exact name or any
//!   subdomain of it (`example.com` matches `example.com` and
//!   `www.example.com`, not `badexample.com`).
//! - Every parameter may be repeated: values of the **same** parameter are
//!   OR'ed, **different** parameters are AND'ed.
//! - Empty values, unknown `update_type` values and regexes that do not
//!   compile (or compile larger than [`REGEX_SIZE_LIMIT`]) are errors, so a
//!   server can answer 400 before the upgrade. Unknown parameters are
//!   ignored: `since`, `format`, `dedupe`... belong to the server.
//! - A criterion needs data the message carries: a domains-only message
//!   ([`FilterMeta::from_domains`]) has only names, so only `domain` and
//!   `regex` apply to it; the others let it through.
//!
//! # Cost
//! The server extracts a [`FilterMeta`] once per certificate, with every
//! string already lower-cased; patterns are lower-cased once when parsed.
//! [`Filter::matches`] then only compares borrowed strings: no allocation
//! and no JSON, so a thousand clients with different filters cost a
//! thousand short loops per certificate. The usual glob shapes (`*X`,
//! `X*`, `*X*`) are compiled to `ends_with`/`starts_with`/`contains`;
//! other globs use the `wildmatch` crate (allocation-free matching).
//! `benches/filter.rs` measures it.

use crate::message::{Name, UpdateData};
use crate::UpdateType;
use regex::{Regex, RegexBuilder};
use serde::{Deserialize, Serialize};
use wildmatch::WildMatch;

/// The query parameters that are filters; a server owns every other one
/// (`since`, `format`, `dedupe`...).
pub const PARAMS: [&str; 5] = ["domain", "regex", "update_type", "issuer", "log"];

/// Largest compiled program a `regex=` may produce (bytes). A client
/// controls the pattern, so without a bound `\w{1000}{1000}` would cost
/// the server memory and time on every certificate.
pub const REGEX_SIZE_LIMIT: usize = 1024 * 1024;

/// Largest lazy-DFA cache one `regex=` may grow (bytes); past it the regex
/// engine falls back to slower search instead of using more memory.
pub const REGEX_DFA_SIZE_LIMIT: usize = 1024 * 1024;

/// What filters look at, extracted once per certificate.
///
/// Exists so that filtering never touches the JSON: the server keeps one
/// beside each rendered message ([`Rendered::filter_meta`](crate::Rendered::filter_meta))
/// and every client's [`Filter`] reads it. Strings are stored lower-cased.
///
/// Serialisable so that a server which renders certificates on one machine
/// can ship the facts with the message to servers that only fan out (the
/// NATS edge), which then never re-parse the JSON. The facts are trusted as
/// written: deserialise only what a [`FilterMeta`] constructor produced.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FilterMeta {
    /// `all_domains`, lower-cased.
    domains: Vec<String>,
    /// Certificate facts; `None` for a domains-only message.
    cert: Option<CertFacts>,
}

/// The facts only a certificate message carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct CertFacts {
    update_type: UpdateType,
    /// Lower-cased issuer O and CN, when present.
    issuer_o: Option<String>,
    issuer_cn: Option<String>,
    /// Lower-cased `source.url`.
    source_url: String,
}

impl FilterMeta {
    /// The facts of one certificate: its `all_domains`, entry type, leaf
    /// issuer and log URL.
    pub fn new(
        all_domains: &[String],
        update_type: UpdateType,
        issuer: &Name,
        source_url: &str,
    ) -> FilterMeta {
        FilterMeta {
            domains: all_domains.iter().map(|d| d.to_lowercase()).collect(),
            cert: Some(CertFacts {
                update_type,
                issuer_o: issuer.o.as_deref().map(str::to_lowercase),
                issuer_cn: issuer.cn.as_deref().map(str::to_lowercase),
                source_url: source_url.to_lowercase(),
            }),
        }
    }

    /// The facts of a received `certificate_update`, for filtering on the
    /// client side. When the leaf has no issuer O or CN (CaliDog's server
    /// omitted them), the first chain certificate's subject is used: it is
    /// the same name.
    pub fn from_update(data: &UpdateData) -> FilterMeta {
        let leaf_issuer = &data.leaf_cert.cert.issuer;
        let issuer = match data.chain.as_deref().and_then(<[_]>::first) {
            Some(first) if leaf_issuer.o.is_none() && leaf_issuer.cn.is_none() => &first.subject,
            _ => leaf_issuer,
        };
        FilterMeta::new(
            &data.leaf_cert.all_domains,
            data.update_type,
            issuer,
            &data.source.url,
        )
    }

    /// The facts of a domains-only message: names only, so only `domain`
    /// and `regex` filters apply to it.
    pub fn from_domains(domains: &[String]) -> FilterMeta {
        FilterMeta {
            domains: domains.iter().map(|d| d.to_lowercase()).collect(),
            cert: None,
        }
    }
}

/// Why a filter was refused; the message is meant for the HTTP 400 body.
#[derive(Debug, thiserror::Error)]
pub enum FilterError {
    /// `regex=` does not compile, or compiles too large.
    #[error("invalid regex filter {pattern:?}: {source}")]
    Regex {
        /// The pattern as given.
        pattern: String,
        /// What the regex crate reported.
        #[source]
        source: regex::Error,
    },
    /// `update_type=` is not one of the accepted names.
    #[error(
        "invalid update_type filter {0:?}: expected x509 or precert (or X509LogEntry, PrecertLogEntry)"
    )]
    UpdateType(String),
    /// A filter parameter without a value (`?domain=`), which would
    /// otherwise silently match everything or nothing.
    #[error("empty {0}= filter: give a value or leave the parameter out")]
    Empty(&'static str),
}

/// A client's compiled filters; see the [module docs](self) for the rules.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    domains: Vec<DomainPattern>,
    regexes: Vec<Regex>,
    update_types: Vec<UpdateType>,
    /// Lower-cased substrings.
    issuers: Vec<String>,
    /// Lower-cased substrings.
    logs: Vec<String>,
}

impl Filter {
    /// Parse the filter parameters among `pairs` (already percent-decoded
    /// query pairs, e.g. from `url::form_urlencoded::parse`). Other
    /// parameters are ignored.
    pub fn from_query<I, K, V>(pairs: I) -> Result<Filter, FilterError>
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<str>,
    {
        let mut filter = Filter::default();
        for (key, value) in pairs {
            let value = value.as_ref();
            let Some(&kind) = PARAMS.iter().find(|p| **p == key.as_ref()) else {
                continue;
            };
            if value.is_empty() {
                return Err(FilterError::Empty(kind));
            }
            match kind {
                "domain" => filter.domains.push(DomainPattern::new(value)),
                "regex" => filter.regexes.push(compile_regex(value)?),
                "update_type" => filter.update_types.push(parse_update_type(value)?),
                "issuer" => filter.issuers.push(value.to_lowercase()),
                _ => filter.logs.push(value.to_lowercase()),
            }
        }
        Ok(filter)
    }

    /// True when no filter was given: every message passes, and a server
    /// can skip matching altogether.
    pub fn is_empty(&self) -> bool {
        self.domains.is_empty()
            && self.regexes.is_empty()
            && self.update_types.is_empty()
            && self.issuers.is_empty()
            && self.logs.is_empty()
    }

    /// Whether a certificate with these facts passes every filter.
    pub fn matches(&self, meta: &FilterMeta) -> bool {
        let names = &meta.domains;
        let domain_ok = self.domains.is_empty()
            || names
                .iter()
                .any(|name| self.domains.iter().any(|p| p.matches(name)));
        let regex_ok = self.regexes.is_empty()
            || names
                .iter()
                .any(|name| self.regexes.iter().any(|re| re.is_match(name)));
        domain_ok && regex_ok && meta.cert.as_ref().is_none_or(|c| self.cert_matches(c))
    }

    fn cert_matches(&self, cert: &CertFacts) -> bool {
        let type_ok = self.update_types.is_empty() || self.update_types.contains(&cert.update_type);
        let issuer_ok = self.issuers.is_empty()
            || self.issuers.iter().any(|needle| {
                [&cert.issuer_o, &cert.issuer_cn]
                    .into_iter()
                    .flatten()
                    .any(|value| value.contains(needle.as_str()))
            });
        let log_ok = self.logs.is_empty()
            || self
                .logs
                .iter()
                .any(|needle| cert.source_url.contains(needle.as_str()));
        type_ok && issuer_ok && log_ok
    }
}

/// One `domain=` pattern, lower-cased. The glob shapes people actually
/// write (`*.example.com`, `paypal*`, `*bank*`) become plain string tests,
/// about ten times faster than the general glob matcher; the rest use it.
#[derive(Debug, Clone)]
enum DomainPattern {
    /// Any other pattern with `*` or `?`.
    Glob(WildMatch),
    /// `*X` (X without wildcards), or `.X`: names ending with it.
    Suffix(String),
    /// `X*`: names starting with it.
    Prefix(String),
    /// `*X*`: names containing it.
    Contains(String),
    /// No wildcards: the name itself or any subdomain of it.
    Name(String),
}

impl DomainPattern {
    fn new(pattern: &str) -> DomainPattern {
        let pattern = pattern.to_lowercase();
        let literal = |s: &str| !s.contains(['*', '?']);
        if literal(&pattern) {
            return if pattern.starts_with('.') {
                DomainPattern::Suffix(pattern)
            } else {
                DomainPattern::Name(pattern)
            };
        }
        let lead = pattern.strip_prefix('*');
        let trail = pattern.strip_suffix('*');
        match (lead, trail) {
            (Some(rest), _) if literal(rest) => DomainPattern::Suffix(rest.to_owned()),
            (_, Some(rest)) if literal(rest) => DomainPattern::Prefix(rest.to_owned()),
            (Some(rest), Some(_)) => match rest.strip_suffix('*') {
                Some(middle) if literal(middle) => DomainPattern::Contains(middle.to_owned()),
                _ => DomainPattern::Glob(WildMatch::new(&pattern)),
            },
            _ => DomainPattern::Glob(WildMatch::new(&pattern)),
        }
    }

    /// `name` must already be lower-cased.
    fn matches(&self, name: &str) -> bool {
        match self {
            DomainPattern::Glob(glob) => glob.matches(name),
            DomainPattern::Suffix(suffix) => name.ends_with(suffix.as_str()),
            DomainPattern::Prefix(prefix) => name.starts_with(prefix.as_str()),
            DomainPattern::Contains(middle) => name.contains(middle.as_str()),
            DomainPattern::Name(exact) => name
                .strip_suffix(exact.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.ends_with('.')),
        }
    }
}

fn compile_regex(pattern: &str) -> Result<Regex, FilterError> {
    RegexBuilder::new(pattern)
        .case_insensitive(true)
        .size_limit(REGEX_SIZE_LIMIT)
        .dfa_size_limit(REGEX_DFA_SIZE_LIMIT)
        .build()
        .map_err(|source| FilterError::Regex {
            pattern: pattern.to_owned(),
            source,
        })
}

fn parse_update_type(value: &str) -> Result<UpdateType, FilterError> {
    if value.eq_ignore_ascii_case("x509") || value.eq_ignore_ascii_case("X509LogEntry") {
        Ok(UpdateType::X509LogEntry)
    } else if value.eq_ignore_ascii_case("precert") || value.eq_ignore_ascii_case("PrecertLogEntry")
    {
        Ok(UpdateType::PrecertLogEntry)
    } else {
        Err(FilterError::UpdateType(value.to_owned()))
    }
}
