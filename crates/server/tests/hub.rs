//! The hub with real tokio tasks: ordering, slow-client cut-off, and the
//! recent-message views behind `/latest.json` and `/example.json`.

use certstream_server::hub::{Hub, Message, Next, StreamKind, LATEST_LEN};

/// A message whose three forms all name `n`, so a receiver can tell which
/// one it got and whether it got the right form.
fn message(n: u64) -> Message {
    Message {
        full: format!(r#"{{"form":"full","n":{n}}}"#).into(),
        lite: format!(r#"{{"form":"lite","n":{n}}}"#).into(),
        domains: format!(r#"{{"form":"domains","n":{n}}}"#).into(),
    }
}

fn number(text: &str) -> u64 {
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    value["n"].as_u64().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_subscriber_gets_every_message_in_order() {
    const COUNT: u64 = 2_000;
    let hub = Hub::new(COUNT as usize);
    let kinds = [StreamKind::Lite, StreamKind::Full, StreamKind::DomainsOnly];
    let readers: Vec<_> = kinds
        .into_iter()
        .map(|kind| {
            let mut subscription = hub.subscribe();
            tokio::spawn(async move {
                let mut received = Vec::new();
                while received.len() < COUNT as usize {
                    match subscription.next().await {
                        Next::Message(m) => received.push(m.for_stream(kind).to_string()),
                        other => panic!("unexpected {other:?}"),
                    }
                }
                (kind, received)
            })
        })
        .collect();

    let publisher = {
        let hub = hub.clone();
        tokio::spawn(async move {
            for n in 0..COUNT {
                hub.publish(message(n));
                if n % 64 == 0 {
                    tokio::task::yield_now().await;
                }
            }
        })
    };
    publisher.await.unwrap();

    for reader in readers {
        let (kind, received) = reader.await.unwrap();
        let form = match kind {
            StreamKind::Lite => "lite",
            StreamKind::Full => "full",
            StreamKind::DomainsOnly => "domains",
        };
        let numbers: Vec<u64> = received.iter().map(|t| number(t)).collect();
        assert_eq!(numbers, (0..COUNT).collect::<Vec<_>>(), "{kind:?}");
        assert!(
            received.iter().all(|t| t.contains(form)),
            "{kind:?} got another form"
        );
    }
}

#[tokio::test]
async fn a_subscriber_that_falls_behind_the_ring_is_told_so() {
    let hub = Hub::new(4);
    let mut slow = hub.subscribe();
    let mut fast = hub.subscribe();

    // The fast reader runs as its own task and keeps up because the
    // publisher yields after every message (single-threaded runtime).
    let fast_reader = tokio::spawn(async move {
        let mut got = Vec::new();
        while got.len() < 10 {
            match fast.next().await {
                Next::Message(m) => got.push(number(&m.lite)),
                other => panic!("fast reader got {other:?}"),
            }
        }
        got
    });
    for n in 0..10 {
        hub.publish(message(n));
        tokio::task::yield_now().await;
    }
    assert_eq!(fast_reader.await.unwrap(), (0..10).collect::<Vec<_>>());

    match slow.next().await {
        Next::Lagged(missed) => assert_eq!(missed, 6, "10 published into a ring of 4"),
        other => panic!("slow reader should be lagged, got {other:?}"),
    }
}

#[tokio::test]
async fn a_subscriber_within_the_ring_is_not_cut_off() {
    let hub = Hub::new(4);
    let mut subscription = hub.subscribe();
    for n in 0..4 {
        hub.publish(message(n));
    }
    for n in 0..4 {
        match subscription.next().await {
            Next::Message(m) => assert_eq!(number(&m.full), n),
            other => panic!("got {other:?}"),
        }
    }
}

#[tokio::test]
async fn subscribers_only_see_messages_published_after_they_joined() {
    let hub = Hub::new(16);
    hub.publish(message(1));
    let mut subscription = hub.subscribe();
    hub.publish(message(2));
    match subscription.next().await {
        Next::Message(m) => assert_eq!(number(&m.lite), 2),
        other => panic!("got {other:?}"),
    }
}

#[test]
fn latest_and_example_show_the_newest_lite_messages() {
    let hub = Hub::new(16);
    assert!(hub.example().is_none());
    let empty: serde_json::Value = serde_json::from_str(&hub.latest_json()).unwrap();
    assert_eq!(empty, serde_json::json!({"messages": []}));

    for n in 0..40 {
        hub.publish(message(n));
    }
    let latest: serde_json::Value = serde_json::from_str(&hub.latest_json()).unwrap();
    let messages = latest["messages"].as_array().unwrap();
    assert_eq!(messages.len(), LATEST_LEN);
    let numbers: Vec<u64> = messages.iter().map(|m| m["n"].as_u64().unwrap()).collect();
    assert_eq!(numbers, (15..40).rev().collect::<Vec<_>>(), "newest first");
    assert!(messages.iter().all(|m| m["form"] == "lite"));

    let example = hub.example().unwrap();
    assert_eq!(number(&example), 39);
    assert!(example.contains("lite"));
}
