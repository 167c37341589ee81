//! The per-log positions file in the state directory.
//!
//! # Design
//! `positions.json` maps each log's URL to the index of the next entry the
//! server would fetch. It is written periodically and at shutdown, by
//! writing a temporary file, syncing it and renaming it over the old one,
//! so a crash leaves either the old or the new file, never a torn one.
//! Today the server starts every log at its current head and the file is a
//! record for operators; resuming from it (with a bounded catch-up) is the
//! planned next step and needs no format change.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use anyhow::Context;

use crate::stats::Stats;

/// File name inside the state directory.
pub const FILE_NAME: &str = "positions.json";

/// Write every known log position to `state_dir/positions.json`, atomically.
pub fn save(state_dir: &Path, stats: &Stats) -> anyhow::Result<()> {
    let positions: BTreeMap<String, u64> = stats
        .snapshot()
        .logs
        .into_iter()
        .filter_map(|log| Some((log.url, log.position?)))
        .collect();
    let json = serde_json::to_vec_pretty(&positions)?;
    let path = state_dir.join(FILE_NAME);
    let tmp = state_dir.join(format!("{FILE_NAME}.tmp"));
    let mut file =
        std::fs::File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
    file.write_all(&json)?;
    file.sync_all()?;
    std::fs::rename(&tmp, &path).with_context(|| format!("replacing {}", path.display()))?;
    Ok(())
}
