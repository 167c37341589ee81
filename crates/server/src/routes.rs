//! HTTP routes: the three websocket streams, the HTML page and the JSON
//! endpoints.
//!
//! # Design
//! - `GET /` serves two things, like the original certstream: with a
//!   websocket upgrade it is the lite stream, without one an HTML page (the
//!   page in `static/index.html`, compiled in so the binary is
//!   self-contained) that itself connects to the lite stream.
//! - The JSON routes answer from data already serialised by the hub and
//!   the stats registry; `/latest.json` and `/example.json` never re-encode
//!   certificates.
//! - **Websocket upgrades are done here, not by axum's `WebSocketUpgrade`**,
//!   because sessions write prebuilt frames straight to the upgraded
//!   connection (see `frame`). The handshake is RFC 6455 §4.2 (HTTP/1.1
//!   `Upgrade: websocket`); the accept key comes from tungstenite, and
//!   permessage-deflate is negotiated by `deflate` when enabled.
//! - **Limits are checked before the upgrade**: over the connection limits
//!   the client gets HTTP 503 or 429 with a sentence saying why (`limits`).
//! - **Query options**: `?on_lag=skip` asks to skip ahead with a `skipped`
//!   message instead of being closed when falling behind the ring. Other
//!   query parameters are ignored.
//! - Websocket sessions are spawned on the server's `TaskTracker` so that
//!   shutdown can wait for their close frames to go out.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

use axum::extract::{ConnectInfo, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use hyper::upgrade::OnUpgrade;
use hyper_util::rt::TokioIo;
use serde::Deserialize;
use tokio_tungstenite::tungstenite::handshake::derive_accept_key;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::connection::{self, ClientOptions, OnLag, SessionSettings};
use crate::deflate;
use crate::hub::{Hub, StreamKind};
use crate::limits::ConnectionLimiter;
use crate::stats::Stats;

/// The page served at `GET /` without an upgrade.
const INDEX_HTML: &str = include_str!("../static/index.html");

/// What every handler needs; cheap to clone.
#[derive(Debug, Clone)]
pub struct AppState {
    /// Source of every streamed message.
    pub hub: Hub,
    /// Counters for `/stats` and client counting.
    pub stats: Arc<Stats>,
    /// Timers and inbound limits of each session.
    pub session: SessionSettings,
    /// Whether permessage-deflate is offered.
    pub compression: bool,
    /// Connection limits, checked before each upgrade.
    pub limiter: Arc<ConnectionLimiter>,
    /// Cancelled at shutdown; sessions then send 1001.
    pub shutdown: CancellationToken,
    /// Tracks sessions so shutdown can wait for them.
    pub sessions: TaskTracker,
}

/// The router with every route.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(index))
        .route("/full-stream", get(full_stream))
        .route("/domains-only", get(domains_only))
        .route("/latest.json", get(latest))
        .route("/example.json", get(example))
        .route("/stats", get(stats))
        .route("/metrics", get(metrics))
        .with_state(state)
}

/// `/`: lite stream on upgrade, HTML page otherwise.
async fn index(State(state): State<AppState>, request: Request) -> Response {
    if is_upgrade(request.headers()) {
        stream(state, request, StreamKind::Lite)
    } else {
        Html(INDEX_HTML).into_response()
    }
}

async fn full_stream(State(state): State<AppState>, request: Request) -> Response {
    stream(state, request, StreamKind::Full)
}

async fn domains_only(State(state): State<AppState>, request: Request) -> Response {
    stream(state, request, StreamKind::DomainsOnly)
}

/// Query parameters of the stream routes.
#[derive(Debug, Deserialize)]
struct StreamQuery {
    /// `close` (default) or `skip`.
    on_lag: Option<String>,
}

/// Check the handshake and the limits, answer 101, and run the session on
/// the upgraded connection (tracked, so shutdown can wait for it).
fn stream(state: AppState, mut request: Request, kind: StreamKind) -> Response {
    let headers = request.headers();
    if !is_upgrade(headers) {
        return refuse(
            StatusCode::BAD_REQUEST,
            "expected a websocket upgrade (Connection: upgrade, Upgrade: websocket)",
        );
    }
    if headers.get(header::SEC_WEBSOCKET_VERSION) != Some(&HeaderValue::from_static("13")) {
        let mut response = refuse(
            StatusCode::UPGRADE_REQUIRED,
            "unsupported websocket version: only 13 is spoken",
        );
        response.headers_mut().insert(
            header::SEC_WEBSOCKET_VERSION,
            HeaderValue::from_static("13"),
        );
        return response;
    }
    let Some(key) = headers.get(header::SEC_WEBSOCKET_KEY) else {
        return refuse(StatusCode::BAD_REQUEST, "missing Sec-WebSocket-Key");
    };
    let on_lag = match Query::<StreamQuery>::try_from_uri(request.uri()) {
        Ok(Query(StreamQuery { on_lag: None })) => OnLag::Close,
        Ok(Query(StreamQuery { on_lag: Some(v) })) if v == "close" => OnLag::Close,
        Ok(Query(StreamQuery { on_lag: Some(v) })) if v == "skip" => OnLag::Skip,
        _ => return refuse(StatusCode::BAD_REQUEST, "on_lag must be close or skip"),
    };
    let deflate = state.compression
        && deflate::accepts(
            headers
                .get_all(header::SEC_WEBSOCKET_EXTENSIONS)
                .iter()
                .filter_map(|v| v.to_str().ok()),
        );
    let accept = derive_accept_key(key.as_bytes());
    let ip = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |info| info.0.ip());
    let Some(on_upgrade) = request.extensions_mut().remove::<OnUpgrade>() else {
        return refuse(
            StatusCode::BAD_REQUEST,
            "this connection cannot be upgraded (websockets need HTTP/1.1)",
        );
    };
    let permit = match state.limiter.acquire(ip) {
        Ok(permit) => permit,
        Err(refused) => {
            state.stats.sessions.refused(refused);
            return refuse(refused.status(), &refused.to_string());
        }
    };
    if deflate {
        state.stats.sessions.deflate_session();
    }

    // Subscribe before answering so the client sees every message
    // published from the moment it connected.
    let subscription = state.hub.subscribe();
    let client = ClientOptions {
        kind,
        deflate,
        on_lag,
    };
    state.sessions.spawn(async move {
        let _permit = permit;
        let Ok(upgraded) = on_upgrade.await else {
            return;
        };
        connection::run(
            TokioIo::new(upgraded),
            client,
            subscription,
            state.session,
            state.stats,
            state.shutdown,
        )
        .await;
    });

    let mut response = StatusCode::SWITCHING_PROTOCOLS.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONNECTION, HeaderValue::from_static("upgrade"));
    headers.insert(header::UPGRADE, HeaderValue::from_static("websocket"));
    if let Ok(accept) = HeaderValue::from_str(&accept) {
        headers.insert(header::SEC_WEBSOCKET_ACCEPT, accept);
    }
    if deflate {
        headers.insert(
            header::SEC_WEBSOCKET_EXTENSIONS,
            HeaderValue::from_static(deflate::RESPONSE),
        );
    }
    response
}

/// Whether the request asks for a websocket upgrade.
fn is_upgrade(headers: &HeaderMap) -> bool {
    let has_token = |name: header::HeaderName, token: &str| {
        headers.get_all(name).iter().any(|value| {
            value.to_str().is_ok_and(|v| {
                v.split(',')
                    .any(|part| part.trim().eq_ignore_ascii_case(token))
            })
        })
    };
    has_token(header::CONNECTION, "upgrade") && has_token(header::UPGRADE, "websocket")
}

/// A plain-text refusal.
fn refuse(status: StatusCode, why: &str) -> Response {
    (status, format!("{why}\n")).into_response()
}

/// `{"messages":[...]}`: the 25 newest lite messages, newest first.
async fn latest(State(state): State<AppState>) -> Response {
    json_text(state.hub.latest_json())
}

/// The newest lite message; 404 with `{}` before the first one.
async fn example(State(state): State<AppState>) -> Response {
    match state.hub.example() {
        Some(message) => json_text(message.as_str().to_owned()),
        None => (StatusCode::NOT_FOUND, json_text("{}".to_owned())).into_response(),
    }
}

/// Connected clients and per-log counters.
async fn stats(State(state): State<AppState>) -> Response {
    Json(state.stats.snapshot()).into_response()
}

/// Per-log and process counters in the Prometheus text format.
async fn metrics(State(state): State<AppState>) -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        crate::metrics::render(&state.stats.snapshot()),
    )
        .into_response()
}

/// A response whose body is already JSON text.
fn json_text(body: String) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], body).into_response()
}
