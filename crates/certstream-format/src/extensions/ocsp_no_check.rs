//! `noCheck` (id-pkix-ocsp-nocheck): OpenSSL decodes anything and prints
//! nothing, so the value is always `""`.

pub(super) fn print(_value: &[u8]) -> Option<Vec<u8>> {
    Some(Vec::new())
}
