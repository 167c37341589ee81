//! The v3 log list: schema, keys, URLs, and runtime changes.

mod common;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use common::*;
use ctlog_sim::{LogSpec, Simulator};
use sha2::{Digest, Sha256};

#[tokio::test]
async fn describes_logs_and_follows_runtime_changes() {
    let sim = Simulator::builder()
        .rfc6962_fixture("argon", rfc6962(ARGON), ARGON_FIRST)
        .static_ct_fixture("navigli", navigli())
        .start()
        .await
        .unwrap();
    let list = get_json(&sim.log_list_url()).await;
    assert!(list["version"].is_string());
    assert!(list["log_list_timestamp"].is_string());
    let op = &list["operators"][0];
    let logs = op["logs"].as_array().unwrap();
    let tiled = op["tiled_logs"].as_array().unwrap();
    assert_eq!((logs.len(), tiled.len()), (1, 1));

    let argon = sim.log("argon").unwrap();
    let l = &logs[0];
    assert_eq!(l["url"], format!("{}/argon/", sim.base_url()));
    assert_eq!(l["url"], argon.url());
    let key = B64.decode(l["key"].as_str().unwrap()).unwrap();
    assert_eq!(key, argon.public_key_der());
    assert_eq!(
        B64.decode(l["log_id"].as_str().unwrap()).unwrap(),
        Sha256::digest(&key).to_vec()
    );
    assert!(l["mmd"].as_u64().unwrap() > 0);
    assert!(l["state"]["usable"]["timestamp"].is_string());
    assert!(l["temporal_interval"]["start_inclusive"].is_string());
    assert!(l["temporal_interval"]["end_exclusive"].is_string());

    let t = &tiled[0];
    assert_eq!(t["monitoring_url"], sim.log("navigli").unwrap().url());
    assert_eq!(t["submission_url"], t["monitoring_url"]);
    assert!(t.get("url").is_none());

    // Add, hide, remove at runtime.
    let added = sim.add_log(LogSpec::static_ct_minted("fresh")).unwrap();
    assert!(
        sim.add_log(LogSpec::rfc6962_minted("fresh")).is_err(),
        "duplicate name"
    );
    let list = get_json(&sim.log_list_url()).await;
    assert_eq!(
        list["operators"][0]["tiled_logs"].as_array().unwrap().len(),
        2
    );
    assert_eq!(status(&format!("{}checkpoint", added.url())).await, 200);

    argon.set_listed(false);
    let list = get_json(&sim.log_list_url()).await;
    assert!(list["operators"][0]["logs"].as_array().unwrap().is_empty());
    assert_eq!(
        status(&format!("{}ct/v1/get-sth", argon.url())).await,
        200,
        "hidden, still served"
    );

    sim.remove_log("navigli").unwrap();
    let list = get_json(&sim.log_list_url()).await;
    assert_eq!(
        list["operators"][0]["tiled_logs"].as_array().unwrap().len(),
        1
    );
    assert_eq!(
        status(&format!("{}/navigli/checkpoint", sim.base_url())).await,
        404
    );
    assert!(sim.log("navigli").is_err());
}
