//! `privateKeyUsagePeriod` (`i2r_PKEY_USAGE_PERIOD`):
//! `Not Before: <time>, Not After: <time>`.

use crate::asn1_time;
use crate::der::{self, tag};

pub(super) fn print(value: &[u8]) -> Option<Vec<u8>> {
    let seq = der::outer(value)?;
    if !seq.is_universal(tag::SEQUENCE) {
        return None;
    }
    let mut r = seq.children()?;
    let not_before = r.optional(|t| t.is_context(0) && !t.constructed)?;
    let not_after = r.optional(|t| t.is_context(1) && !t.constructed)?;
    if !r.is_empty() {
        return None;
    }
    let mut out = Vec::new();
    if let Some(t) = not_before {
        out.extend_from_slice(b"Not Before: ");
        asn1_time::print_generalized(t.content, &mut out);
        if not_after.is_some() {
            out.extend_from_slice(b", ");
        }
    }
    if let Some(t) = not_after {
        out.extend_from_slice(b"Not After: ");
        asn1_time::print_generalized(t.content, &mut out);
    }
    Some(out)
}
