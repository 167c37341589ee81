//! `basicConstraints` (`i2v_BASIC_CONSTRAINTS`): `CA:TRUE, pathlen:0`.

use super::{val_prn, ConfValue};
use crate::der::{self, tag};
use crate::integer;

pub(super) fn print(value: &[u8]) -> Option<Vec<u8>> {
    let seq = der::outer(value)?;
    if !seq.is_universal(tag::SEQUENCE) {
        return None;
    }
    let mut r = seq.children()?;
    let ca = match r.optional(|t| t.is_universal(tag::BOOLEAN))? {
        // OpenSSL takes any non-zero octet as TRUE.
        Some(b) => match b.content {
            [v] => *v != 0,
            _ => return None,
        },
        None => false,
    };
    let pathlen = r.optional(|t| t.is_universal(tag::INTEGER))?;
    if !r.is_empty() {
        return None;
    }
    let mut values = vec![ConfValue::pair("CA", if ca { "TRUE" } else { "FALSE" })];
    if let Some(p) = pathlen {
        if !integer::is_valid(p.content) {
            return None;
        }
        values.push(ConfValue::pair("pathlen", &integer::to_string(p.content)));
    }
    Some(val_prn(&values, false))
}
