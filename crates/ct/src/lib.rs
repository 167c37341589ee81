//! Certificate Transparency, from the monitor's side.
//!
//! This crate knows how to read CT logs and nothing about certstream: it
//! fetches and parses Google's v3 log list, speaks both log protocols
//! (RFC 6962 `get-sth`/`get-entries` and c2sp.org static-ct-api
//! `checkpoint`/`tile/data`/`issuer`), and decodes what they return into
//! [`entry::LogEntry`] values: a leaf certificate (or pre-certificate) plus
//! its chain, as DER bytes exactly as logged.
//!
//! Keeping it free of certstream concepts lets the server, the backfill tool
//! and any future auditor share one implementation of the wire protocols.

pub mod checkpoint;
pub mod entry;
pub mod error;
pub mod issuer_cache;
pub mod loglist;
pub mod rfc6962;
pub mod static_ct;
pub mod tile;

pub use entry::{EntryType, LogEntry};
pub use error::{DecodeError, FetchError};
