//! A client for [certstream](https://certstream.calidog.io/) servers: the
//! firehose of every certificate logged to Certificate Transparency, as a
//! typed, reconnecting Rust `Stream`.
//!
//! It is the Rust counterpart of certstream-python: [`listen_for_events`]
//! calls you back for every message and reconnects when the connection
//! drops. On top of that it offers a `Stream` API ([`connect`]), filters,
//! and **lossless resume**: against a server that stamps messages with a
//! cursor, the client reconnects with `?since=<cursor>` and misses nothing.
//!
//! # Quick start
//!
//! ```no_run
//! use futures::StreamExt;
//!
//! # async fn demo() -> Result<(), certstream::Error> {
//! let mut messages = certstream::connect(certstream::DEFAULT_URL).await?;
//! while let Some(message) = messages.next().await {
//!     if let certstream::Message::CertificateUpdate { update, .. } = message? {
//!         println!("{} {:?}", update.data.source.url, update.data.leaf_cert.all_domains);
//!     }
//! }
//! # Ok(())
//! # }
//! ```
//!
//! The callback style of certstream-python:
//!
//! ```no_run
//! # async fn demo() -> Result<(), certstream::Error> {
//! certstream::listen_for_events(certstream::DEFAULT_URL, |message| {
//!     println!("{:?}", message.domains());
//! })
//! .await
//! # }
//! ```
//!
//! # Configuration
//!
//! [`Client::builder`] sets the URL, the [`StreamKind`] (lite, full or
//! domains-only), filters, `since`, heartbeat skipping, the ping interval,
//! and the [`ReconnectPolicy`] (exponential backoff with jitter). TLS uses
//! rustls with the Mozilla root certificates (`webpki-roots`), so the
//! binary needs no system OpenSSL or CA bundle.
//!
//! # Filters
//!
//! `domain` (repeatable glob such as `*.example.com` or `paypal*`; a name
//! without wildcards matches itself and its subdomains; `.example.com`
//! matches subdomains only), `regex`, `update_type`, `issuer` and `log`
//! are sent to the server as query parameters, so a server that supports
//! them sends only what you want, and are applied again locally with the
//! server's own code (`certstream_format::filter`), so the result is the
//! same against a server that ignores them. Every comparison is
//! case-insensitive.
//!
//! ```no_run
//! # async fn demo() -> Result<(), certstream::Error> {
//! let client = certstream::Client::builder()
//!     .domain("*.bank.example")
//!     .regex(r"(login|secure)")
//!     .update_type(certstream::UpdateType::PrecertLogEntry)
//!     .build()?;
//! client.listen_for_events(|m| println!("{:?}", m.domains())).await
//! # }
//! ```
//!
//! # Models
//!
//! The message types are those the certstream server serialises with
//! (re-exported from `certstream-format`), so the two cannot disagree.
//! They tolerate unknown and missing optional fields, and every
//! [`Message`] keeps the raw JSON text.
//!
//! # Errors
//!
//! One [`Error`] enum; its docs show the common cases.

mod builder;
mod client;
mod connection;
mod error;
mod filter;
mod message;
mod message_stream;
mod reconnect;
mod stream_kind;
mod tls;

pub use builder::ClientBuilder;
pub use client::Client;
pub use error::Error;
pub use message::Message;
pub use message_stream::MessageStream;
pub use reconnect::ReconnectPolicy;
pub use stream_kind::StreamKind;

/// The serde models of every certstream message, shared with the server.
pub use certstream_format::message as models;
pub use certstream_format::message::{
    Cert, CertificateUpdate, DnsEntries, Heartbeat, LeafCert, Name, Source, Subject, UpdateData,
};
pub use certstream_format::UpdateType;
/// The websocket library, re-exported so that the error it reports inside
/// [`Error::Connect`] and [`Error::Connection`] can be inspected.
pub use tokio_tungstenite::tungstenite;

/// The public certstream server run by Cali Dog Security, the default
/// because it is the one every certstream tool points at. Its `/` is the
/// lite stream.
pub const DEFAULT_URL: &str = "wss://certstream.calidog.io/";

/// Connects to `url` with default settings and returns the message stream.
/// Shorthand for `Client::builder().url(url).build()?.connect().await`.
///
/// ```no_run
/// use futures::StreamExt;
/// # async fn demo() -> Result<(), certstream::Error> {
/// let mut messages = certstream::connect("ws://127.0.0.1:4000/domains-only").await?;
/// while let Some(message) = messages.next().await {
///     println!("{}", message?.domains().join(" "));
/// }
/// # Ok(())
/// # }
/// ```
pub async fn connect(url: &str) -> Result<MessageStream, Error> {
    Client::builder().url(url).build()?.connect().await
}

/// Calls `callback` for every message from `url`, reconnecting forever,
/// like certstream-python's `listen_for_events`. Returns only if the first
/// connection fails (see [`Client::listen_for_events`] for more control).
pub async fn listen_for_events<F>(url: &str, callback: F) -> Result<(), Error>
where
    F: FnMut(Message),
{
    Client::builder()
        .url(url)
        .build()?
        .listen_for_events(callback)
        .await
}

/// Compiles and runs the README's examples as doctests, so it cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
