//! Policy processing extensions: `policyConstraints` (`Require Explicit
//! Policy:0, Inhibit Policy Mapping:0`), `policyMappings`
//! (`issuer-OID:subject-OID, ...`) and `inhibitAnyPolicy` (an integer).

use super::{val_prn, ConfValue};
use crate::der::{self, tag};
use crate::{integer, oid};

pub(super) fn policy_constraints(value: &[u8]) -> Option<Vec<u8>> {
    let seq = der::outer(value)?;
    if !seq.is_universal(tag::SEQUENCE) {
        return None;
    }
    let mut r = seq.children()?;
    let explicit = r.optional(|t| t.is_context(0) && !t.constructed)?;
    let inhibit = r.optional(|t| t.is_context(1) && !t.constructed)?;
    if !r.is_empty() {
        return None;
    }
    let mut values = Vec::new();
    for (label, field) in [
        ("Require Explicit Policy", explicit),
        ("Inhibit Policy Mapping", inhibit),
    ] {
        if let Some(f) = field {
            if !integer::is_valid(f.content) {
                return None;
            }
            values.push(ConfValue::pair(label, &integer::to_string(f.content)));
        }
    }
    if values.is_empty() {
        return None;
    }
    Some(val_prn(&values, false))
}

pub(super) fn policy_mappings(value: &[u8]) -> Option<Vec<u8>> {
    let mut values = Vec::new();
    for mapping in der::sequence_of(value)? {
        if !mapping.is_universal(tag::SEQUENCE) {
            return None;
        }
        let mut r = mapping.children()?;
        let issuer = oid::long_name_80(r.next()?.expect(tag::OID)?);
        let subject = oid::long_name_80(r.next()?.expect(tag::OID)?);
        if !r.is_empty() {
            return None;
        }
        values.push(ConfValue::pair(&issuer, &subject));
    }
    if values.is_empty() {
        return None;
    }
    Some(val_prn(&values, false))
}

pub(super) fn inhibit_any_policy(value: &[u8]) -> Option<Vec<u8>> {
    let content = der::outer(value)?.expect(tag::INTEGER)?;
    integer::is_valid(content).then(|| integer::to_string(content).into_bytes())
}
