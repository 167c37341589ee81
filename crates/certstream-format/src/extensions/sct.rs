//! Certificate Transparency extensions: `ct_precert_scts` / `ct_cert_scts`
//! (`i2r_SCT_LIST` -> `SCT_print`, OpenSSL's multi-line layout with hex
//! dumps 16 bytes a line) and `ct_precert_poison` (`NULL`).
//!
//! The SCT list is TLS-encoded inside an OCTET STRING (RFC 6962 3.3);
//! decoding follows `o2i_SCT_LIST`/`o2i_SCT`: any length mismatch, or a
//! signature algorithm other than ECDSA/RSA with SHA-256, fails the whole
//! extension.

use crate::asn1_time;
use crate::der::{self, tag};

pub(super) fn print_poison(value: &[u8]) -> Option<Vec<u8>> {
    let null = der::outer(value)?;
    (null.expect(tag::NULL)?.is_empty()).then(|| b"NULL".to_vec())
}

/// A big-endian TLS reader.
struct Tls<'a>(&'a [u8]);

impl<'a> Tls<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.0.len() {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }

    fn uint(&mut self, n: usize) -> Option<u64> {
        Some(
            self.take(n)?
                .iter()
                .fold(0u64, |acc, &b| (acc << 8) | u64::from(b)),
        )
    }

    fn vec16(&mut self) -> Option<&'a [u8]> {
        let len = self.uint(2)? as usize;
        self.take(len)
    }
}

pub(super) fn print_list(value: &[u8]) -> Option<Vec<u8>> {
    let list = der::outer(value)?.expect(tag::OCTET_STRING)?;
    let mut r = Tls(list);
    let body = r.vec16()?;
    if !r.0.is_empty() {
        return None;
    }
    let mut scts = Tls(body);
    let mut out = Vec::new();
    let mut first = true;
    while !scts.0.is_empty() {
        let sct = scts.vec16()?;
        if sct.is_empty() {
            return None;
        }
        if !first {
            out.push(b'\n');
        }
        first = false;
        print_sct(sct, &mut out)?;
    }
    Some(out)
}

/// `o2i_SCT` + `SCT_print` at indent 0.
fn print_sct(sct: &[u8], out: &mut Vec<u8>) -> Option<()> {
    let (&version, _) = sct.split_first()?;
    out.extend_from_slice(b"Signed Certificate Timestamp:\n    Version   : ");
    if version != 0 {
        out.extend_from_slice(b"unknown\n                ");
        hex_string(sct, out);
        return Some(());
    }
    let mut r = Tls(sct);
    r.take(1)?;
    let log_id = r.take(32)?;
    let timestamp = r.uint(8)?;
    let extensions = r.vec16()?;
    // o2i_SCT_signature: at least hash, signature algorithm, length, 1 byte.
    if r.0.len() <= 4 {
        return None;
    }
    let hash = r.uint(1)?;
    let sig = r.uint(1)?;
    let algorithm = match (hash, sig) {
        (4, 3) => "ecdsa-with-SHA256",
        (4, 1) => "sha256WithRSAEncryption",
        _ => return None,
    };
    let signature = r.vec16()?;
    out.extend_from_slice(b"v1 (0x0)\n    Log ID    : ");
    hex_string(log_id, out);
    out.extend_from_slice(b"\n    Timestamp : ");
    asn1_time::print_sct_timestamp(timestamp, out);
    out.extend_from_slice(b"\n    Extensions: ");
    if extensions.is_empty() {
        out.extend_from_slice(b"none");
    } else {
        hex_string(extensions, out);
    }
    out.extend_from_slice(b"\n    Signature : ");
    out.extend_from_slice(algorithm.as_bytes());
    out.extend_from_slice(b"\n                ");
    hex_string(signature, out);
    Some(())
}

/// `BIO_hex_string(out, 16, 16, data)`: `AB:CD:..`, 16 bytes a line,
/// continuation lines indented by 16 spaces.
fn hex_string(data: &[u8], out: &mut Vec<u8>) {
    for (i, b) in data.iter().enumerate() {
        if i > 0 && i % 16 == 0 {
            out.extend_from_slice(b"\n                ");
        }
        out.extend_from_slice(format!("{b:02X}").as_bytes());
        if i + 1 < data.len() {
            out.push(b':');
        }
    }
}
