//! The log list changing under a running server: a log added to the list
//! starts streaming from its head; a log removed from the list is drained
//! up to the head it had when it left, then no longer read.

mod common;

use std::time::Duration;

use ctlog_sim::{LogSpec, Simulator};

use common::{assert_exactly_once_in_order, assert_no_more_certificates, read_certificates, start};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_added_to_and_removed_from_the_list_while_running() {
    let sim = Simulator::builder()
        .log(LogSpec::rfc6962_minted("stays").initial_size(4))
        .log(LogSpec::rfc6962_minted("leaves").initial_size(6))
        .start()
        .await
        .expect("simulator");
    let h = start(sim, |c| {
        c.heartbeat_interval = Duration::from_secs(3600);
        c.log_list_refresh = Duration::from_millis(200);
        c.batch_size = 8;
    })
    .await;
    let stays = h.sim.log("stays").unwrap();
    let leaves = h.sim.log("leaves").unwrap();
    let mut client = h.connect("/").await;
    h.wait_for("client", |s| s["clients"]["lite"] == 1).await;

    // A static-ct-api log joins the list with 300 entries: it starts at its
    // head, so only what is published afterwards is streamed.
    let joins = h
        .sim
        .add_log(LogSpec::static_ct_minted("joins").initial_size(300))
        .unwrap();
    h.wait_for("new log watched", |s| {
        s["logs"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["url"] == joins.url() && l["position"] == 300)
    })
    .await;

    // Entries the leaving log holds when it leaves must all be streamed.
    leaves.publish(30).unwrap();
    leaves.set_listed(false);
    joins.publish(20).unwrap();
    stays.publish(10).unwrap();
    let got = read_certificates(&mut client, 60, Duration::from_secs(15)).await;
    assert_exactly_once_in_order(&got, leaves.url(), 6, 30);
    assert_exactly_once_in_order(&got, joins.url(), 300, 20);
    assert_exactly_once_in_order(&got, stays.url(), 4, 10);

    h.wait_for("left log drained and stopped", |s| {
        s["logs"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["url"] == leaves.url() && l["state"] == "stopped")
    })
    .await;
    // The log keeps growing but is no longer followed.
    leaves.publish(10).unwrap();
    stays.publish(3).unwrap();
    let got = read_certificates(&mut client, 3, Duration::from_secs(10)).await;
    assert_exactly_once_in_order(&got, stays.url(), 14, 3);
    assert_no_more_certificates(&mut client, Duration::from_millis(500)).await;
    let left = h.log_stats(leaves.url()).await;
    assert_eq!(left["position"], 36, "{left:#}");
    assert!(h.alive());
    h.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_log_that_disappears_is_drained_to_its_last_head_then_stopped() {
    // Removed from the simulator altogether: its URLs 404, so the drain
    // target is the last head the watcher verified, which it has already
    // streamed: the watcher stops instead of retrying a dead log.
    let sim = Simulator::builder()
        .log(LogSpec::rfc6962_minted("gone").initial_size(3))
        .start()
        .await
        .expect("simulator");
    let h = start(sim, |c| {
        c.log_list_refresh = Duration::from_millis(100);
        c.max_backoff = Duration::from_millis(20);
    })
    .await;
    let gone = h.sim.log("gone").unwrap();
    h.sim.remove_log("gone").unwrap();
    h.wait_for("vanished log stopped", |s| {
        s["logs"][0]["state"] == "stopped"
    })
    .await;
    assert_eq!(h.log_stats(gone.url()).await["position"], 3);
    assert!(h.alive());
    h.stop().await.unwrap();
}
