//! Where the list of logs comes from: Google's v3 log list by URL, or a
//! local file in the same format.
//!
//! # Design
//! The list is read once at start-up. A URL is fetched with the same HTTP
//! client the watchers use (same timeout, same user agent); anything that
//! is not an `http://` or `https://` URL is a file path, which keeps
//! offline runs and tests free of any web server for the list itself.
//! Parsing and choosing which logs are watchable is the `ct` crate's job.

use anyhow::Context;
use ct::loglist::{LogList, LogSource};

/// Load the log list at `location` and return the logs worth watching.
pub async fn load(location: &str, http: &reqwest::Client) -> anyhow::Result<Vec<LogSource>> {
    let bytes = if location.starts_with("http://") || location.starts_with("https://") {
        let response = http
            .get(location)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .with_context(|| format!("fetching log list {location}"))?;
        response
            .bytes()
            .await
            .with_context(|| format!("reading log list {location}"))?
            .to_vec()
    } else {
        tokio::fs::read(location)
            .await
            .with_context(|| format!("reading log list file {location}"))?
    };
    let list = LogList::parse(&bytes).with_context(|| format!("parsing log list {location}"))?;
    Ok(list.watchable())
}
