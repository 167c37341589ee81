//! `subjectAltName`, `issuerAltName`, `certificateIssuer`
//! (`i2v_GENERAL_NAMES`, one line: `DNS:a, DNS:b`), and the dNSNames that
//! `all_domains` takes from the decoded SAN.

use super::general_name::{self, GeneralName};
use super::val_prn;
use crate::der::{self, tag};

/// Decode a GeneralNames extension value.
fn decode(value: &[u8]) -> Option<Vec<GeneralName<'_>>> {
    let seq = der::outer(value)?;
    if !seq.is_universal(tag::SEQUENCE) {
        return None;
    }
    general_name::decode_all(seq.children()?)
}

pub(super) fn print(value: &[u8]) -> Option<Vec<u8>> {
    let names = decode(value)?;
    Some(val_prn(&general_name::to_conf_all(&names)?, false))
}

/// The dNSName strings of a SAN value, in order (empty when it does not
/// decode), as text with invalid UTF-8 replaced.
pub(crate) fn dns_names(value: &[u8]) -> Vec<String> {
    decode(value)
        .unwrap_or_default()
        .iter()
        .filter_map(|gn| match gn {
            GeneralName::Dns(s) => Some(String::from_utf8_lossy(s).into_owned()),
            _ => None,
        })
        .collect()
}
