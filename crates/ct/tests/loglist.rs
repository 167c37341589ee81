//! Log list parsing on the three real lists in tests/data/loglists.

mod common;

use common::read;
use ct::loglist::{LogList, Protocol};

fn list(name: &str) -> LogList {
    LogList::parse(&read(&format!("loglists/{name}"))).unwrap()
}

fn count_by_protocol(list: &LogList) -> (usize, usize) {
    let rfc = list.operators.iter().map(|o| o.logs.len()).sum();
    let tiled = list.operators.iter().map(|o| o.tiled_logs.len()).sum();
    (rfc, tiled)
}

#[test]
fn parses_all_logs_of_the_real_lists() {
    // Counts from tests/data/FIXTURES.md.
    assert_eq!(
        count_by_protocol(&list("google-v3-2026-01-20-azul.json")),
        (49, 26)
    );
    assert_eq!(
        count_by_protocol(&list("google-v3-2026-05-29-reloading01.json")),
        (35, 21)
    );
    let azul = list("google-v3-2026-01-20-azul.json");
    assert_eq!(azul.version.as_deref(), Some("81.14"));
    assert_eq!(
        azul.log_list_timestamp.as_deref(),
        Some("2026-01-20T12:54:10Z")
    );
}

#[test]
fn watchable_logs_of_the_2026_list() {
    let list = list("google-v3-2026-01-20-azul.json");
    let logs = list.watchable();
    // By state (counted with a JSON tool): RFC 6962 36 usable + 9 readonly
    // (4 retired excluded); tiled 25 usable + 1 qualified.
    let rfc: Vec<_> = logs
        .iter()
        .filter(|l| matches!(l.protocol, Protocol::Rfc6962 { .. }))
        .collect();
    let tiled: Vec<_> = logs
        .iter()
        .filter(|l| matches!(l.protocol, Protocol::StaticCt { .. }))
        .collect();
    assert_eq!((rfc.len(), tiled.len()), (45, 26));
    assert_eq!(logs.iter().filter(|l| l.state == "readonly").count(), 9);
    assert_eq!(logs.iter().filter(|l| l.state == "qualified").count(), 1);

    for log in &logs {
        assert!(log.url().ends_with('/'), "{}", log.url());
        assert!(!log.operator.is_empty());
        // log_id is SHA-256 of the DER key.
        assert_eq!(
            common::b64(&log.log_id),
            ct::signature::log_id(&log.key).to_vec(),
            "{}",
            log.description
        );
        assert_eq!(log.final_tree_size.is_some(), log.state == "readonly");
    }
    let mammoth = logs
        .iter()
        .find(|l| l.description == "Sectigo 'Mammoth2026h1'")
        .unwrap();
    assert_eq!(mammoth.final_tree_size, Some(65_240_567));
    assert_eq!(mammoth.operator, "Sectigo");
    let tiled_url = tiled[0].url();
    match &tiled[0].protocol {
        Protocol::StaticCt {
            monitoring_url,
            submission_url,
        } => {
            assert_eq!(tiled_url, monitoring_url);
            assert!(submission_url.ends_with('/'));
        }
        Protocol::Rfc6962 { .. } => unreachable!(),
    }
}

#[test]
fn old_sample_list_quirks() {
    let list = list("ctgo-loglist3-2022-sample.json");
    let logs = list.watchable();
    let names: Vec<&str> = logs.iter().map(|l| l.description.as_str()).collect();
    // Racketeer has no state and Bob's log is retired: neither is watched.
    assert_eq!(
        names,
        [
            "Google 'Aviator' log",
            "Google 'Icarus' log",
            "Google 'Rocketeer' log",
            "Google 'Argon2020' log"
        ]
    );
    assert_eq!(logs[0].state, "readonly");
    assert_eq!(logs[0].final_tree_size, Some(46_466_472));
    assert_eq!(logs[3].state, "qualified");
    assert_eq!(logs[0].url(), "https://ct.googleapis.com/aviator/");
    // A URL without the trailing slash gets one.
    let bob = &list.operators[1].logs[0];
    assert_eq!(bob.url, "https://log.bob.io");
    assert_eq!(bob.state.as_ref().and_then(|s| s.name()), Some("retired"));
}

#[test]
fn tolerant_of_unknown_fields_and_states_strict_on_shape() {
    let json = br#"{"operators":[{"name":"Op","email":[],"future_field":1,"logs":[
        {"description":"A","log_id":"AA==","key":"AQID","url":"https://a.example","mmd":86400,
         "state":{"usable":{"timestamp":"2026-01-01T00:00:00Z"}},"log_type":"test","dns":"x"},
        {"description":"B","log_id":"AA==","key":"AQID","url":"https://b.example/",
         "state":{"frozen_solid":{"timestamp":"2026-01-01T00:00:00Z"}}},
        {"description":"C","log_id":"AA==","key":"not base64!","url":"https://c.example/",
         "state":{"usable":{"timestamp":"2026-01-01T00:00:00Z"}}}
    ]}]}"#;
    let logs = LogList::parse(json).unwrap().watchable();
    assert_eq!(logs.len(), 1, "unknown state and bad key are skipped");
    assert_eq!(logs[0].url(), "https://a.example/");
    assert_eq!(logs[0].key, vec![1, 2, 3]);

    assert!(LogList::parse(b"{}").is_err());
    assert!(
        LogList::parse(br#"{"operators":[{"name":"x","logs":[{"description":"no url"}]}]}"#)
            .is_err()
    );
    assert!(LogList::parse(b"[").is_err());
}
