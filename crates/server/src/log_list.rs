//! Where the list of logs comes from, and what the operator adds or removes.
//!
//! # Design
//! - **URL or file.** Anything that is not an `http://` or `https://` URL
//!   is a file path, which keeps offline runs and tests free of any web
//!   server for the list itself.
//! - **Google's signature is checked for Google's list.** When the list is
//!   served by `www.gstatic.com`, `log_list.sig` is fetched from beside it
//!   (`log_list.json` → `log_list.sig`) and verified with Google's key
//!   compiled into `ct` (RSA PKCS#1 v1.5, SHA-256). A list that does not
//!   verify is refused: the previous list stays in force. Other URLs and
//!   files are the operator's own and are trusted as they are;
//!   `verify_log_list = false` (`--no-verify-log-list`) skips the check.
//! - **Config adds and removes logs.** `extra_logs` are appended (a private
//!   or test log); `exclude` drops every log whose URL contains one of its
//!   strings or whose log ID equals one. Both apply on every refresh.
//! - Parsing and choosing which logs are watchable is the `ct` crate's job.

use anyhow::Context;
use base64::prelude::{Engine, BASE64_STANDARD};
use ct::loglist::{LogList, LogSource, Protocol};
use ct::loglist_signature::{google_log_list_key, verify_log_list};
use serde::{Deserialize, Serialize};

/// Host whose lists are signed by Google.
const GOOGLE_HOST_PREFIX: &str = "https://www.gstatic.com/";

/// A log the config file adds to the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtraLog {
    /// Published as `source.name`.
    pub description: String,
    /// RFC 6962 base URL, or static-ct-api monitoring prefix.
    pub url: String,
    /// `rfc6962` or `static-ct`.
    pub kind: ExtraLogKind,
    /// Base64 DER SubjectPublicKeyInfo of the log key (tree heads are
    /// verified with it).
    pub key: String,
    /// Operator name, for the per-operator request budget.
    #[serde(default = "default_operator")]
    pub operator: String,
}

/// Which protocol an [`ExtraLog`] speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExtraLogKind {
    /// RFC 6962 `get-sth`/`get-entries`.
    #[serde(rename = "rfc6962")]
    Rfc6962,
    /// c2sp.org static-ct-api.
    #[serde(rename = "static-ct")]
    StaticCt,
}

fn default_operator() -> String {
    "extra".to_owned()
}

/// Everything that decides the set of logs.
#[derive(Debug, Clone)]
pub struct ListSettings {
    /// URL or path of the v3 list.
    pub location: String,
    /// Check Google's signature on a gstatic.com list.
    pub verify: bool,
    /// Logs to add.
    pub extra_logs: Vec<ExtraLog>,
    /// URL substrings or log IDs to drop.
    pub exclude: Vec<String>,
}

/// Load the log list and return the logs worth watching, with the
/// configured additions and exclusions applied.
pub async fn load(
    settings: &ListSettings,
    http: &reqwest::Client,
) -> anyhow::Result<Vec<LogSource>> {
    let location = &settings.location;
    let bytes = read(location, http).await?;
    if settings.verify && location.starts_with(GOOGLE_HOST_PREFIX) {
        let sig_location = signature_location(location);
        let signature = read(&sig_location, http).await?;
        verify_log_list(&bytes, &signature, &google_log_list_key())
            .with_context(|| format!("log list {location} is not signed by Google"))?;
        tracing::debug!(list = %location, "log list signature verified");
    }
    let list = LogList::parse(&bytes).with_context(|| format!("parsing log list {location}"))?;
    let mut sources = list.watchable();
    for extra in &settings.extra_logs {
        sources.push(extra_source(extra)?);
    }
    sources.retain(|s| {
        let excluded = settings
            .exclude
            .iter()
            .any(|x| s.url().contains(x.as_str()) || s.log_id == *x);
        if excluded {
            tracing::info!(log = s.url(), "excluded by configuration");
        }
        !excluded
    });
    Ok(sources)
}

/// `.../log_list.json` → `.../log_list.sig` (Google's naming).
pub fn signature_location(list: &str) -> String {
    match list.strip_suffix(".json") {
        Some(stem) => format!("{stem}.sig"),
        None => format!("{list}.sig"),
    }
}

async fn read(location: &str, http: &reqwest::Client) -> anyhow::Result<Vec<u8>> {
    if location.starts_with("http://") || location.starts_with("https://") {
        let response = http
            .get(location)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .with_context(|| format!("fetching {location}"))?;
        Ok(response
            .bytes()
            .await
            .with_context(|| format!("reading {location}"))?
            .to_vec())
    } else {
        tokio::fs::read(location)
            .await
            .with_context(|| format!("reading file {location}"))
    }
}

fn extra_source(extra: &ExtraLog) -> anyhow::Result<LogSource> {
    let key = BASE64_STANDARD
        .decode(&extra.key)
        .with_context(|| format!("extra log {}: key is not base64", extra.url))?;
    let log_id = BASE64_STANDARD.encode(ct::signature::log_id(&key));
    let url = if extra.url.ends_with('/') {
        extra.url.clone()
    } else {
        format!("{}/", extra.url)
    };
    let protocol = match extra.kind {
        ExtraLogKind::Rfc6962 => Protocol::Rfc6962 { url },
        ExtraLogKind::StaticCt => Protocol::StaticCt {
            submission_url: url.clone(),
            monitoring_url: url,
        },
    };
    Ok(LogSource {
        log_id,
        description: extra.description.clone(),
        operator: extra.operator.clone(),
        key,
        protocol,
        state: "usable".to_owned(),
        final_tree_size: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data/loglists");

    #[test]
    fn signature_sits_beside_the_list() {
        assert_eq!(
            signature_location("https://www.gstatic.com/ct/log_list/v3/log_list.json"),
            "https://www.gstatic.com/ct/log_list/v3/log_list.sig"
        );
        assert_eq!(
            signature_location("https://www.gstatic.com/ct/log_list/v3/all_logs_list.json"),
            "https://www.gstatic.com/ct/log_list/v3/all_logs_list.sig"
        );
    }

    #[tokio::test]
    async fn extra_logs_are_added_and_exclusions_applied() {
        let path = format!("{DATA}/google-v3-2026-05-29-reloading01.json");
        let all = load(
            &ListSettings {
                location: path.clone(),
                verify: true,
                extra_logs: vec![],
                exclude: vec![],
            },
            &reqwest::Client::new(),
        )
        .await
        .unwrap();
        let (donor, victim) = (all[0].clone(), all[1].clone());
        let settings = ListSettings {
            location: path,
            verify: true,
            extra_logs: vec![ExtraLog {
                description: "my log".into(),
                url: "https://ct.example/log".into(),
                kind: ExtraLogKind::StaticCt,
                key: BASE64_STANDARD.encode(&donor.key),
                operator: "me".into(),
            }],
            exclude: vec![victim.log_id.clone(), "googleapis.com/logs/eu1".into()],
        };
        let got = load(&settings, &reqwest::Client::new()).await.unwrap();
        assert!(!got.iter().any(|s| s.log_id == victim.log_id));
        assert!(!got
            .iter()
            .any(|s| s.url().contains("googleapis.com/logs/eu1")));
        let mine = got.iter().find(|s| s.operator == "me").unwrap();
        assert_eq!(mine.url(), "https://ct.example/log/");
        assert_eq!(mine.key, donor.key);
        assert_eq!(mine.log_id, donor.log_id, "log ID derived from the key");
        assert!(got.len() < all.len());
    }
}
