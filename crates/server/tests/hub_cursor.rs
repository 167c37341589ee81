//! Sequence numbers and cursors: every entry is numbered in publish order
//! and a subscription can start at any sequence the ring still holds.

use std::sync::Arc;

use certstream_server::hub::{Entry, Hub, Lagged, Message, Next};

fn message(n: u64) -> Message {
    Message {
        full: format!("full {n}").into(),
        lite: format!("lite {n}").into(),
        domains: format!("domains {n}").into(),
    }
}

#[tokio::test]
async fn entries_are_numbered_in_publish_order_and_readable_from_a_cursor() {
    let hub = Hub::new(8);
    assert_eq!(hub.next_seq(), 0);
    for n in 0..6 {
        hub.publish(message(n));
    }
    assert_eq!(hub.next_seq(), 6);

    let mut from_two = hub.subscribe_from(2);
    for seq in 2..6 {
        match from_two.next().await {
            Next::Message(entry) => {
                assert_eq!(entry.seq(), seq);
                assert_eq!(entry.lite.as_str(), format!("lite {seq}"));
            }
            other => panic!("got {other:?}"),
        }
    }
    assert_eq!(from_two.cursor(), 6);
}

#[test]
fn a_cursor_older_than_the_ring_learns_the_exact_gap_then_resumes() {
    let hub = Hub::new(4);
    let mut subscription = hub.subscribe();
    for n in 0..10 {
        hub.publish(message(n));
    }
    let mut batch: Vec<Arc<Entry>> = Vec::new();
    assert_eq!(subscription.take(&mut batch, 100), Err(Lagged(6)));
    assert!(batch.is_empty());
    assert_eq!(subscription.cursor(), 6, "moved to the oldest entry kept");

    subscription.take(&mut batch, 3).unwrap();
    let seqs: Vec<u64> = batch.iter().map(|e| e.seq()).collect();
    assert_eq!(seqs, [6, 7, 8], "at most `max` per take");
    batch.clear();
    subscription.take(&mut batch, 3).unwrap();
    assert_eq!(batch.iter().map(|e| e.seq()).collect::<Vec<_>>(), [9]);
    batch.clear();
    subscription.take(&mut batch, 3).unwrap();
    assert!(batch.is_empty(), "nothing new yet");
}
