//! A tiny scripted certstream server on 127.0.0.1 for the tests, and the
//! messages it replays (built from CaliDog's real example message).
#![allow(dead_code)]
// each test binary uses a different part of it
// tungstenite's handshake callback signature returns its large ErrorResponse.
#![allow(clippy::result_large_err)]

use futures::{SinkExt, StreamExt};
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::TcpListener;
use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};
use tokio_tungstenite::tungstenite::http::StatusCode;
use tokio_tungstenite::tungstenite::Message as Frame;

/// CaliDog's original full-stream message, as its server sent it.
pub const CALIDOG_FULL: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/data/certstream/calidog-example-full.json"
));

/// The CaliDog message as a JSON value, trimmed of the file's newline.
pub fn calidog() -> Value {
    serde_json::from_str(CALIDOG_FULL.trim()).expect("fixture is JSON")
}

/// A lite-stream certificate_update (FORMAT.md: no chain, no as_der) with
/// the given index and domains, and a cursor when given.
pub fn update(index: u64, domains: &[&str], cursor: Option<&str>) -> String {
    let mut message = calidog();
    let data = &mut message["data"];
    if let Some(data) = data.as_object_mut() {
        data.remove("chain");
    }
    data["cert_index"] = json!(index);
    data["leaf_cert"]["all_domains"] = json!(domains);
    data["leaf_cert"]["subject"]["CN"] = json!(domains.first());
    // Our server's lite stream names the issuer (CaliDog's did not).
    data["leaf_cert"]["issuer"] = json!({
        "aggregated": "/C=US/O=Let's Encrypt/CN=Let's Encrypt Authority X3",
        "C": "US", "ST": null, "L": null, "O": "Let's Encrypt", "OU": null,
        "CN": "Let's Encrypt Authority X3"
    });
    if let Some(cursor) = cursor {
        data["cursor"] = json!(cursor);
    }
    message.to_string()
}

pub fn heartbeat(timestamp: f64) -> String {
    json!({"message_type": "heartbeat", "timestamp": timestamp}).to_string()
}

pub fn dns_entries(domains: &[&str]) -> String {
    json!({"message_type": "dns_entries", "data": domains}).to_string()
}

/// What the server does on one accepted connection.
#[derive(Clone, Debug)]
pub struct Session {
    /// Text frames to send, in order.
    pub frames: Vec<String>,
    /// After sending: drop the connection (`true`) or keep it open.
    pub then_drop: bool,
}

impl Session {
    pub fn drop_after(frames: Vec<String>) -> Session {
        Session {
            frames,
            then_drop: true,
        }
    }
    pub fn hold_after(frames: Vec<String>) -> Session {
        Session {
            frames,
            then_drop: false,
        }
    }
}

/// What the server does with the connections after the scripted ones.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AfterScript {
    /// Stop listening (the port refuses connections).
    StopListening,
    /// Accept and keep silent, never reading (a dead peer).
    AcceptSilently,
}

pub struct TestServer {
    pub addr: std::net::SocketAddr,
    requests: Arc<Mutex<Vec<String>>>,
    task: tokio::task::JoinHandle<()>,
}

impl TestServer {
    /// `ws://127.0.0.1:PORT` (no trailing slash).
    pub fn base(&self) -> String {
        format!("ws://{}", self.addr)
    }

    /// The request target (path and query) of every connection so far.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().expect("lock").clone()
    }

    /// Waits until `n` connections have been made (up to 10 s).
    pub async fn wait_for_requests(&self, n: usize) -> Vec<String> {
        for _ in 0..1000 {
            let seen = self.requests();
            if seen.len() >= n {
                return seen;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("expected {n} connections, saw {:?}", self.requests());
    }

    pub async fn start(script: Vec<Session>, after: AfterScript) -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&requests);
        let task = tokio::spawn(async move {
            let mut script = script.into_iter();
            loop {
                let session = script.next();
                if session.is_none() && after == AfterScript::StopListening {
                    return;
                }
                let Ok((tcp, _)) = listener.accept().await else {
                    return;
                };
                let seen = Arc::clone(&seen);
                let record = move |request: &Request, response: Response| {
                    seen.lock().expect("lock").push(request.uri().to_string());
                    Ok(response)
                };
                let Ok(mut socket) = tokio_tungstenite::accept_hdr_async(tcp, record).await else {
                    continue;
                };
                let Some(session) = session else {
                    // Silent and never reading: pings go unanswered.
                    tokio::spawn(async move {
                        tokio::time::sleep(Duration::from_secs(30)).await;
                        drop(socket);
                    });
                    continue;
                };
                for frame in session.frames {
                    if socket.send(Frame::text(frame)).await.is_err() {
                        break;
                    }
                }
                if session.then_drop {
                    drop(socket);
                } else {
                    tokio::spawn(async move { while let Some(Ok(_)) = socket.next().await {} });
                }
            }
        });
        TestServer {
            addr,
            requests,
            task,
        }
    }

    /// A server that refuses every upgrade with HTTP 400 and this body, as
    /// certstream-server does for a bad filter.
    pub async fn rejecting(body: &'static str) -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&requests);
        let task = tokio::spawn(async move {
            while let Ok((tcp, _)) = listener.accept().await {
                let seen = Arc::clone(&seen);
                let refuse = move |request: &Request, _response: Response| {
                    seen.lock().expect("lock").push(request.uri().to_string());
                    let mut response = ErrorResponse::new(Some(body.to_owned()));
                    *response.status_mut() = StatusCode::BAD_REQUEST;
                    Err(response)
                };
                let _ = tokio_tungstenite::accept_hdr_async(tcp, refuse).await;
            }
        });
        TestServer {
            addr,
            requests,
            task,
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}
