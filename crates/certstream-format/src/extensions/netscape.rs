//! Netscape IA5String extensions (`nsComment`, `nsBaseUrl`, ...):
//! `i2s_ASN1_IA5STRING`, printed up to the first NUL; empty fails.

use super::c_str;
use crate::der::{self, tag};

pub(super) fn ia5_string(value: &[u8]) -> Option<Vec<u8>> {
    let content = der::outer(value)?.expect(tag::IA5_STRING)?;
    (!content.is_empty()).then(|| c_str(content).to_vec())
}
