//! What per-client selection (server-side filters and `?dedupe=1`) reads
//! about one certificate, kept beside its frames in the hub.
//!
//! # Design
//! - **Extracted once per certificate, read by every client.** The
//!   pipeline takes the [`FilterMeta`] that rendering produced and the
//!   dedup [`issuance_key`](certstream_format::dedup::issuance_key) of the
//!   leaf, so a thousand clients with different filters compare borrowed
//!   strings and a 32-byte key, never JSON.
//! - **History entries rebuild the filter facts lazily.** The history
//!   stores keep only the wire forms and the issuance key (a NATS edge's
//!   live feed, by contrast, gets the facts in each message). An entry read
//!   back from history parses its lite JSON into [`FilterMeta`] the first
//!   time a filtering client asks ([`CertMeta::filter`]); unfiltered
//!   clients never pay for it, and live entries never do.

use std::sync::OnceLock;

use certstream_format::filter::FilterMeta;
use certstream_format::message::CertificateUpdate;

/// The identity of one issuance (see `certstream_format::dedup`).
pub type IssuanceKey = [u8; 32];

/// Filter facts and dedup key of one certificate.
#[derive(Debug, Default)]
pub struct CertMeta {
    /// Set at publish time for live entries; filled on first use for
    /// entries read back from history.
    filter: OnceLock<FilterMeta>,
    /// `None` when the leaf could not be taken apart: such an entry is
    /// never collapsed by dedup.
    issuance: Option<IssuanceKey>,
}

impl CertMeta {
    /// Metadata extracted while rendering (the live path).
    pub fn new(filter: FilterMeta, issuance: Option<IssuanceKey>) -> CertMeta {
        CertMeta {
            filter: OnceLock::from(filter),
            issuance,
        }
    }

    /// Metadata of an entry read back from history: the filter facts are
    /// derived from its lite JSON when first needed.
    pub fn deferred(issuance: Option<IssuanceKey>) -> CertMeta {
        CertMeta {
            filter: OnceLock::new(),
            issuance,
        }
    }

    /// The facts filters compare. `lite` is the entry's lite JSON, used
    /// only when they were not extracted at publish time; a message that
    /// does not parse as a `certificate_update` gets empty facts (it
    /// matches no `domain`/`regex` filter).
    pub fn filter(&self, lite: &str) -> &FilterMeta {
        self.filter.get_or_init(|| {
            serde_json::from_str::<CertificateUpdate>(lite)
                .map(|update| FilterMeta::from_update(&update.data))
                .unwrap_or_default()
        })
    }

    /// The dedup key, when the leaf had one.
    pub fn issuance(&self) -> Option<IssuanceKey> {
        self.issuance
    }

    /// The filter facts, if already extracted, and the dedup key: what a
    /// NATS ingest ships so that edges never rebuild the facts.
    pub fn into_parts(self) -> (Option<FilterMeta>, Option<IssuanceKey>) {
        (self.filter.into_inner(), self.issuance)
    }
}
