//! Flag new certificates whose names look like phishing: a keyword list
//! matched against every domain.
//!
//! ```text
//! cargo run -p certstream --example phishing_keywords -- [URL]
//! ```
//! The keywords also go to the server as one `regex` filter, so a server
//! that supports filters sends only candidates; the client re-applies it,
//! so the output is the same against one that does not.

use certstream::Client;

/// Brands and words that phishing domains typically borrow.
const KEYWORDS: &[&str] = &[
    "paypal",
    "appleid",
    "icloud",
    "microsoft",
    "office365",
    "outlook",
    "netflix",
    "amazon",
    "login",
    "signin",
    "verify",
    "account",
    "secure",
    "wallet",
    "banking",
];

#[tokio::main]
async fn main() -> Result<(), certstream::Error> {
    let url = std::env::args()
        .nth(1)
        .unwrap_or_else(|| certstream::DEFAULT_URL.to_owned());
    let pattern = format!("(?i)({})", KEYWORDS.join("|"));
    let client = Client::builder().url(url).regex(pattern).build()?;
    client
        .listen_for_events(|message| {
            for domain in message.domains() {
                let lower = domain.to_lowercase();
                let hits: Vec<&str> = KEYWORDS
                    .iter()
                    .copied()
                    .filter(|k| lower.contains(k))
                    .collect();
                if !hits.is_empty() {
                    println!("{domain}\t{}", hits.join(","));
                }
            }
        })
        .await
}
