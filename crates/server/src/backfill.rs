//! `certstream-server backfill`: a range of one log's history as NDJSON.
//!
//! Researchers want past entries in exactly the format the stream has, so
//! each line is the full-stream `certificate_update` that
//! `certstream_format::render` gives the live server (without
//! `data.cursor`, which is a position in a server's stream).
//!
//! # Design
//! - **Same clients, same renderer.** RFC 6962 logs are read with
//!   `get-entries` batches, static-ct-api logs with data tiles
//!   (`ct::tile::tiles_covering` over the checkpoint's tree size, so only
//!   full tiles are asked for except at the very head); `cert_link` is what
//!   the watchers publish.
//! - **Which protocol:** `--rfc6962`/`--static` when given; else the log
//!   list (`--log-list`, Google's by default) says, and also supplies
//!   `source.name`; else the log is probed (`checkpoint`, then `get-sth`).
//! - **Ordered, concurrent fetches.** Up to `--parallel-fetches` batches or
//!   tiles are in flight (`futures`' `buffered`), written in index order.
//!   An RFC 6962 log may answer a batch short; the rest of the batch is
//!   asked for again before it counts as fetched.
//! - **Errors are retried** with the server's [`Backoff`] (exponential,
//!   jittered, at least the log's `Retry-After`), up to `--max-retries`
//!   times per request; then the command fails, and re-running it resumes
//!   (see `output`). An entry that does not decode is reported on stderr
//!   and skipped, as the live server does.
//! - Progress goes to stderr (`progress`); data goes to `--out` or stdout.

mod output;
mod progress;

use std::future::Future;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use ct::issuer_cache::IssuerCache;
use ct::loglist::Protocol;
use ct::tile::tiles_covering;
use ct::{rfc6962, static_ct, FetchError, LogEntry};
use futures::{stream, StreamExt, TryStreamExt};

use crate::backoff::Backoff;
use crate::config::DEFAULT_LOG_LIST;
use crate::log_list::{self, ListSettings};
use crate::operators::USER_AGENT;
use crate::pipeline::render_entry;
use crate::stats::unix_now;
use output::Output;
use progress::Progress;

/// Flags of `certstream-server backfill`.
#[derive(Debug, Clone, clap::Args)]
pub struct BackfillArgs {
    /// The log: RFC 6962 base URL or static-ct-api monitoring prefix.
    #[arg(long, value_name = "URL")]
    pub log: String,
    /// First entry index.
    #[arg(long, value_name = "N")]
    pub from: u64,
    /// Last entry index (inclusive).
    #[arg(long, value_name = "M")]
    pub to: u64,
    /// Output file (resumable); standard output when absent.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The log speaks c2sp.org static-ct-api (tiles).
    #[arg(long = "static", conflicts_with = "rfc6962")]
    pub static_ct: bool,
    /// The log speaks RFC 6962 (get-entries).
    #[arg(long)]
    pub rfc6962: bool,
    /// Log list used to tell the protocol and `source.name`: URL or path.
    #[arg(long, value_name = "URL-or-PATH", default_value = DEFAULT_LOG_LIST)]
    pub log_list: String,
    /// Entries per get-entries request (RFC 6962).
    #[arg(long, value_name = "N", default_value_t = 256,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub batch_size: u64,
    /// Requests in flight at once.
    #[arg(long, value_name = "N", default_value_t = 4,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub parallel_fetches: u64,
    /// Timeout of one HTTP request.
    #[arg(long, value_name = "DURATION", default_value = "30s",
          value_parser = humantime::parse_duration)]
    pub request_timeout: Duration,
    /// Longest wait between retries.
    #[arg(long, value_name = "DURATION", default_value = "5m",
          value_parser = humantime::parse_duration)]
    pub max_backoff: Duration,
    /// Retries of one request before giving up (re-run to resume).
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub max_retries: u32,
}

/// The log being read, and what its messages say about it.
struct Target {
    reader: Reader,
    /// `source.url`: the list's URL (with trailing `/`).
    url: String,
    /// `source.name`: the list's description, else the URL.
    name: String,
}

enum Reader {
    Rfc6962(rfc6962::Client),
    StaticCt(static_ct::Client),
}

/// Retry policy of every request.
#[derive(Clone, Copy)]
struct Retry {
    max_backoff: Duration,
    max_retries: u32,
}

/// Run the backfill to completion.
pub async fn run(args: BackfillArgs) -> anyhow::Result<()> {
    anyhow::ensure!(
        args.from <= args.to,
        "--from {} is after --to {}",
        args.from,
        args.to
    );
    let http = reqwest::Client::builder()
        .timeout(args.request_timeout)
        .user_agent(USER_AGENT)
        .build()
        .context("building the HTTP client")?;
    let retry = Retry {
        max_backoff: args.max_backoff,
        max_retries: args.max_retries,
    };
    let target = resolve(&args, &http).await?;
    let mut out = match &args.out {
        Some(path) => Output::file(path, args.from, args.to, &target.url)?,
        None => Output::stdout(args.from),
    };
    let start = out.next_index;
    let total = args.to - args.from + 1;
    let mut progress = Progress::new(total, start - args.from);
    if start > args.to {
        progress.finish(start);
        return Ok(());
    }

    let size = with_retry(retry, "reading the tree size", || tree_size(&target.reader)).await?;
    anyhow::ensure!(
        args.to < size,
        "--to {} is beyond the log's last entry ({} entries)",
        args.to,
        size
    );

    let parallel = usize::try_from(args.parallel_fetches).unwrap_or(1);
    let mut batches = fetch_batches(&target, start, args.to, size, &args, retry, parallel);
    let mut next = start;
    while let Some(batch) = batches.try_next().await? {
        let (first, end) = (next, batch.end);
        for pending in &batch.entries {
            out.line(&render_line(&target, pending))
                .context("writing the output")?;
        }
        out.flush().context("writing the output")?;
        next = end;
        progress.advance(end - first, next);
    }
    progress.finish(next);
    Ok(())
}

/// Entries of one request, in order, ending before log index `end`.
struct Batch {
    entries: Vec<(LogEntry, String)>,
    end: u64,
}

/// The batches covering `start..=to`, fetched `parallel` at a time and
/// yielded in order.
fn fetch_batches<'a>(
    target: &'a Target,
    start: u64,
    to: u64,
    size: u64,
    args: &BackfillArgs,
    retry: Retry,
    parallel: usize,
) -> stream::BoxStream<'a, anyhow::Result<Batch>> {
    match &target.reader {
        Reader::Rfc6962(client) => {
            let batch = args.batch_size;
            let starts = (start..=to).step_by(usize::try_from(batch).unwrap_or(usize::MAX));
            stream::iter(starts)
                .map(move |first| {
                    let last = first.saturating_add(batch - 1).min(to);
                    fetch_rfc6962(client, first, last, retry)
                })
                .buffered(parallel)
                .boxed()
        }
        Reader::StaticCt(client) => {
            let cache = IssuerCache::new();
            let spans = tiles_covering(start, size).take_while(move |s| s.first_index() <= to);
            stream::iter(spans)
                .map(move |span| {
                    let cache = cache.clone();
                    async move {
                        let what = format!("data tile {}", span.n);
                        let entries = with_retry(retry, &what, || {
                            client.tile_entries(span.n, span.width, &cache)
                        })
                        .await?;
                        let link = client.tile_link(span.n, span.width);
                        let end = (span.first_index() + u64::from(span.width)).min(to + 1);
                        let entries = entries
                            .into_iter()
                            .skip(usize::from(span.skip))
                            .take_while(|e| e.index <= to)
                            .map(|e| (e, link.clone()))
                            .collect();
                        Ok(Batch { entries, end })
                    }
                })
                .buffered(parallel)
                .boxed()
        }
    }
}

/// Entries `first..=last` of an RFC 6962 log, asking again for the rest
/// when the log answers short.
async fn fetch_rfc6962(
    client: &rfc6962::Client,
    first: u64,
    last: u64,
    retry: Retry,
) -> anyhow::Result<Batch> {
    let mut entries = Vec::new();
    let mut next = first;
    while next <= last {
        let what = format!("get-entries {next}..={last}");
        let raws = with_retry(retry, &what, || client.get_entries(next, last)).await?;
        anyhow::ensure!(!raws.is_empty(), "{what}: the log returned no entries");
        for raw in &raws {
            match rfc6962::decode_entry(next, raw) {
                Ok(entry) => entries.push((entry, client.entry_link(next))),
                Err(error) => {
                    tracing::warn!(index = next, %error, "entry skipped: it does not decode")
                }
            }
            next += 1;
        }
    }
    Ok(Batch {
        entries,
        end: last + 1,
    })
}

/// Call `attempt` until it succeeds or has failed `retry.max_retries`
/// times after the first try, waiting with backoff in between.
async fn with_retry<T, F, Fut>(retry: Retry, what: &str, mut attempt: F) -> anyhow::Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, FetchError>>,
{
    let mut backoff = Backoff::new(retry.max_backoff);
    let mut failures = 0u32;
    loop {
        match attempt().await {
            Ok(value) => return Ok(value),
            Err(error) if failures < retry.max_retries => {
                failures += 1;
                let delay = backoff.next_delay(error.retry_after());
                tracing::warn!(%error, ?delay, "{what} failed; retrying");
                tokio::time::sleep(delay).await;
            }
            Err(error) => {
                return Err(anyhow::Error::new(error).context(format!(
                    "{what} failed {} times; re-run to resume",
                    failures + 1
                )))
            }
        }
    }
}

/// The log's current tree size.
async fn tree_size(reader: &Reader) -> Result<u64, FetchError> {
    match reader {
        Reader::Rfc6962(client) => client.get_sth().await.map(|sth| sth.tree_size),
        Reader::StaticCt(client) => client.checkpoint().await.map(|c| c.tree_size),
    }
}

/// One output line: the full-stream message of an entry.
fn render_line(target: &Target, (entry, link): &(LogEntry, String)) -> String {
    render_entry(entry, link, &target.url, &target.name, unix_now()).full
}

/// Decide the protocol (flags, else the log list, else probing) and the
/// `source` fields.
async fn resolve(args: &BackfillArgs, http: &reqwest::Client) -> anyhow::Result<Target> {
    let url = if args.log.ends_with('/') {
        args.log.clone()
    } else {
        format!("{}/", args.log)
    };
    let listed = listed_log(args, http, &url).await;
    let name = listed
        .as_ref()
        .map_or_else(|| url.clone(), |(_, description)| description.clone());
    let rfc6962_client = || rfc6962::Client::new(http.clone(), &url).context("bad --log URL");
    let static_client = || static_ct::Client::new(http.clone(), &url).context("bad --log URL");
    let reader = if args.rfc6962 {
        Reader::Rfc6962(rfc6962_client()?)
    } else if args.static_ct {
        Reader::StaticCt(static_client()?)
    } else if let Some((is_static, _)) = listed {
        if is_static {
            Reader::StaticCt(static_client()?)
        } else {
            Reader::Rfc6962(rfc6962_client()?)
        }
    } else {
        let probe = static_client()?;
        if probe.checkpoint().await.is_ok() {
            Reader::StaticCt(probe)
        } else if rfc6962_client()?.get_sth().await.is_ok() {
            Reader::Rfc6962(rfc6962_client()?)
        } else {
            anyhow::bail!(
                "{url} answers neither static-ct-api (checkpoint) nor RFC 6962 (get-sth); \
                 check the URL or pass --static/--rfc6962"
            );
        }
    };
    Ok(Target { reader, url, name })
}

/// `(is static-ct, description)` of the log at `url` in the log list, if
/// the list loads and has it.
async fn listed_log(
    args: &BackfillArgs,
    http: &reqwest::Client,
    url: &str,
) -> Option<(bool, String)> {
    let settings = ListSettings {
        location: args.log_list.clone(),
        verify: true,
        extra_logs: Vec::new(),
        exclude: Vec::new(),
    };
    let sources = match log_list::load(&settings, http).await {
        Ok(sources) => sources,
        Err(error) => {
            tracing::warn!(list = %args.log_list, error = format!("{error:#}"), "log list not read; the protocol will be probed");
            return None;
        }
    };
    sources.into_iter().find(|s| s.url() == url).map(|s| {
        let is_static = matches!(s.protocol, Protocol::StaticCt { .. });
        (is_static, s.description)
    })
}
