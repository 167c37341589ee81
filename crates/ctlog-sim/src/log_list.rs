//! `GET /log_list.json`: a Google v3 log list describing the listed logs, so
//! a monitor under test discovers the simulator exactly as it discovers the
//! real ecosystem. One operator, "ctlog-sim", holds RFC 6962 logs under
//! `logs` and static-ct-api logs under `tiled_logs`. Every log is `usable`
//! with a wide temporal interval; `mmd` is 60 s.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use serde_json::{json, Value};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::entry::Protocol;
use crate::log::Log;

const USABLE_SINCE: &str = "2024-01-01T00:00:00Z";
const INTERVAL_START: &str = "2020-01-01T00:00:00Z";
const INTERVAL_END: &str = "2100-01-01T00:00:00Z";

/// The log list JSON for `logs` (hidden logs are skipped).
pub(crate) fn log_list(logs: &[std::sync::Arc<Log>]) -> Value {
    let mut rfc6962 = Vec::new();
    let mut tiled = Vec::new();
    for log in logs {
        if !log.lock().listed {
            continue;
        }
        let mut entry = json!({
            "description": format!("ctlog-sim {}", log.config.name),
            "log_id": B64.encode(log.key.log_id()),
            "key": B64.encode(log.key.spki_der()),
            "mmd": 60,
            "state": { "usable": { "timestamp": USABLE_SINCE } },
            "temporal_interval": {
                "start_inclusive": INTERVAL_START,
                "end_exclusive": INTERVAL_END,
            },
        });
        match log.config.protocol {
            Protocol::Rfc6962 => {
                entry["url"] = json!(log.config.url);
                rfc6962.push(entry);
            }
            Protocol::StaticCt => {
                entry["submission_url"] = json!(log.config.url);
                entry["monitoring_url"] = json!(log.config.url);
                tiled.push(entry);
            }
        }
    }
    let now = OffsetDateTime::now_utc()
        .format(&Rfc3339)
        .unwrap_or_else(|_| USABLE_SINCE.to_owned());
    json!({
        "version": "3.0",
        "log_list_timestamp": now,
        "operators": [{
            "name": "ctlog-sim",
            "email": ["ctlog-sim@example.invalid"],
            "logs": rfc6962,
            "tiled_logs": tiled,
        }],
    })
}
