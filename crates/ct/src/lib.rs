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
//!
//! Layout: one module per concept. The protocol clients ([`rfc6962`],
//! [`static_ct`]) share the private `http` (GET → bytes or [`FetchError`]),
//! `tls` (TLS presentation-language reader) and `timestamped_entry`
//! modules; [`signature`] verifies tree head signatures for both;
//! [`loglist_signature`] checks Google's signature on its log list;
//! [`tile`] is tile path arithmetic; [`issuer_cache`] is the
//! content-addressed issuer store shared by all static-ct-api logs.

#![warn(missing_docs)]

pub mod checkpoint;
pub mod entry;
pub mod error;
mod http;
pub mod issuer_cache;
pub mod loglist;
pub mod loglist_signature;
pub mod rfc6962;
pub mod signature;
pub mod static_ct;
pub mod tile;
mod timestamped_entry;
mod tls;

pub use entry::{EntryType, LogEntry};
pub use error::{DecodeError, FetchError};
pub use signature::SignatureError;
