//! Log positions shared by every ingest node, in a JetStream KV bucket.
//!
//! # Design
//! - **One key per log** (the URL in URL-safe base64, since KV keys allow
//!   only `[-/_=.a-zA-Z0-9]`), the value the decimal index of the next
//!   entry to publish.
//! - **Forward only, by compare-and-set.** Active-active ingests write the
//!   same keys; each write reads the current revision and updates only if
//!   its value is larger, retrying on a lost race. The bucket therefore
//!   holds the group's furthest progress, and a node that lags behind its
//!   twin cannot pull the position back.
//! - **Recorded only after JetStream acknowledged the batch** (see
//!   `ingest`), so everything before a stored position is in the stream:
//!   resuming there never skips an entry, and whatever is repeated is
//!   dropped by the duplicate window. Unlike the embedded store this needs
//!   no "one batch behind": an acknowledged message is already replicated.

use std::collections::HashMap;

use anyhow::Context as _;
use async_nats::jetstream::{kv, stream};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use futures::TryStreamExt;

use crate::nats::jetstream::JetStream;

/// Handle on the positions bucket; cheap to clone.
#[derive(Debug, Clone)]
pub struct Positions {
    store: kv::Store,
}

impl Positions {
    /// Open the bucket, creating it (or updating its replicas) if needed.
    ///
    /// The bucket's stream is set up here with the settings the KV API
    /// gives a bucket, rather than with `create_key_value`: the client asks
    /// the server for account limits first and cannot read a 2.9 server's
    /// answer. `get_key_value` then only looks the stream up.
    pub async fn open(js: &JetStream) -> anyhow::Result<Positions> {
        let bucket = js.settings.positions_bucket();
        js.ensure(stream::Config {
            name: format!("KV_{bucket}"),
            description: Some("certstream: next index of each CT log".to_owned()),
            subjects: vec![format!("$KV.{bucket}.>")],
            max_messages_per_subject: 1,
            max_bytes: -1,
            max_message_size: -1,
            storage: stream::StorageType::File,
            num_replicas: js.settings.replicas,
            allow_rollup: true,
            deny_delete: true,
            allow_direct: true,
            discard: stream::DiscardPolicy::New,
            ..Default::default()
        })
        .await?;
        let store = js
            .context
            .get_key_value(&bucket)
            .await
            .with_context(|| format!("opening KV bucket {bucket}"))?;
        Ok(Positions { store })
    }

    /// Every stored position, by log URL.
    pub async fn load(&self) -> anyhow::Result<HashMap<String, u64>> {
        let keys: Vec<String> = self
            .store
            .keys()
            .await
            .context("listing log positions")?
            .try_collect()
            .await
            .context("listing log positions")?;
        let mut out = HashMap::new();
        for key in keys {
            let Some(url) = url_of(&key) else {
                tracing::warn!(key, "ignoring a positions key that is not a log URL");
                continue;
            };
            if let Some(value) = self.store.get(&key).await.context("reading a position")? {
                if let Some(next) = parse(&value) {
                    out.insert(url, next);
                }
            }
        }
        Ok(out)
    }

    /// Record that `url` resumes at `next`, unless a position at least as
    /// far is already stored.
    pub async fn advance(&self, url: &str, next: u64) -> anyhow::Result<()> {
        let key = URL_SAFE_NO_PAD.encode(url);
        let value = bytes::Bytes::from(next.to_string());
        loop {
            let current = self.store.entry(&key).await.context("reading a position")?;
            let written = match current {
                Some(entry) if entry.operation == kv::Operation::Put => {
                    if parse(&entry.value).is_some_and(|stored| stored >= next) {
                        return Ok(());
                    }
                    self.store
                        .update(&key, value.clone(), entry.revision)
                        .await
                        .map_err(|e| e.kind() == kv::UpdateErrorKind::WrongLastRevision)
                }
                _ => self
                    .store
                    .create(&key, value.clone())
                    .await
                    .map_err(|e| e.kind() == kv::CreateErrorKind::AlreadyExists),
            };
            match written {
                Ok(_) => return Ok(()),
                // Another node wrote first: look again.
                Err(true) => continue,
                Err(false) => anyhow::bail!("saving the position of {url} in NATS KV failed"),
            }
        }
    }
}

/// The log URL a key stands for.
fn url_of(key: &str) -> Option<String> {
    String::from_utf8(URL_SAFE_NO_PAD.decode(key).ok()?).ok()
}

fn parse(value: &[u8]) -> Option<u64> {
    std::str::from_utf8(value).ok()?.parse().ok()
}
