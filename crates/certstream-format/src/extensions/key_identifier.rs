//! `subjectKeyIdentifier` (`i2s_ASN1_OCTET_STRING`: `AB:CD:..`) and
//! `authorityKeyIdentifier` (`i2v_AUTHORITY_KEYID`, multi-line:
//! `keyid:..\n`, then issuer names, then `serial:..\n`).

use super::general_name;
use super::{hex_colon, val_prn, ConfValue};
use crate::der::{self, tag};

pub(super) fn subject_key_identifier(value: &[u8]) -> Option<Vec<u8>> {
    let content = der::outer(value)?.expect(tag::OCTET_STRING)?;
    Some(hex_colon(content).into_bytes())
}

pub(super) fn authority_key_identifier(value: &[u8]) -> Option<Vec<u8>> {
    let seq = der::outer(value)?;
    if !seq.is_universal(tag::SEQUENCE) {
        return None;
    }
    let mut r = seq.children()?;
    let keyid = r.optional(|t| t.is_context(0) && !t.constructed)?;
    let issuer = r.optional(|t| t.is_context(1) && t.constructed)?;
    let serial = r.optional(|t| t.is_context(2) && !t.constructed)?;
    if !r.is_empty() {
        return None;
    }
    let mut values = Vec::new();
    if let Some(k) = keyid {
        values.push(ConfValue::pair("keyid", &hex_colon(k.content)));
    }
    if let Some(i) = issuer {
        let names = general_name::decode_all(i.children()?)?;
        values.extend(general_name::to_conf_all(&names)?);
    }
    if let Some(s) = serial {
        if !crate::integer::is_valid(s.content) {
            return None;
        }
        // ASN1_INTEGER keeps the magnitude without sign padding.
        let (_, magnitude) = crate::integer::magnitude(s.content);
        let bytes = if magnitude.is_empty() {
            vec![0]
        } else {
            magnitude
        };
        values.push(ConfValue::pair("serial", &hex_colon(&bytes)));
    }
    if values.is_empty() {
        return None;
    }
    Some(val_prn(&values, true))
}
