//! Client behaviour against a canned HTTP server on 127.0.0.1: status and
//! Retry-After handling, malformed bodies, timeouts, gzip, and the
//! static-ct-api tile → entries pipeline with the shared issuer cache.

mod common;

use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{data_dir, read};
use ct::issuer_cache::IssuerCache;
use ct::{rfc6962, static_ct, FetchError};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// A canned response: status line + extra headers + body.
#[derive(Clone)]
struct Canned {
    status: &'static str,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

fn ok(body: impl Into<Vec<u8>>) -> Canned {
    Canned {
        status: "200 OK",
        headers: vec![],
        body: body.into(),
    }
}

/// Serves `routes` (path incl. query → response; anything else 404) and
/// records every requested path. Paths mapped to `None` never answer.
struct Server {
    base: String,
    requests: Arc<Mutex<Vec<String>>>,
}

async fn serve(routes: HashMap<String, Option<Canned>>) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}/log/", listener.local_addr().unwrap());
    let requests = Arc::new(Mutex::new(Vec::new()));
    let seen = requests.clone();
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else {
                return;
            };
            let routes = routes.clone();
            let seen = seen.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 1024];
                while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
                    match sock.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                }
                let head = String::from_utf8_lossy(&buf).to_string();
                let path = head
                    .split(' ')
                    .nth(1)
                    .unwrap_or("")
                    .trim_start_matches("/log/")
                    .to_string();
                seen.lock().unwrap().push(path.clone());
                let canned = match routes.get(&path) {
                    Some(Some(c)) => c.clone(),
                    Some(None) => {
                        tokio::time::sleep(Duration::from_secs(30)).await;
                        return;
                    }
                    None => Canned {
                        status: "404 Not Found",
                        headers: vec![],
                        body: vec![],
                    },
                };
                let mut out = format!(
                    "HTTP/1.1 {}\r\nContent-Length: {}\r\nConnection: close\r\n",
                    canned.status,
                    canned.body.len()
                );
                for (k, v) in &canned.headers {
                    out.push_str(&format!("{k}: {v}\r\n"));
                }
                out.push_str("\r\n");
                let _ = sock.write_all(out.as_bytes()).await;
                let _ = sock.write_all(&canned.body).await;
            });
        }
    });
    Server { base, requests }
}

fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_millis(500))
        .build()
        .unwrap()
}

fn routes(pairs: Vec<(&str, Option<Canned>)>) -> HashMap<String, Option<Canned>> {
    pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
}

const ONE_ENTRY: &str = r#"{"entries":[{"leaf_input":"AAE=","extra_data":""}]}"#;

#[tokio::test]
async fn rfc6962_status_retry_after_and_bad_bodies() {
    let server = serve(routes(vec![
        (
            "ct/v1/get-sth",
            Some(ok(read("rfc6962/pilot2014-get-sth-valid.json"))),
        ),
        (
            "ct/v1/get-entries?start=0&end=0",
            Some(Canned {
                status: "429 Too Many Requests",
                headers: vec![("Retry-After", "7".into())],
                body: vec![],
            }),
        ),
        (
            "ct/v1/get-entries?start=1&end=1",
            Some(Canned {
                status: "503 Service Unavailable",
                headers: vec![(
                    "Retry-After",
                    httpdate::fmt_http_date(
                        std::time::SystemTime::now() + Duration::from_secs(120),
                    ),
                )],
                body: vec![],
            }),
        ),
        (
            "ct/v1/get-entries?start=2&end=2",
            Some(ok(&ONE_ENTRY[..20])),
        ),
        (
            "ct/v1/get-entries?start=3&end=3",
            Some(ok(ONE_ENTRY.replace("AAE=", "A!E="))),
        ),
        (
            "ct/v1/get-entries?start=4&end=4",
            Some(ok(ONE_ENTRY.replace(
                "}]}",
                "},{\"leaf_input\":\"\",\"extra_data\":\"\"}]}",
            ))),
        ),
        ("ct/v1/get-entries?start=5&end=9", Some(ok(ONE_ENTRY))),
        ("ct/v1/get-entries?start=6&end=6", None),
    ]))
    .await;
    let client = rfc6962::Client::new(http(), &server.base).unwrap();

    let sth = client.get_sth().await.unwrap();
    assert_eq!(sth.tree_size, 3_721_782);

    let err = client.get_entries(0, 0).await.unwrap_err();
    assert_eq!(err.kind(), "http_429");
    assert_eq!(err.retry_after(), Some(Duration::from_secs(7)));

    let err = client.get_entries(1, 1).await.unwrap_err();
    assert_eq!(err.kind(), "http_5xx");
    let wait = err.retry_after().expect("HTTP-date Retry-After");
    assert!(
        wait > Duration::from_secs(100) && wait <= Duration::from_secs(120),
        "{wait:?}"
    );

    for (start, what) in [
        (2, "truncated JSON"),
        (3, "bad base64"),
        (4, "more entries than asked"),
    ] {
        let err = client.get_entries(start, start).await.unwrap_err();
        assert!(matches!(err, FetchError::Decode { .. }), "{what}: {err}");
    }
    // A short batch is fine.
    assert_eq!(client.get_entries(5, 9).await.unwrap().len(), 1);

    let err = client.get_entries(6, 6).await.unwrap_err();
    assert_eq!(err.kind(), "timeout", "{err}");

    let err = client.get_entries(10, 10).await.unwrap_err();
    assert!(
        matches!(
            err,
            FetchError::Status {
                status: 404,
                retry_after: None,
                ..
            }
        ),
        "{err}"
    );
}

#[tokio::test]
async fn connection_refused_is_a_network_error() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let client = rfc6962::Client::new(http(), &format!("http://{addr}/")).unwrap();
    let err = client.get_sth().await.unwrap_err();
    assert_eq!(err.kind(), "network", "{err}");
}

#[tokio::test]
async fn static_ct_tiles_gzip_checkpoint_and_issuers() {
    let navigli = "static-ct/navigli2025h2";
    let tile = read(&format!("{navigli}/tile/data/003.p/10"));
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&tile).unwrap();
    let mut pairs = vec![
        (
            "tile/data/003.p/10".to_string(),
            Some(Canned {
                status: "200 OK",
                headers: vec![("Content-Encoding", "gzip".into())],
                body: gz.finish().unwrap(),
            }),
        ),
        // A partial tile that claims one entry more than it holds.
        ("tile/data/003.p/11".to_string(), Some(ok(tile.clone()))),
        (
            "checkpoint".to_string(),
            Some(ok(read(
                "static-ct/skylight-rome2026h1-synthetic/checkpoint",
            ))),
        ),
        // An issuer whose bytes do not match its name.
        (
            format!("issuer/{}", "00".repeat(32)),
            Some(ok("not the cert")),
        ),
    ];
    let mut issuer_ders = HashMap::new();
    for e in std::fs::read_dir(data_dir().join(navigli).join("issuer")).unwrap() {
        let e = e.unwrap();
        let name = e.file_name().to_str().unwrap().to_string();
        let der = std::fs::read(e.path()).unwrap();
        issuer_ders.insert(name.clone(), der.clone());
        pairs.push((format!("issuer/{name}"), Some(ok(der))));
    }
    let server = serve(pairs.into_iter().collect()).await;
    let client = static_ct::Client::new(http(), &server.base).unwrap();

    assert_eq!(
        client.data_tile(3, 10).await.unwrap().as_ref(),
        tile,
        "gzip decoded"
    );
    assert_eq!(client.checkpoint().await.unwrap().tree_size, 300);
    let err = client.issuer(&[0; 32]).await.unwrap_err();
    assert!(matches!(err, FetchError::Decode { .. }), "{err}");
    assert_eq!(
        client.data_tile(4, 256).await.unwrap_err().kind(),
        "http_other"
    );

    let cache = IssuerCache::new();
    let entries = client.tile_entries(3, 10, &cache).await.unwrap();
    assert_eq!(entries.len(), 10);
    let leaves = static_ct::parse_data_tile(&tile).unwrap();
    for (i, (entry, leaf)) in entries.iter().zip(&leaves).enumerate() {
        assert_eq!(entry.index, 768 + i as u64);
        assert_eq!(entry.leaf, leaf.leaf);
        let want: Vec<&[u8]> = leaf
            .chain_fingerprints
            .iter()
            .map(|fp| issuer_ders[&hex::encode(fp)].as_slice())
            .collect();
        assert_eq!(entry.chain, want);
    }
    let issuer_requests = |s: &Server| {
        s.requests
            .lock()
            .unwrap()
            .iter()
            .filter(|p| p.starts_with("issuer/"))
            .count()
    };
    let distinct: std::collections::HashSet<_> = leaves
        .iter()
        .flat_map(|l| l.chain_fingerprints.clone())
        .collect();
    // One request per distinct issuer, plus the bad one above.
    assert_eq!(issuer_requests(&server), distinct.len() + 1);

    // Warm cache: no more issuer fetches.
    client.tile_entries(3, 10, &cache).await.unwrap();
    assert_eq!(issuer_requests(&server), distinct.len() + 1);

    // Wrong width or wrong position are decode errors.
    let err = client.tile_entries(3, 11, &cache).await.unwrap_err();
    assert!(matches!(err, FetchError::Decode { .. }), "{err}");
    let err = client
        .resolve(767, leaves.clone(), &cache)
        .await
        .unwrap_err();
    assert!(matches!(err, FetchError::Decode { .. }), "{err}");
}
