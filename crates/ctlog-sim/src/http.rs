//! The HTTP front: one axum fallback handler that routes by hand.
//!
//! Routing is manual because the set of logs changes at runtime (logs are
//! added and removed while serving) and because every request goes through
//! the same steps: find the log by its first path segment, classify the
//! endpoint, count it, take a queued fault, answer, then apply body faults
//! and gzip (when `Accept-Encoding` allows it, as static-ct-api recommends).

use std::sync::{Arc, RwLock};

use axum::extract::{Query, Request, State};
use axum::http::{header, StatusCode};
use axum::response::Response;

use crate::entry::Protocol;
use crate::fault::{Endpoint, Fault};
use crate::log::Log;
use crate::reply::Reply;
use crate::{log_list, rfc6962_api, static_api};

/// The logs being served, in creation order (the log list keeps that order).
#[derive(Default)]
pub(crate) struct Registry {
    logs: RwLock<Vec<Arc<Log>>>,
}

impl Registry {
    /// A snapshot of the current logs.
    pub(crate) fn all(&self) -> Vec<Arc<Log>> {
        self.logs.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The log named `name`.
    pub(crate) fn get(&self, name: &str) -> Option<Arc<Log>> {
        self.logs
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .find(|l| l.config.name == name)
            .cloned()
    }

    /// Adds a log; false if the name is taken.
    pub(crate) fn add(&self, log: Arc<Log>) -> bool {
        let mut logs = self.logs.write().unwrap_or_else(|e| e.into_inner());
        if logs.iter().any(|l| l.config.name == log.config.name) {
            return false;
        }
        logs.push(log);
        true
    }

    /// Removes a log; false if there was none by that name.
    pub(crate) fn remove(&self, name: &str) -> bool {
        let mut logs = self.logs.write().unwrap_or_else(|e| e.into_inner());
        let before = logs.len();
        logs.retain(|l| l.config.name != name);
        logs.len() != before
    }
}

/// Which endpoint `sub` (the path below the log prefix) names, for `protocol`.
fn classify(protocol: Protocol, sub: &str) -> Option<Endpoint> {
    match protocol {
        Protocol::Rfc6962 => match sub {
            "ct/v1/get-sth" => Some(Endpoint::GetSth),
            "ct/v1/get-entries" => Some(Endpoint::GetEntries),
            "ct/v1/get-roots" => Some(Endpoint::GetRoots),
            _ => None,
        },
        Protocol::StaticCt => {
            if sub == "checkpoint" {
                Some(Endpoint::Checkpoint)
            } else if sub.starts_with("tile/data/") {
                Some(Endpoint::DataTile)
            } else if sub.starts_with("tile/") {
                Some(Endpoint::HashTile)
            } else if sub.starts_with("issuer/") {
                Some(Endpoint::Issuer)
            } else {
                None
            }
        }
    }
}

/// The single request handler.
pub(crate) async fn handle(State(registry): State<Arc<Registry>>, req: Request) -> Response {
    let gzip = req
        .headers()
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.contains("gzip"));
    let path = req.uri().path();
    if path == "/log_list.json" {
        return Reply::json(&log_list::log_list(&registry.all())).into_response(gzip);
    }
    let Some((name, sub)) = path.trim_start_matches('/').split_once('/') else {
        return Reply::not_found().into_response(gzip);
    };
    let Some(log) = registry.get(name) else {
        return Reply::not_found().into_response(gzip);
    };
    let Some(endpoint) = classify(log.config.protocol, sub) else {
        return Reply::not_found().into_response(gzip);
    };
    let fault = log.lock().faults.on_request(endpoint, sub);
    match &fault {
        Some(Fault::Delay(d)) => tokio::time::sleep(*d).await,
        Some(Fault::Status { code, retry_after }) => {
            let status = StatusCode::from_u16(*code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let mut reply = Reply::error(status, "injected fault");
            reply.retry_after = retry_after.map(|d| d.as_secs());
            return reply.into_response(gzip);
        }
        _ => {}
    }
    let mut reply = match endpoint {
        Endpoint::GetSth => rfc6962_api::get_sth(&log, fault.as_ref()),
        Endpoint::GetEntries => {
            let range = Query::try_from_uri(req.uri()).ok().map(|Query(r)| r);
            rfc6962_api::get_entries(&log, range, fault.as_ref())
        }
        Endpoint::GetRoots => rfc6962_api::get_roots(&log),
        Endpoint::Checkpoint => static_api::checkpoint(&log, fault.as_ref()),
        Endpoint::DataTile => static_api::data_tile(&log, sub.trim_start_matches("tile/data/")),
        Endpoint::HashTile => match sub.trim_start_matches("tile/").split_once('/') {
            Some((level, rest)) => static_api::hash_tile(&log, level, rest),
            None => Reply::not_found(),
        },
        Endpoint::Issuer => static_api::issuer(&log, sub.trim_start_matches("issuer/")),
    };
    if fault == Some(Fault::TruncatedBody) {
        reply.truncate();
    }
    reply.into_response(gzip)
}
