//! `authorityInfoAccess` / `subjectInfoAccess`
//! (`i2v_AUTHORITY_INFO_ACCESS`, multi-line): `OCSP - URI:http://..\n`.

use super::general_name::GeneralName;
use super::val_prn;
use crate::der::{self, tag};
use crate::oid;

pub(super) fn print(value: &[u8]) -> Option<Vec<u8>> {
    let mut values = Vec::new();
    for desc in der::sequence_of(value)? {
        if !desc.is_universal(tag::SEQUENCE) {
            return None;
        }
        let mut r = desc.children()?;
        let method = r.next()?.expect(tag::OID)?;
        let location = GeneralName::decode(&r.next()?)?;
        if !r.is_empty() {
            return None;
        }
        let mut cv = location.to_conf()?;
        let name = cv.name_mut();
        let mut renamed = oid::long_name_80(method).into_owned().into_bytes();
        renamed.extend_from_slice(b" - ");
        renamed.extend_from_slice(name.as_deref().unwrap_or_default());
        *name = Some(renamed.into());
        values.push(cv);
    }
    Some(val_prn(&values, true))
}
