//! The client against a scripted local websocket server: typed messages,
//! reconnect with and without cursors, filters, errors.

mod support;

use certstream::{
    Client, ClientBuilder, Error, Message, MessageStream, ReconnectPolicy, StreamKind,
};
use futures::StreamExt;
use std::time::Duration;
use support::{dns_entries, heartbeat, update, AfterScript, Session, TestServer, CALIDOG_FULL};

/// Fast reconnects so the tests take milliseconds.
fn fast(server: &TestServer) -> ClientBuilder {
    Client::builder()
        .url(format!("{}/", server.base()))
        .reconnect(
            ReconnectPolicy::default()
                .min_delay(Duration::from_millis(10))
                .max_attempts(50),
        )
}

async fn connect(builder: ClientBuilder) -> MessageStream {
    let client = builder.build().expect("valid config");
    client.connect().await.expect("connects")
}

async fn next(stream: &mut MessageStream) -> Message {
    match tokio::time::timeout(Duration::from_secs(10), stream.next()).await {
        Ok(Some(Ok(message))) => message,
        other => panic!("expected a message, got {other:?}"),
    }
}

/// The indexes of the certificates before the first heartbeat. Servers
/// here end with a heartbeat, which passes every filter, so the end of the
/// filtered output is known without waiting on a timer.
async fn indexes_until_heartbeat(stream: &mut MessageStream) -> Vec<u64> {
    let mut indexes = Vec::new();
    loop {
        match next(stream).await {
            Message::Heartbeat { .. } => return indexes,
            message => indexes.push(index_of(&message)),
        }
    }
}

fn index_of(message: &Message) -> u64 {
    match message {
        Message::CertificateUpdate { update, .. } => update.data.cert_index,
        other => panic!("expected a certificate_update, got {other:?}"),
    }
}

#[tokio::test]
async fn messages_arrive_typed_in_order_with_raw_text() {
    let frames = vec![
        heartbeat(1.5),
        CALIDOG_FULL.trim().to_owned(),
        dns_entries(&["d.test"]),
    ];
    let server = TestServer::start(
        vec![Session::hold_after(frames)],
        AfterScript::StopListening,
    )
    .await;
    let mut stream = connect(fast(&server).skip_heartbeats(false)).await;

    let first = next(&mut stream).await;
    assert!(matches!(&first, Message::Heartbeat { heartbeat, .. } if heartbeat.timestamp == 1.5));
    let second = next(&mut stream).await;
    assert_eq!(index_of(&second), 343_999_487);
    assert_eq!(second.raw(), CALIDOG_FULL.trim());
    assert_eq!(
        second.domains(),
        ["access.smm-cheap.com", "www.access.smm-cheap.com"]
    );
    let third = next(&mut stream).await;
    assert_eq!(third.domains(), ["d.test"]);
}

#[tokio::test]
async fn heartbeats_are_skipped_by_default() {
    let frames = vec![
        heartbeat(1.0),
        update(1, &["a.test"], None),
        heartbeat(2.0),
        update(2, &["b.test"], None),
    ];
    let server = TestServer::start(
        vec![Session::hold_after(frames)],
        AfterScript::StopListening,
    )
    .await;
    let mut stream = connect(fast(&server)).await;
    assert_eq!(index_of(&next(&mut stream).await), 1);
    assert_eq!(index_of(&next(&mut stream).await), 2);
}

#[tokio::test]
async fn reconnect_resumes_from_the_last_cursor() {
    let script = vec![
        Session::drop_after(vec![
            update(1, &["a.test"], Some("c1")),
            update(2, &["b.test"], Some("c2")),
        ]),
        Session::drop_after(vec![update(3, &["c.test"], Some("c3"))]),
        Session::hold_after(vec![update(4, &["d.test"], Some("c4"))]),
    ];
    let server = TestServer::start(script, AfterScript::StopListening).await;
    let mut stream = connect(fast(&server)).await;
    let indexes = [
        index_of(&next(&mut stream).await),
        index_of(&next(&mut stream).await),
        index_of(&next(&mut stream).await),
        index_of(&next(&mut stream).await),
    ];
    assert_eq!(indexes, [1, 2, 3, 4]);
    assert_eq!(server.requests(), ["/", "/?since=c2", "/?since=c3"]);
}

#[tokio::test]
async fn reconnect_without_cursors_is_plain_and_since_option_is_sent_first() {
    let script = vec![
        Session::drop_after(vec![update(1, &["a.test"], None)]),
        Session::hold_after(vec![update(2, &["b.test"], None)]),
    ];
    let server = TestServer::start(script, AfterScript::StopListening).await;
    let mut stream = connect(fast(&server).since("saved-7")).await;
    assert_eq!(index_of(&next(&mut stream).await), 1);
    assert_eq!(index_of(&next(&mut stream).await), 2);
    // The saved cursor is reused: the server never gave a newer one.
    assert_eq!(server.requests(), ["/?since=saved-7", "/?since=saved-7"]);

    let script = vec![
        Session::drop_after(vec![update(1, &["a.test"], None)]),
        Session::hold_after(vec![update(2, &["b.test"], None)]),
    ];
    let server = TestServer::start(script, AfterScript::StopListening).await;
    let mut stream = connect(fast(&server)).await;
    assert_eq!(index_of(&next(&mut stream).await), 1);
    assert_eq!(index_of(&next(&mut stream).await), 2);
    assert_eq!(server.requests(), ["/", "/"]);
}

#[tokio::test]
async fn filters_go_to_the_server_and_apply_locally() {
    let frames = vec![
        update(1, &["www.wanted.test"], None),
        update(2, &["other.test"], None),
        update(3, &["login.wanted.test", "x.test"], None),
        dns_entries(&["shop.wanted.test"]),
        dns_entries(&["nope.test"]),
        update(4, &["wanted.test"], None),
        heartbeat(0.0),
    ];
    let server = TestServer::start(
        vec![Session::hold_after(frames)],
        AfterScript::StopListening,
    )
    .await;
    let builder = fast(&server).domain("*.wanted.test").domain("x.test");
    let mut stream = connect(builder.skip_heartbeats(false)).await;
    assert_eq!(index_of(&next(&mut stream).await), 1);
    assert_eq!(index_of(&next(&mut stream).await), 3);
    assert_eq!(next(&mut stream).await.domains(), ["shop.wanted.test"]);
    // `wanted.test` itself does not match `*.wanted.test`: the closing
    // heartbeat comes next.
    let last = next(&mut stream).await;
    assert!(
        matches!(last, Message::Heartbeat { .. }),
        "unexpected {last:?}"
    );
    assert_eq!(server.requests(), ["/?domain=*.wanted.test&domain=x.test"]);
}

#[tokio::test]
async fn regex_update_type_issuer_and_log_filters() {
    // The CaliDog message: X509LogEntry from argon2020, issued by Let's Encrypt Authority X3.
    let frames = vec![
        update(1, &["login.a.test"], None),
        update(2, &["www.b.test"], None),
        heartbeat(0.0),
    ];
    let cases: Vec<(ClientBuilder, Vec<u64>, &str)> = vec![
        (
            Client::builder().regex("^login\\."),
            vec![1],
            "regex=%5Elogin%5C.",
        ),
        (
            Client::builder().update_type(certstream::UpdateType::X509LogEntry),
            vec![1, 2],
            "update_type=x509",
        ),
        (
            Client::builder().update_type(certstream::UpdateType::PrecertLogEntry),
            vec![],
            "update_type=precert",
        ),
        (
            Client::builder().issuer("let's encrypt"),
            vec![1, 2],
            "issuer=let%27s+encrypt",
        ),
        (
            Client::builder().issuer("DigiCert"),
            vec![],
            "issuer=DigiCert",
        ),
        (
            Client::builder().log("ARGON2020"),
            vec![1, 2],
            "log=ARGON2020",
        ),
        (Client::builder().log("xenon"), vec![], "log=xenon"),
    ];
    for (builder, want, query) in cases {
        let server = TestServer::start(
            vec![Session::hold_after(frames.clone())],
            AfterScript::StopListening,
        )
        .await;
        let builder = builder
            .url(format!("{}/", server.base()))
            .skip_heartbeats(false);
        let mut stream = connect(builder).await;
        assert_eq!(
            indexes_until_heartbeat(&mut stream).await,
            want,
            "filter {query}"
        );
        assert_eq!(server.requests(), [format!("/?{query}")]);
    }
}

#[tokio::test]
async fn stream_kinds_pick_the_path() {
    for (kind, path) in [
        (StreamKind::Lite, "/"),
        (StreamKind::Full, "/full-stream"),
        (StreamKind::DomainsOnly, "/domains-only"),
    ] {
        let server = TestServer::start(
            vec![Session::hold_after(vec![])],
            AfterScript::StopListening,
        )
        .await;
        let _stream = connect(fast(&server).stream(kind)).await;
        assert_eq!(server.wait_for_requests(1).await, [path]);
    }
}

#[tokio::test]
async fn a_silent_connection_is_replaced() {
    let server = TestServer::start(vec![], AfterScript::AcceptSilently).await;
    let mut stream = connect(
        fast(&server)
            .idle_timeout(Duration::from_millis(200))
            .ping_interval(Duration::from_millis(50)),
    )
    .await;
    // Nothing ever arrives; polling drives the idle timer and reconnects.
    let reader = tokio::spawn(async move { stream.next().await.map(|item| item.is_ok()) });
    let requests = server.wait_for_requests(2).await;
    reader.abort();
    assert_eq!(requests[..2], ["/", "/"]);
}

#[tokio::test]
async fn giving_up_ends_the_stream_with_reconnect_exhausted() {
    let server = TestServer::start(
        vec![Session::drop_after(vec![update(1, &["a.test"], None)])],
        AfterScript::StopListening,
    )
    .await;
    let policy = ReconnectPolicy::default()
        .min_delay(Duration::from_millis(5))
        .max_attempts(3);
    let mut stream = connect(fast(&server).reconnect(policy)).await;
    assert_eq!(index_of(&next(&mut stream).await), 1);
    let end = tokio::time::timeout(Duration::from_secs(10), stream.next()).await;
    match end {
        Ok(Some(Err(Error::ReconnectExhausted { attempts, last }))) => {
            assert_eq!(attempts, 3);
            assert!(matches!(*last, Error::Connect { .. }), "last error: {last}");
        }
        other => panic!("expected ReconnectExhausted, got {other:?}"),
    }
    assert!(
        stream.next().await.is_none(),
        "the stream ends after giving up"
    );
}

#[tokio::test]
async fn never_reconnect_reports_the_drop() {
    let server = TestServer::start(
        vec![Session::drop_after(vec![])],
        AfterScript::StopListening,
    )
    .await;
    let mut stream = connect(fast(&server).reconnect(ReconnectPolicy::never())).await;
    match tokio::time::timeout(Duration::from_secs(10), stream.next()).await {
        Ok(Some(Err(Error::ReconnectExhausted { attempts: 0, last }))) => {
            assert!(
                matches!(*last, Error::Closed | Error::Connection(_)),
                "last error: {last}"
            );
        }
        other => panic!("expected ReconnectExhausted, got {other:?}"),
    }
}

#[tokio::test]
async fn a_bad_frame_is_reported_and_the_stream_goes_on() {
    let frames = vec!["{not json".to_owned(), update(1, &["a.test"], None)];
    let server = TestServer::start(
        vec![Session::hold_after(frames)],
        AfterScript::StopListening,
    )
    .await;
    let mut stream = connect(fast(&server)).await;
    match stream.next().await {
        Some(Err(Error::Decode { raw, .. })) => assert_eq!(raw, "{not json"),
        other => panic!("expected a decode error, got {other:?}"),
    }
    assert_eq!(index_of(&next(&mut stream).await), 1);
}

#[tokio::test]
async fn server_refusal_is_rejected_with_its_message() {
    let server = TestServer::rejecting("regex: pattern too large").await;
    let client = fast(&server).regex("a+").build().expect("valid config");
    match client.connect().await {
        Err(Error::Rejected {
            status,
            message,
            url,
        }) => {
            assert_eq!(status, 400);
            assert_eq!(message, "regex: pattern too large");
            assert!(url.ends_with("/?regex=a%2B"), "{url}");
        }
        other => panic!("expected Rejected, got {other:?}"),
    }
}

#[tokio::test]
async fn unreachable_server_fails_the_first_connect() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    drop(listener);
    match certstream::connect(&format!("ws://{addr}/")).await {
        Err(Error::Connect { url, .. }) => assert_eq!(url, format!("ws://{addr}/")),
        other => panic!("expected Connect, got {other:?}"),
    }
}

#[tokio::test]
async fn listen_for_events_calls_back_across_reconnects() {
    let script = vec![
        Session::drop_after(vec![update(1, &["a.test"], Some("c1"))]),
        Session::hold_after(vec![update(2, &["b.test"], Some("c2"))]),
    ];
    let server = TestServer::start(script, AfterScript::StopListening).await;
    let client = fast(&server).build().expect("valid config");
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let listener = tokio::spawn(async move {
        client
            .listen_for_events(move |message| {
                let _ = tx.send(message.cursor().map(str::to_owned));
            })
            .await
    });
    for want in ["c1", "c2"] {
        let got = tokio::time::timeout(Duration::from_secs(10), rx.recv()).await;
        assert_eq!(got.ok().flatten().flatten().as_deref(), Some(want));
    }
    listener.abort();
    assert_eq!(server.requests(), ["/", "/?since=c1"]);
}

#[tokio::test]
async fn issuer_filter_falls_back_to_the_chain_for_calidog_messages() {
    // CaliDog's message has no leaf issuer; its chain starts with the issuer.
    for (issuer, passes) in [("authority x3", true), ("DigiCert", false)] {
        let server = TestServer::start(
            vec![Session::hold_after(vec![
                CALIDOG_FULL.trim().to_owned(),
                update(9, &["z.test"], None),
                heartbeat(0.0),
            ])],
            AfterScript::StopListening,
        )
        .await;
        let mut stream = connect(fast(&server).issuer(issuer).skip_heartbeats(false)).await;
        let want: Vec<u64> = if passes { vec![343_999_487, 9] } else { vec![] };
        assert_eq!(
            indexes_until_heartbeat(&mut stream).await,
            want,
            "issuer {issuer}"
        );
    }
}
