//! `wss://` goes through rustls and verifies the server against the
//! Mozilla roots: a local TLS server with a self-signed certificate is
//! reached (the handshake happens) and refused as untrusted.

use certstream::Error;
use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
use std::sync::Arc;
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

#[tokio::test]
async fn an_untrusted_certificate_is_refused() {
    let issued = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).expect("cert");
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(issued.signing_key.serialize_der()));
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("versions")
    .with_no_client_auth()
    .with_single_cert(vec![issued.cert.der().clone()], key)
    .expect("server config");
    let acceptor = TlsAcceptor::from(Arc::new(config));

    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let server = tokio::spawn(async move {
        let (tcp, _) = listener.accept().await.expect("accept");
        // The client aborts the handshake once it sees the certificate.
        acceptor.accept(tcp).await.map(|_| ())
    });

    let result = certstream::connect(&format!("wss://localhost:{port}/")).await;
    match result {
        Err(Error::Connect { source, .. }) => {
            // rustls' verdict, surfaced through tokio-rustls' I/O error.
            let text = source.to_string();
            assert!(
                text.contains("invalid peer certificate: UnknownIssuer"),
                "{text}"
            );
        }
        other => panic!("expected Connect, got {other:?}"),
    }
    let server_side = server.await.expect("server task");
    assert!(server_side.is_err(), "the server saw the client reject it");
}
