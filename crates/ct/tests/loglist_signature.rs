//! Google's log list signature, checked on a real signed pair
//! (`tests/data/loglists/google-v3-2026-05-29-reloading01.json` + `.sig`).

use ct::loglist_signature::{google_log_list_key, verify_log_list};

const LIST: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/data/loglists/google-v3-2026-05-29-reloading01.json"
);

fn pair() -> (Vec<u8>, Vec<u8>) {
    (
        std::fs::read(LIST).unwrap(),
        std::fs::read(format!("{LIST}.sig")).unwrap(),
    )
}

#[test]
fn real_google_list_verifies() {
    let (list, sig) = pair();
    verify_log_list(&list, &sig, &google_log_list_key()).unwrap();
}

#[test]
fn one_changed_byte_fails() {
    let (mut list, sig) = pair();
    // Flip a byte in the middle of the JSON (a log URL or key).
    let middle = list.len() / 2;
    list[middle] ^= 0x01;
    assert!(verify_log_list(&list, &sig, &google_log_list_key()).is_err());

    let (list, mut sig) = pair();
    sig[10] ^= 0x80;
    assert!(verify_log_list(&list, &sig, &google_log_list_key()).is_err());
}

#[test]
fn another_key_fails() {
    let (list, sig) = pair();
    // An EC key (a log key from the list itself) is refused outright.
    let parsed = ct::loglist::LogList::parse(&list).unwrap();
    let log_key = &parsed.watchable()[0].key;
    assert!(verify_log_list(&list, &sig, log_key).is_err());
}
