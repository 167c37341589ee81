//! `extendedKeyUsage` (`i2v_EXTENDED_KEY_USAGE`): purposes by OpenSSL long
//! name (`TLS Web Server Authentication`), unknown ones as dotted OIDs, in
//! certificate order. An empty list makes OpenSSL fail.

use super::{val_prn, ConfValue};
use crate::der::{self, tag};
use crate::oid;

pub(super) fn print(value: &[u8]) -> Option<Vec<u8>> {
    let mut values = Vec::new();
    for purpose in der::sequence_of(value)? {
        let name = oid::long_name_80(purpose.expect(tag::OID)?);
        values.push(ConfValue::new(None, Some(name.as_bytes()))?.into_owned());
    }
    if values.is_empty() {
        return None;
    }
    Some(val_prn(&values, false))
}
