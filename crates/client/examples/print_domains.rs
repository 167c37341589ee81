//! Print every new certificate's domain names, one certificate per line.
//!
//! ```text
//! cargo run -p certstream --example print_domains -- [URL]
//! ```
//! URL defaults to the public CaliDog server; the domains-only stream is
//! the cheapest way to get just the names.

use certstream::{Client, StreamKind};
use futures::StreamExt;

#[tokio::main]
async fn main() -> Result<(), certstream::Error> {
    let url = std::env::args()
        .nth(1)
        .unwrap_or_else(|| certstream::DEFAULT_URL.to_owned());
    let client = Client::builder()
        .url(url)
        .stream(StreamKind::DomainsOnly)
        .build()?;
    let mut messages = client.connect().await?;
    while let Some(message) = messages.next().await {
        match message {
            Ok(message) => println!("{}", message.domains().join(" ")),
            // One odd frame: note it and keep going.
            Err(certstream::Error::Decode { source, .. }) => eprintln!("skipped a frame: {source}"),
            // The reconnect policy gave up.
            Err(fatal) => return Err(fatal),
        }
    }
    Ok(())
}
