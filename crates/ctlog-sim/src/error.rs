//! The simulator's error type. Tests mostly `unwrap()` these, so variants are
//! few and the messages carry the detail.

use thiserror::Error;

/// Everything that can go wrong while building, feeding or driving the simulator.
#[derive(Debug, Error)]
pub enum SimError {
    /// A fixture file could not be read.
    #[error("reading {path}: {source}")]
    Io {
        /// The file or directory involved.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A fixture's content is malformed (bad JSON, base64 or TLS structure).
    #[error("bad fixture: {0}")]
    Fixture(String),
    /// A CT structure could not be encoded or decoded.
    #[error("encoding: {0}")]
    Encoding(String),
    /// Certificate minting failed (rcgen) or a DER structure was unexpected.
    #[error("minting: {0}")]
    Mint(String),
    /// No log has that name.
    #[error("no log named {0:?}")]
    UnknownLog(String),
    /// A log with that name already exists.
    #[error("a log named {0:?} already exists")]
    DuplicateLog(String),
    /// The request does not fit the log's state or configuration.
    #[error("{0}")]
    Invalid(String),
    /// A fixture log ran out of entries and is not configured to mint more.
    #[error("log {log:?} can publish only {available} more entries")]
    Exhausted {
        /// The log.
        log: String,
        /// How many entries are still available.
        available: u64,
    },
    /// Binding or serving the HTTP socket failed.
    #[error("server: {0}")]
    Server(#[from] std::io::Error),
}

impl From<rcgen::Error> for SimError {
    fn from(e: rcgen::Error) -> Self {
        SimError::Mint(e.to_string())
    }
}
