//! A local Certificate Transparency log simulator for tests and benchmarks.
//!
//! One HTTP server on 127.0.0.1 serves any number of logs, each under its own
//! path prefix (`http://127.0.0.1:PORT/<name>/`), speaking either RFC 6962
//! (`ct/v1/get-sth`, `get-entries`, `get-roots`) or c2sp.org/static-ct-api
//! (`checkpoint`, `tile/data/...`, `tile/<L>/...`, `issuer/...`), plus a
//! Google v3 log list at `/log_list.json` that describes them. Logs serve
//! real fixture data (`tests/data`) or certificates minted on the fly with
//! rcgen, grow on demand or at a configured rate, and can be told to
//! misbehave ([`Fault`]) and asked what was requested.
//!
//! **Independence from `crates/ct`.** Every CT structure served here
//! (MerkleTreeLeaf, TimestampedEntry, X509ChainEntry/PrecertChainEntry
//! `extra_data`, TileLeaf, STH and checkpoint signatures, Merkle hashes) is
//! encoded by this crate's own code, which deliberately does not depend on
//! `crates/ct`. The simulator is the test oracle for `ct`'s decoders; an
//! independent encoder keeps a symmetric bug (the same mistake on both
//! sides) from passing the tests.
//!
//! ```no_run
//! # async fn demo() -> Result<(), ctlog_sim::SimError> {
//! use ctlog_sim::{Endpoint, Fault, LogSpec, Simulator};
//! let sim = Simulator::builder()
//!     .rfc6962_fixture("argon", "tests/data/rfc6962/live2026-argon2026h2-get-entries-1111014090-1111014109.json", 1111014090)
//!     .log(LogSpec::static_ct_minted("tiled").rate(100.0))
//!     .start()
//!     .await?;
//! let argon = sim.log("argon")?;
//! // point the monitor at sim.log_list_url(), let it read the head, then:
//! argon.publish(5)?;
//! argon.inject(Endpoint::GetEntries, Fault::Status { code: 429, retry_after: None }, 2)?;
//! let first = argon.entry(1111014090).expect("held");
//! # let _ = first; Ok(()) }
//! ```

mod der;
mod entry;
mod error;
mod fault;
mod fixture;
mod http;
mod leaf;
mod log;
mod log_key;
mod log_list;
mod merkle;
mod mint;
mod reply;
mod rfc6962_api;
mod simulator;
mod static_api;
pub mod tile_path;
mod tls;

pub use entry::{Protocol, SimEntry};
pub use error::SimError;
pub use fault::{Endpoint, Fault};
pub use leaf::EntryType;
pub use log::LogHandle;
pub use log_key::tree_head_input;
pub use merkle::{leaf_hash, node_hash, Hash};
pub use simulator::{Issuance, LogSpec, Placement, Simulator, SimulatorBuilder};
