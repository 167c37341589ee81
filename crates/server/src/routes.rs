//! HTTP routes: the three streams (websocket, Server-Sent Events, NDJSON),
//! the HTML page and the JSON endpoints.
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
//! - **Query options** (parsed by `stream_request`, a 400 before any
//!   upgrade when wrong): `?on_lag=skip` asks to skip ahead with a
//!   `skipped` message instead of being closed when falling behind the
//!   ring; `since=<cursor>` resumes (history, then live); the filters
//!   (`domain`, `regex`, `update_type`, `issuer`, `log`) and `dedupe=1`
//!   select what is sent. Other query parameters are ignored.
//! - **Plain HTTP on the same routes**: `?format=ndjson` streams NDJSON and
//!   `Accept: text/event-stream` streams Server-Sent Events of that
//!   route's kind; `/sse?stream=full|lite|domains` (default lite) is the
//!   route an `EventSource` can open without setting headers.
//! - Websocket sessions are spawned on the server's `TaskTracker` so that
//!   shutdown can wait for their close frames to go out.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use hyper::upgrade::OnUpgrade;
use hyper_util::rt::TokioIo;
use tokio_tungstenite::tungstenite::handshake::derive_accept_key;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::connection::{self, ClientOptions, SessionSettings};
use crate::deflate;
use crate::feed::Feed;
use crate::history::History;
use crate::hub::{Hub, StreamKind};
use crate::limits::{ConnectionLimiter, Permit, Refused};
use crate::plain_stream::{self, Format, PlainClient};
use crate::selection::Selection;
use crate::stats::Stats;
use crate::stream_request::{self, StreamRequest};

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
    /// Recent messages, for clients resuming with `since`.
    pub history: Arc<dyn History>,
    /// Issuances a `dedupe=1` client remembers.
    pub dedupe_window: usize,
}

/// The router with every route.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(index))
        .route("/full-stream", get(full_stream))
        .route("/domains-only", get(domains_only))
        .route("/sse", get(sse))
        .route("/latest.json", get(latest))
        .route("/example.json", get(example))
        .route("/stats", get(stats))
        .route("/metrics", get(metrics))
        .with_state(state)
}

/// The routes of a NATS ingest node, which serves no client: `/stats` and
/// `/metrics` only (its log counters are what there is to watch).
pub fn ops_router(stats: Arc<Stats>) -> Router {
    let snapshot = move || stats.snapshot();
    let for_metrics = snapshot.clone();
    Router::new()
        .route("/stats", get(move || async move { Json(snapshot()) }))
        .route(
            "/metrics",
            get(move || async move {
                (
                    [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
                    crate::metrics::render(&for_metrics()),
                )
            }),
        )
}

/// `/`: lite stream on upgrade (or for SSE/NDJSON), HTML page otherwise.
async fn index(State(state): State<AppState>, request: Request) -> Response {
    let wants_ndjson = url::form_urlencoded::parse(request.uri().query().unwrap_or("").as_bytes())
        .any(|(key, _)| key == "format");
    if is_upgrade(request.headers()) || stream_request::wants_sse(request.headers()) || wants_ndjson
    {
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

/// `/sse?stream=full|lite|domains`: Server-Sent Events (default lite).
async fn sse(State(state): State<AppState>, request: Request) -> Response {
    let options = match stream_request::parse(request.uri(), request.headers()) {
        Ok(options) => options,
        Err(why) => return refuse(StatusCode::BAD_REQUEST, &why),
    };
    let kind = options.stream.unwrap_or(StreamKind::Lite);
    plain(state, &request, options, kind, Format::Sse)
}

/// Parse the options, then stream as NDJSON, SSE or (after checking the
/// handshake and the limits and answering 101) a websocket session on the
/// upgraded connection (tracked, so shutdown can wait for it).
fn stream(state: AppState, mut request: Request, kind: StreamKind) -> Response {
    let options = match stream_request::parse(request.uri(), request.headers()) {
        Ok(options) => options,
        Err(why) => return refuse(StatusCode::BAD_REQUEST, &why),
    };
    if options.ndjson {
        return plain(state, &request, options, kind, Format::Ndjson);
    }
    if stream_request::wants_sse(request.headers()) {
        return plain(state, &request, options, kind, Format::Sse);
    }
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
    let deflate = state.compression
        && deflate::accepts(
            headers
                .get_all(header::SEC_WEBSOCKET_EXTENSIONS)
                .iter()
                .filter_map(|v| v.to_str().ok()),
        );
    let accept = derive_accept_key(key.as_bytes());
    let ip = peer_ip(&request);
    let Some(on_upgrade) = request.extensions_mut().remove::<OnUpgrade>() else {
        return refuse(
            StatusCode::BAD_REQUEST,
            "this connection cannot be upgraded (websockets need HTTP/1.1)",
        );
    };
    let permit = match admit(&state, ip) {
        Ok(permit) => permit,
        Err(refused) => return refuse(refused.status(), &refused.to_string()),
    };
    if deflate {
        state.stats.sessions.deflate_session();
    }

    // Subscribe before answering so the client sees every message
    // published from the moment it connected.
    let (feed, selection) = feed_and_selection(&state, &options);
    let client = ClientOptions {
        kind,
        deflate,
        on_lag: options.on_lag,
    };
    state.sessions.spawn(async move {
        let _permit = permit;
        let Ok(upgraded) = on_upgrade.await else {
            return;
        };
        connection::run(
            TokioIo::new(upgraded),
            client,
            feed,
            selection,
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

/// Stream SSE or NDJSON on the response body, within the connection limits.
fn plain(
    state: AppState,
    request: &Request,
    options: StreamRequest,
    kind: StreamKind,
    format: Format,
) -> Response {
    let permit = match admit(&state, peer_ip(request)) {
        Ok(permit) => permit,
        Err(refused) => return refuse(refused.status(), &refused.to_string()),
    };
    let (feed, selection) = feed_and_selection(&state, &options);
    let client = PlainClient {
        format,
        kind,
        on_lag: options.on_lag,
        feed,
        selection,
    };
    plain_stream::respond(
        client,
        state.session.keepalive.heartbeat,
        state.stats,
        state.shutdown,
        &state.sessions,
        permit,
    )
}

/// The client's feed (from `since` or live) and its filters and dedup.
fn feed_and_selection(state: &AppState, options: &StreamRequest) -> (Feed, Selection) {
    let feed = match options.since {
        Some(since) => Feed::since(&state.hub, Arc::clone(&state.history), since),
        None => Feed::live(&state.hub),
    };
    let dedupe = options.dedupe.then_some(state.dedupe_window);
    (feed, Selection::new(options.filter.clone(), dedupe))
}

/// The client's address, for the per-IP limit.
fn peer_ip(request: &Request) -> IpAddr {
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |info| info.0.ip())
}

/// A connection slot, or the (counted) limit that refused it.
fn admit(state: &AppState, ip: IpAddr) -> Result<Permit, Refused> {
    state.limiter.acquire(ip).inspect_err(|refused| {
        state.stats.sessions.refused(*refused);
    })
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
