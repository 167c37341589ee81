//! The TLS settings for `wss://`: rustls with the *ring* provider and the
//! Mozilla root certificates (`webpki-roots`).
//!
//! Why explicit rather than tokio-tungstenite's default: rustls picks its
//! crypto provider from crate features, and panics when an application's
//! dependency tree enables two (ring and aws-lc-rs). Naming ring here
//! makes the client work whatever else is linked, keeps aws-lc (and its C
//! build) out, and needs no system OpenSSL or CA bundle.

use crate::Error;
use rustls::{ClientConfig, RootCertStore};
use std::sync::Arc;

/// A client TLS configuration, built once per [`Client`](crate::Client).
pub(crate) fn client_config() -> Result<Arc<ClientConfig>, Error> {
    let mut roots = RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    let config =
        ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()?
            .with_root_certificates(roots)
            .with_no_client_auth();
    Ok(Arc::new(config))
}
