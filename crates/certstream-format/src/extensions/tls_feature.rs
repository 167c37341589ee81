//! `tlsfeature` (RFC 7633, `i2v_TLS_FEATURE`): `status_request`,
//! `status_request_v2`, else the number.

use super::{val_prn, ConfValue};
use crate::der::{self, tag};
use crate::integer;

pub(super) fn print(value: &[u8]) -> Option<Vec<u8>> {
    let mut values = Vec::new();
    for feature in der::sequence_of(value)? {
        let content = feature.expect(tag::INTEGER)?;
        if !integer::is_valid(content) {
            return None;
        }
        let text = match integer::to_i64(content) {
            Some(5) => "status_request".to_owned(),
            Some(17) => "status_request_v2".to_owned(),
            _ => integer::to_string(content),
        };
        values.push(ConfValue::new(None, Some(text.as_bytes()))?.into_owned());
    }
    if values.is_empty() {
        return None;
    }
    Some(val_prn(&values, false))
}
