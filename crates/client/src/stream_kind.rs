//! Which of a certstream server's three websocket endpoints to read.
//!
//! Paths are joined relative to the configured URL, so a server mounted
//! under a prefix (`wss://host/certstream/`) works as well as one at the
//! root.

/// One of the three streams every certstream server offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum StreamKind {
    /// `/`: every certificate without the chain and without `as_der`.
    /// The cheapest stream that still has the full leaf certificate.
    #[default]
    Lite,
    /// `/full-stream`: with the chain and the DER of every certificate.
    Full,
    /// `/domains-only`: only each certificate's domain names.
    DomainsOnly,
}

impl StreamKind {
    /// The path relative to the server's base URL.
    pub(crate) fn relative_path(self) -> &'static str {
        match self {
            StreamKind::Lite => "./",
            StreamKind::Full => "full-stream",
            StreamKind::DomainsOnly => "domains-only",
        }
    }
}
