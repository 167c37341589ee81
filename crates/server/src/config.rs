//! Server configuration: command-line flags, environment, an optional TOML
//! file, and defaults.
//!
//! # Design
//! - **One source of truth, four layers.** [`Config`] is assembled with
//!   figment, lowest to highest precedence: [`Config::default`], the TOML
//!   file (`--config FILE` or `CERTSTREAM_CONFIG`), `PORT`, the
//!   `CERTSTREAM_*` environment, then the flags. Each layer only sets the
//!   keys it has, so a flag overrides exactly one setting.
//! - **clap parses flags only.** clap's own `env` feature would read the
//!   environment into the flag layer and make the precedence depend on clap
//!   internals; instead every flag is an `Option` that is absent unless
//!   given, and figment's `Env` provider reads `CERTSTREAM_*`. The help text
//!   names each variable by hand.
//! - **`PORT`** is what container platforms (Heroku, Cloud Run, ...) set. It
//!   means `0.0.0.0:$PORT`, sits just below `CERTSTREAM_LISTEN` and above the
//!   file, because the platform knows the port better than a file baked into
//!   an image.
//! - **Durations are human-readable** (`5s`, `500ms`, `2m`) everywhere: on
//!   the command line, in the environment and in the file (humantime).

use std::ffi::OsString;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use clap::Parser;
use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};

/// Google's v3 log list: every log Chrome knows, both protocols.
pub const DEFAULT_LOG_LIST: &str = "https://www.gstatic.com/ct/log_list/v3/log_list.json";

/// Prefix of every environment variable the server reads (besides `PORT`).
const ENV_PREFIX: &str = "CERTSTREAM_";

/// The [`Config`] keys, i.e. the `CERTSTREAM_*` variables read. Listed so an
/// unrelated `CERTSTREAM_SOMETHING` in the environment is ignored while a
/// typo in the config file is still an error.
const KEYS: &[&str] = &[
    "listen",
    "log_list",
    "state_dir",
    "poll_interval",
    "batch_size",
    "heartbeat_interval",
    "ping_interval",
    "request_timeout",
    "max_backoff",
    "client_buffer",
    "log_level",
    "max_connections",
    "max_connections_per_ip",
    "max_inbound_frame",
    "idle_timeout",
    "compression",
    "log_list_refresh",
    "verify_log_list",
    "start_at_head",
    "operator_concurrency",
    "parallel_fetches",
    "history_max_age",
    "history_max_bytes",
    "dedupe_window",
    "role",
    "nats",
    "nats_stream",
    "nats_replicas",
    "nats_duplicate_window",
];

/// Everything the server needs to run, after all layers are merged.
///
/// Exists as one plain struct so tests and embedders can build it directly
/// (`Config { listen: ..., ..Config::default() }`) without touching flags or
/// the environment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Address the HTTP/websocket server binds to (`127.0.0.1:0` picks a free port).
    pub listen: SocketAddr,
    /// Where the log list comes from: an `http(s)://` URL or a file path.
    pub log_list: String,
    /// Directory for state kept across restarts (the per-log positions database).
    pub state_dir: PathBuf,
    /// How often each log's head (get-sth / checkpoint) is polled once caught up.
    #[serde(with = "humantime_serde")]
    pub poll_interval: Duration,
    /// Entries asked for per RFC 6962 get-entries request.
    pub batch_size: u64,
    /// How often every websocket client gets a heartbeat message.
    #[serde(with = "humantime_serde")]
    pub heartbeat_interval: Duration,
    /// How often every websocket client gets a websocket ping frame.
    #[serde(with = "humantime_serde")]
    pub ping_interval: Duration,
    /// Timeout for one HTTP request to a log.
    #[serde(with = "humantime_serde")]
    pub request_timeout: Duration,
    /// Longest wait between retries of a failing log.
    #[serde(with = "humantime_serde")]
    pub max_backoff: Duration,
    /// Messages a websocket client may fall behind before it is disconnected.
    pub client_buffer: usize,
    /// tracing filter directive (`info`, `certstream_server=debug,info`, ...).
    pub log_level: String,
    /// Websocket connections served at once; more are refused with 503.
    pub max_connections: usize,
    /// Websocket connections from one IP address; more are refused with 429.
    pub max_connections_per_ip: usize,
    /// Largest frame payload a client may send (bytes); larger closes 1009.
    pub max_inbound_frame: usize,
    /// A client that sends nothing, not even a pong to our pings, for this
    /// long is disconnected. Must exceed `ping_interval`.
    #[serde(with = "humantime_serde")]
    pub idle_timeout: Duration,
    /// Offer permessage-deflate (each message is compressed once per stream
    /// and shared by every client that accepts it).
    pub compression: bool,
    /// How often the log list is re-read (new logs start at their head;
    /// logs that left are drained, then stopped).
    #[serde(with = "humantime_serde")]
    pub log_list_refresh: Duration,
    /// Verify Google's signature (`log_list.sig`) on a list from gstatic.com.
    pub verify_log_list: bool,
    /// Ignore saved positions: every log starts at its current head.
    pub start_at_head: bool,
    /// Concurrent requests to one log operator, across all its logs.
    pub operator_concurrency: usize,
    /// Batches or tiles fetched at once by a log that is behind.
    pub parallel_fetches: usize,
    /// Messages older than this are dropped from the on-disk history that
    /// `?since=` resumes from.
    #[serde(with = "humantime_serde")]
    pub history_max_age: Duration,
    /// Bytes of stored messages the history keeps at most (oldest dropped first).
    pub history_max_bytes: u64,
    /// Issuances a `?dedupe=1` client remembers (about 100 bytes each).
    pub dedupe_window: usize,
    /// What this process does: everything (the default), or one side of a
    /// NATS deployment (see `docs/scaling.md`).
    pub role: Role,
    /// NATS server URL(s), comma-separated: when set, certificates travel
    /// through a JetStream stream instead of the embedded history, and
    /// `history_max_age`/`history_max_bytes` are that stream's retention.
    pub nats: Option<String>,
    /// JetStream stream name (the subject and KV bucket derive from it).
    pub nats_stream: String,
    /// Replicas of the stream and the positions bucket (1, 3 or 5).
    pub nats_replicas: usize,
    /// How long JetStream remembers a message ID to drop a repeat: the
    /// longest an ingest may lag its twin, or take to restart, without
    /// duplicates.
    #[serde(with = "humantime_serde")]
    pub nats_duplicate_window: Duration,
    /// Operators (log list `name`) spoken to over HTTP/1.1 only.
    pub http1_operators: Vec<String>,
    /// Logs to watch besides the list's (config file only).
    pub extra_logs: Vec<crate::log_list::ExtraLog>,
    /// Logs not to watch: URL substrings or base64 log IDs (config file only).
    pub exclude: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: SocketAddr::from(([0, 0, 0, 0], 8080)),
            log_list: DEFAULT_LOG_LIST.to_owned(),
            state_dir: PathBuf::from("./state"),
            poll_interval: Duration::from_secs(5),
            batch_size: 256,
            heartbeat_interval: Duration::from_secs(30),
            ping_interval: Duration::from_secs(20),
            request_timeout: Duration::from_secs(30),
            max_backoff: Duration::from_secs(300),
            client_buffer: 8192,
            log_level: "info".to_owned(),
            max_connections: 10_000,
            max_connections_per_ip: 100,
            max_inbound_frame: 64 * 1024,
            idle_timeout: Duration::from_secs(70),
            compression: true,
            log_list_refresh: Duration::from_secs(3600),
            verify_log_list: true,
            start_at_head: false,
            operator_concurrency: 4,
            parallel_fetches: 4,
            history_max_age: Duration::from_secs(24 * 3600),
            history_max_bytes: 2 * 1024 * 1024 * 1024,
            dedupe_window: 8192,
            role: Role::All,
            nats: None,
            nats_stream: "certstream".to_owned(),
            nats_replicas: 1,
            nats_duplicate_window: Duration::from_secs(120),
            http1_operators: Vec::new(),
            extra_logs: Vec::new(),
            exclude: Vec::new(),
        }
    }
}

/// Command-line flags. Every value flag is optional so that "not given"
/// can fall through to the environment, the file and the defaults.
#[derive(Debug, Parser, Serialize)]
#[command(
    name = "certstream-server",
    version,
    about = "Certificate Transparency firehose: watches every CT log in a v3 log list \
             (RFC 6962 and static-ct-api) and streams each new certificate as certstream \
             JSON over websockets.",
    after_help = "Precedence: flags > CERTSTREAM_* environment > PORT > config file > defaults.\n\
                  Durations accept humantime syntax: 500ms, 5s, 2m, 1h.\n\
                  Streams: ws://HOST/ (lite), /full-stream, /domains-only. \
                  HTTP: /latest.json, /example.json, /stats."
)]
pub struct Cli {
    /// A one-off task instead of running the server (none: serve).
    #[command(subcommand)]
    #[serde(skip)]
    pub command: Option<Command>,

    /// TOML config file with the same keys as the flags, in snake_case
    /// (e.g. `poll_interval = "5s"`). [env: CERTSTREAM_CONFIG]
    #[arg(long, value_name = "FILE")]
    #[serde(skip)]
    pub config: Option<PathBuf>,

    /// Address to listen on. If neither this nor CERTSTREAM_LISTEN is set, the
    /// PORT variable alone means 0.0.0.0:$PORT. [env: CERTSTREAM_LISTEN]
    /// [default: 0.0.0.0:8080]
    #[arg(long, value_name = "ADDR:PORT")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listen: Option<SocketAddr>,

    /// CT log list (v3 schema) to watch: an http(s) URL or a file path.
    /// [env: CERTSTREAM_LOG_LIST] [default: Google's v3 list,
    /// https://www.gstatic.com/ct/log_list/v3/log_list.json]
    // The URL stays bare: this text is also `--help` output, where `<...>` would show.
    #[allow(rustdoc::bare_urls)]
    #[arg(long, value_name = "URL-or-PATH")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log_list: Option<String>,

    /// Directory for state kept across restarts (per-log positions); created
    /// if missing. [env: CERTSTREAM_STATE_DIR] [default: ./state]
    #[arg(long, value_name = "DIR")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_dir: Option<PathBuf>,

    /// How often to poll each log's head (RFC 6962 get-sth, static-ct-api
    /// checkpoint) once caught up. [env: CERTSTREAM_POLL_INTERVAL] [default: 5s]
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration)]
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "humantime_serde::option"
    )]
    pub poll_interval: Option<Duration>,

    /// Entries per RFC 6962 get-entries request (logs may return fewer).
    /// [env: CERTSTREAM_BATCH_SIZE] [default: 256]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batch_size: Option<u64>,

    /// How often each websocket client gets a JSON heartbeat message.
    /// [env: CERTSTREAM_HEARTBEAT_INTERVAL] [default: 30s]
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration)]
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "humantime_serde::option"
    )]
    pub heartbeat_interval: Option<Duration>,

    /// How often each websocket client gets a websocket ping frame (clients
    /// need not ping us). [env: CERTSTREAM_PING_INTERVAL] [default: 20s]
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration)]
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "humantime_serde::option"
    )]
    pub ping_interval: Option<Duration>,

    /// Timeout for one HTTP request to a CT log.
    /// [env: CERTSTREAM_REQUEST_TIMEOUT] [default: 30s]
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration)]
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "humantime_serde::option"
    )]
    pub request_timeout: Option<Duration>,

    /// Longest wait between retries of a failing log (retries back off
    /// exponentially with jitter up to this). [env: CERTSTREAM_MAX_BACKOFF]
    /// [default: 5m]
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration)]
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "humantime_serde::option"
    )]
    pub max_backoff: Option<Duration>,

    /// How many messages a websocket client may fall behind before it is
    /// disconnected (close frame with a reason). [env: CERTSTREAM_CLIENT_BUFFER]
    /// [default: 8192]
    #[arg(long, value_name = "MESSAGES", value_parser = clap::value_parser!(u64).range(1..))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_buffer: Option<u64>,

    /// Log filter, tracing-subscriber EnvFilter syntax (e.g. `info`,
    /// `certstream_server=debug,info`). [env: CERTSTREAM_LOG_LEVEL] [default: info]
    #[arg(long, value_name = "FILTER")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log_level: Option<String>,

    /// Websocket connections served at once; more are refused with HTTP 503.
    /// [env: CERTSTREAM_MAX_CONNECTIONS] [default: 10000]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_connections: Option<u64>,

    /// Websocket connections from one IP address; more are refused with HTTP
    /// 429. [env: CERTSTREAM_MAX_CONNECTIONS_PER_IP] [default: 100]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_connections_per_ip: Option<u64>,

    /// Largest websocket frame payload a client may send, in bytes; a larger
    /// one closes the session with 1009. [env: CERTSTREAM_MAX_INBOUND_FRAME]
    /// [default: 65536]
    #[arg(long, value_name = "BYTES", value_parser = clap::value_parser!(u64).range(1..))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_inbound_frame: Option<u64>,

    /// Disconnect a client that sends nothing (not even a pong to our pings)
    /// for this long; must exceed the ping interval.
    /// [env: CERTSTREAM_IDLE_TIMEOUT] [default: 70s]
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration)]
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "humantime_serde::option"
    )]
    pub idle_timeout: Option<Duration>,

    /// Offer permessage-deflate to websocket clients (true/false).
    /// [env: CERTSTREAM_COMPRESSION] [default: true]
    #[arg(long, value_name = "BOOL")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compression: Option<bool>,

    /// How often to re-read the log list. [env: CERTSTREAM_LOG_LIST_REFRESH]
    /// [default: 1h]
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration)]
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "humantime_serde::option"
    )]
    pub log_list_refresh: Option<Duration>,

    /// Do not verify Google's signature on a log list from gstatic.com.
    /// [env: CERTSTREAM_VERIFY_LOG_LIST=false]
    #[arg(long)]
    #[serde(skip)]
    pub no_verify_log_list: bool,

    /// Ignore saved positions and start every log at its current head.
    /// [env: CERTSTREAM_START_AT_HEAD=true]
    #[arg(long)]
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub start_at_head: bool,

    /// Concurrent requests to one log operator (across its logs).
    /// [env: CERTSTREAM_OPERATOR_CONCURRENCY] [default: 4]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operator_concurrency: Option<u64>,

    /// Batches or tiles fetched at once by a log that is behind (delivered
    /// in order). [env: CERTSTREAM_PARALLEL_FETCHES] [default: 4]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parallel_fetches: Option<u64>,

    /// How long messages stay in the on-disk history that `?since=`
    /// resumes from. [env: CERTSTREAM_HISTORY_MAX_AGE] [default: 24h]
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration)]
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "humantime_serde::option"
    )]
    pub history_max_age: Option<Duration>,

    /// Most bytes of messages the on-disk history keeps (oldest dropped
    /// first). [env: CERTSTREAM_HISTORY_MAX_BYTES] [default: 2147483648 (2 GiB)]
    #[arg(long, value_name = "BYTES", value_parser = clap::value_parser!(u64).range(1..))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub history_max_bytes: Option<u64>,

    /// Issuances remembered per `?dedupe=1` client (about 100 bytes each).
    /// [env: CERTSTREAM_DEDUPE_WINDOW] [default: 8192]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dedupe_window: Option<u64>,

    /// What this process runs: `all` (watchers and clients in one process),
    /// `ingest` (watchers, publishing to NATS) or `edge` (clients, fed from
    /// NATS); the last two need --nats. [env: CERTSTREAM_ROLE] [default: all]
    #[arg(long, value_name = "ROLE")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,

    /// NATS server URL(s), comma-separated (nats://host:4222): stream
    /// certificates through JetStream. [env: CERTSTREAM_NATS] [default: none,
    /// the embedded single-process mode]
    #[arg(long, value_name = "URL")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nats: Option<String>,

    /// JetStream stream name. [env: CERTSTREAM_NATS_STREAM] [default: certstream]
    #[arg(long, value_name = "NAME")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nats_stream: Option<String>,

    /// Replicas of the JetStream stream and positions bucket (1, 3 or 5).
    /// [env: CERTSTREAM_NATS_REPLICAS] [default: 1]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=5))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nats_replicas: Option<u64>,

    /// How long JetStream drops a repeated message ID (active-active
    /// ingest). [env: CERTSTREAM_NATS_DUPLICATE_WINDOW] [default: 2m]
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration)]
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "humantime_serde::option"
    )]
    pub nats_duplicate_window: Option<Duration>,
}

/// What one `certstream-server` process does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Watch the logs and serve clients (with --nats: through JetStream).
    #[default]
    All,
    /// Watch the logs and publish to NATS; serves only /stats and /metrics.
    Ingest,
    /// Serve clients from NATS; watches no log.
    Edge,
}

/// Subcommands of `certstream-server`; without one, it serves.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Write entries FROM..=TO of one log as NDJSON (resumable).
    ///
    /// One full-stream certificate_update per line, exactly as the stream
    /// sends it. Re-running with the same --out continues after the last
    /// complete line.
    Backfill(crate::backfill::BackfillArgs),
}

impl Config {
    /// Parse the process's flags and environment (what `main` does).
    pub fn load() -> anyhow::Result<Config> {
        Config::from_args(std::env::args_os())
    }

    /// Build the configuration from the given flags (first item is the
    /// program name) and the process environment. Exits the process on
    /// `--help`/`--version` or bad flags, like any clap program.
    pub fn from_args<I, T>(args: I) -> anyhow::Result<Config>
    where
        I: IntoIterator<Item = T>,
        T: Into<OsString> + Clone,
    {
        Config::from_cli(Cli::parse_from(args))
    }

    /// Merge parsed flags over the environment, the config file and the
    /// defaults. Separate from flag parsing so tests can check precedence.
    pub fn from_cli(cli: Cli) -> anyhow::Result<Config> {
        let file = cli
            .config
            .clone()
            .or_else(|| std::env::var_os("CERTSTREAM_CONFIG").map(PathBuf::from));

        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        if let Some(file) = &file {
            // `Toml::file` silently skips a missing file; a named file that
            // is missing is a mistake worth stopping for.
            anyhow::ensure!(file.is_file(), "config file {} not found", file.display());
            figment = figment.merge(Toml::file_exact(file));
        }
        if let Some(port) = std::env::var_os("PORT") {
            let port = port.to_string_lossy();
            let port: u16 = port
                .trim()
                .parse()
                .with_context(|| format!("PORT={port:?} is not a port number"))?;
            figment = figment.merge(Serialized::default(
                "listen",
                SocketAddr::from(([0, 0, 0, 0], port)),
            ));
        }
        let config: Config = figment
            .merge(Env::prefixed(ENV_PREFIX).only(KEYS))
            .merge(Serialized::defaults(&cli))
            .merge(Serialized::defaults(NoVerify::from(&cli)))
            .extract()
            .context("invalid configuration")?;
        config.validate()?;
        Ok(config)
    }

    /// Reject values that would make the server misbehave rather than fail.
    fn validate(&self) -> anyhow::Result<()> {
        anyhow::ensure!(self.batch_size > 0, "batch_size must be at least 1");
        anyhow::ensure!(self.client_buffer > 0, "client_buffer must be at least 1");
        anyhow::ensure!(
            self.operator_concurrency > 0,
            "operator_concurrency must be at least 1"
        );
        anyhow::ensure!(
            self.parallel_fetches > 0,
            "parallel_fetches must be at least 1"
        );
        anyhow::ensure!(
            !self.log_list_refresh.is_zero(),
            "log_list_refresh must be longer than zero"
        );
        anyhow::ensure!(self.dedupe_window > 0, "dedupe_window must be at least 1");
        anyhow::ensure!(
            self.role == Role::All || self.nats.is_some(),
            "role {:?} needs a NATS server (--nats URL)",
            self.role
        );
        anyhow::ensure!(
            (1..=5).contains(&self.nats_replicas),
            "nats_replicas must be between 1 and 5"
        );
        anyhow::ensure!(
            !self.nats_duplicate_window.is_zero(),
            "nats_duplicate_window must be longer than zero"
        );
        anyhow::ensure!(
            !self.history_max_age.is_zero(),
            "history_max_age must be longer than zero"
        );
        anyhow::ensure!(
            self.max_connections > 0,
            "max_connections must be at least 1"
        );
        anyhow::ensure!(
            self.max_connections_per_ip > 0,
            "max_connections_per_ip must be at least 1"
        );
        anyhow::ensure!(
            self.idle_timeout > self.ping_interval,
            "idle_timeout ({:?}) must exceed ping_interval ({:?}): clients prove they are alive by answering pings",
            self.idle_timeout,
            self.ping_interval
        );
        for (name, value) in [
            ("poll_interval", self.poll_interval),
            ("heartbeat_interval", self.heartbeat_interval),
            ("ping_interval", self.ping_interval),
            ("request_timeout", self.request_timeout),
        ] {
            anyhow::ensure!(!value.is_zero(), "{name} must be longer than zero");
        }
        Ok(())
    }
}

/// `--no-verify-log-list` as a config layer: it sets `verify_log_list =
/// false` when given and nothing otherwise (a negative flag cannot be a
/// plain `Option` field of [`Cli`]).
#[derive(Serialize)]
struct NoVerify {
    #[serde(skip_serializing_if = "Option::is_none")]
    verify_log_list: Option<bool>,
}

impl From<&Cli> for NoVerify {
    fn from(cli: &Cli) -> Self {
        NoVerify {
            verify_log_list: cli.no_verify_log_list.then_some(false),
        }
    }
}
