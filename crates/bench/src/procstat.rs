//! CPU time and memory of a process (or this thread) from `/proc`.
//!
//! # Design
//! Linux only, read straight from `/proc/<pid>/stat` and `status`: the
//! numbers `top` shows, with no extra crate. Clock ticks are assumed to be
//! 100 per second (`CLK_TCK` on every mainstream Linux build).

use anyhow::Context;

const TICKS_PER_SECOND: f64 = 100.0;

/// User plus system CPU seconds used so far by `/proc/<target>`
/// (`<pid>` or `thread-self`).
pub fn cpu_seconds(target: &str) -> anyhow::Result<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{target}/stat"))
        .with_context(|| format!("reading /proc/{target}/stat"))?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let after = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest)
        .context("malformed stat")?;
    let fields: Vec<&str> = after.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of stat, i.e. 11 and 12 after ')'.
    let ticks = |i: usize| -> anyhow::Result<f64> {
        Ok(fields.get(i).context("short stat")?.parse::<f64>()?)
    };
    Ok((ticks(11)? + ticks(12)?) / TICKS_PER_SECOND)
}

/// Resident set size of process `pid`, in KiB.
pub fn rss_kib(pid: u32) -> anyhow::Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .context("no VmRSS")
}
