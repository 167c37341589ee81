//! Print the CERT object (+ `all_domains`) of every certificate in a PEM
//! or DER file, one JSON line each: the same output shape as the reference
//! oracle's `certstream_reference.py cert FILE`, so the two can be diffed
//! for certificates beyond the fixtures.
//!
//! `cargo run -p certstream-format --example describe -- FILE.pem`

use certstream_format::{render, EntryInput, UpdateType};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: describe FILE.pem|FILE.der")?;
    let bytes = std::fs::read(&path)?;
    let certs: Vec<Vec<u8>> = if path.ends_with(".der") {
        vec![bytes]
    } else {
        x509_parser::pem::Pem::iter_from_buffer(&bytes)
            .filter_map(Result::ok)
            .map(|p| p.contents)
            .collect()
    };
    for der in &certs {
        let rendered = render(&EntryInput {
            update_type: UpdateType::X509LogEntry,
            leaf_der: der,
            chain_der: &[],
            cert_index: 0,
            cert_link: "",
            seen: 0.0,
            source_url: "",
            source_name: "",
        });
        let full: serde_json::Value = serde_json::from_str(&rendered.full)?;
        println!("{}", full["data"]["leaf_cert"]);
    }
    Ok(())
}
