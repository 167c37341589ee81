//! The simulator: builder, log specifications, the running server, growth,
//! and issuances logged into several logs.
//!
//! Growth is one background task for all logs: every 50 ms it publishes
//! `rate × elapsed` entries per log (keeping the fractional remainder), so
//! rates below one entry per tick still average out exactly. A fixture log
//! that runs out and may not mint simply stops growing.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

use crate::entry::{EntryParts, Protocol, StoredEntry};
use crate::error::SimError;
use crate::fixture;
use crate::http::{self, Registry};
use crate::leaf::EntryType;
use crate::log::{Log, LogConfig, LogHandle};
use crate::merkle::Hash;
use crate::mint::Minter;

const GROWTH_TICK: Duration = Duration::from_millis(50);

/// Where a log's entries come from.
#[derive(Clone, Debug)]
enum Source {
    Rfc6962Fixture { path: PathBuf, first_index: u64 },
    StaticFixture { dir: PathBuf },
    Minted(Protocol),
}

/// How to create one log. Built with a constructor per source, then
/// refined with the option methods.
#[derive(Clone, Debug)]
pub struct LogSpec {
    name: String,
    source: Source,
    max_batch: u64,
    initial_size: Option<u64>,
    rate: f64,
    mint_when_exhausted: bool,
    listed: bool,
}

impl LogSpec {
    fn new(name: &str, source: Source) -> Self {
        let minted = matches!(source, Source::Minted(_));
        Self {
            name: name.to_owned(),
            source,
            max_batch: 256,
            initial_size: None,
            rate: 0.0,
            mint_when_exhausted: minted,
            listed: true,
        }
    }

    /// An RFC 6962 log serving a `get-entries` JSON body from `path` as
    /// entries `first_index..`. Nothing is published at start (tree size
    /// `first_index`), so a monitor started at the head sees every entry.
    pub fn rfc6962_fixture(name: &str, path: impl Into<PathBuf>, first_index: u64) -> Self {
        Self::new(
            name,
            Source::Rfc6962Fixture {
                path: path.into(),
                first_index,
            },
        )
    }

    /// A static-ct-api log serving the data tiles and issuers of `tiles_dir`
    /// (a directory holding `tile/data/` and `issuer/`), from index 0.
    pub fn static_ct_fixture(name: &str, tiles_dir: impl Into<PathBuf>) -> Self {
        Self::new(
            name,
            Source::StaticFixture {
                dir: tiles_dir.into(),
            },
        )
    }

    /// An RFC 6962 log whose entries are minted on publish.
    pub fn rfc6962_minted(name: &str) -> Self {
        Self::new(name, Source::Minted(Protocol::Rfc6962))
    }

    /// A static-ct-api log whose entries are minted on publish.
    pub fn static_ct_minted(name: &str) -> Self {
        Self::new(name, Source::Minted(Protocol::StaticCt))
    }

    /// Maximum entries per get-entries response (default 256, like real logs).
    pub fn max_batch(mut self, n: u64) -> Self {
        self.max_batch = n.max(1);
        self
    }

    /// Tree size published at start (default: nothing published, i.e. 0 or
    /// the fixture's first index).
    pub fn initial_size(mut self, size: u64) -> Self {
        self.initial_size = Some(size);
        self
    }

    /// Background growth in entries per second (default 0: grows only on publish).
    pub fn rate(mut self, entries_per_sec: f64) -> Self {
        self.rate = entries_per_sec.max(0.0);
        self
    }

    /// Whether a fixture log mints new entries after its data runs out
    /// (default false; minted logs always mint).
    pub fn mint_when_exhausted(mut self, yes: bool) -> Self {
        self.mint_when_exhausted = yes || matches!(self.source, Source::Minted(_));
        self
    }

    /// Whether the log appears in the log list at start (default true).
    pub fn listed(mut self, yes: bool) -> Self {
        self.listed = yes;
        self
    }
}

/// Configures a [`Simulator`] before it starts.
#[derive(Debug)]
pub struct SimulatorBuilder {
    logs: Vec<LogSpec>,
    seed: u64,
    listen: SocketAddr,
}

impl Default for SimulatorBuilder {
    fn default() -> Self {
        Self {
            logs: Vec::new(),
            seed: 0x5eed,
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
        }
    }
}

impl SimulatorBuilder {
    /// Adds a log.
    pub fn log(mut self, spec: LogSpec) -> Self {
        self.logs.push(spec);
        self
    }

    /// Shortcut for [`LogSpec::rfc6962_fixture`] with default options.
    pub fn rfc6962_fixture(self, name: &str, path: impl Into<PathBuf>, first_index: u64) -> Self {
        self.log(LogSpec::rfc6962_fixture(name, path, first_index))
    }

    /// Shortcut for [`LogSpec::static_ct_fixture`] with default options.
    pub fn static_ct_fixture(self, name: &str, tiles_dir: impl Into<PathBuf>) -> Self {
        self.log(LogSpec::static_ct_fixture(name, tiles_dir))
    }

    /// Shortcut for [`LogSpec::rfc6962_minted`] with default options.
    pub fn rfc6962_minted(self, name: &str) -> Self {
        self.log(LogSpec::rfc6962_minted(name))
    }

    /// Shortcut for [`LogSpec::static_ct_minted`] with default options.
    pub fn static_ct_minted(self, name: &str) -> Self {
        self.log(LogSpec::static_ct_minted(name))
    }

    /// Seed for minted domains (same seed, same domains in the same order).
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// Address to bind (default 127.0.0.1:0, an ephemeral port).
    pub fn listen(mut self, addr: SocketAddr) -> Self {
        self.listen = addr;
        self
    }

    /// Binds the socket, creates the logs, and starts serving and growing.
    pub async fn start(self) -> Result<Simulator, SimError> {
        let listener = TcpListener::bind(self.listen).await?;
        let addr = listener.local_addr()?;
        let minter = Arc::new(Minter::new(self.seed)?);
        let registry = Arc::new(Registry::default());
        for spec in self.logs {
            add_log(&registry, &minter, addr, spec)?;
        }
        let app = axum::Router::new()
            .fallback(http::handle)
            .with_state(registry.clone());
        let server = tokio::spawn(async move {
            if let Err(e) = axum::serve(listener, app).await {
                tracing::error!("ctlog-sim server stopped: {e}");
            }
        });
        let growth = tokio::spawn(grow(registry.clone()));
        Ok(Simulator {
            addr,
            registry,
            minter,
            tasks: vec![server, growth],
        })
    }
}

/// A running simulator. Dropping it stops the server and the growth task.
pub struct Simulator {
    addr: SocketAddr,
    registry: Arc<Registry>,
    minter: Arc<Minter>,
    tasks: Vec<JoinHandle<()>>,
}

/// One issuance logged into several logs by [`Simulator::mint_issuance`]:
/// the same pre-certificate and final certificate everywhere, so dedup
/// across logs can be tested.
#[derive(Clone, Debug)]
pub struct Issuance {
    /// The certificate's domains, CN first.
    pub domains: Vec<String>,
    /// The pre-certificate (with the poison extension).
    pub precert_der: Vec<u8>,
    /// The TBSCertificate logged for the precert (poison removed).
    pub tbs_der: Vec<u8>,
    /// The final certificate, carrying one SCT per log in its SCT list.
    pub cert_der: Vec<u8>,
    /// The issuer chain, leaf-side first.
    pub chain_der: Vec<Vec<u8>>,
    /// Timestamp of every entry and SCT of this issuance.
    pub timestamp_ms: u64,
    /// Where it landed: one per log, in the order asked.
    pub placements: Vec<Placement>,
}

/// The indices an [`Issuance`] got in one log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placement {
    /// The log's name.
    pub log: String,
    /// Index of the precert entry.
    pub precert_index: u64,
    /// Index of the final certificate's x509 entry (`precert_index + 1`).
    pub cert_index: u64,
}

impl Simulator {
    /// Starts configuring a simulator.
    pub fn builder() -> SimulatorBuilder {
        SimulatorBuilder::default()
    }

    /// The bound socket address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT` (no trailing slash).
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The v3 log list URL, `<base_url>/log_list.json`.
    pub fn log_list_url(&self) -> String {
        format!("{}/log_list.json", self.base_url())
    }

    /// A handle on the log named `name`.
    pub fn log(&self, name: &str) -> Result<LogHandle, SimError> {
        self.registry
            .get(name)
            .map(|log| LogHandle { log })
            .ok_or_else(|| SimError::UnknownLog(name.to_owned()))
    }

    /// Handles on every log, in creation order.
    pub fn logs(&self) -> Vec<LogHandle> {
        self.registry
            .all()
            .into_iter()
            .map(|log| LogHandle { log })
            .collect()
    }

    /// Adds a log while running; it is listed (unless the spec says otherwise)
    /// and served at once.
    pub fn add_log(&self, spec: LogSpec) -> Result<LogHandle, SimError> {
        add_log(&self.registry, &self.minter, self.addr, spec)
    }

    /// Stops serving a log and drops it from the log list (its URLs 404 from
    /// now on). To keep it serving but unlisted, use [`LogHandle::set_listed`].
    pub fn remove_log(&self, name: &str) -> Result<(), SimError> {
        if self.registry.remove(name) {
            Ok(())
        } else {
            Err(SimError::UnknownLog(name.to_owned()))
        }
    }

    /// The simulator's root CA certificate (every minted chain ends there).
    pub fn root_der(&self) -> Vec<u8> {
        self.minter.root_der().to_vec()
    }

    /// Mints one issuance and logs it into each of `logs`: a precert entry,
    /// then an x509 entry of the final certificate, published at once. The
    /// logs must have no unpublished fixture backlog (the entries go at the
    /// head of the tree).
    pub fn mint_issuance(&self, logs: &[&str]) -> Result<Issuance, SimError> {
        let targets = logs
            .iter()
            .map(|name| {
                self.registry
                    .get(name)
                    .ok_or_else(|| SimError::UnknownLog((*name).to_owned()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let timestamp_ms = crate::log::now_ms();
        let ikh = *self.minter.issuer_key_hash();
        let (pre, cert_der) = self.minter.mint_issuance(|tbs| {
            targets
                .iter()
                .map(|log| log.key.precert_sct(timestamp_ms, &ikh, tbs))
                .collect()
        })?;
        let tbs_der = pre
            .tbs
            .ok_or_else(|| SimError::Mint("issuance without TBS".into()))?;
        let chain_der = self.minter.chain();
        let mut placements = Vec::with_capacity(targets.len());
        for log in &targets {
            let mut state = log.lock();
            if log.backlog(&state) > 0 {
                return Err(SimError::Invalid(format!(
                    "log {} has an unpublished backlog",
                    log.config.name
                )));
            }
            let precert_index = log.size_of(&state);
            let precert = EntryParts {
                entry_type: EntryType::Precert,
                leaf_der: pre.der.clone(),
                tbs_der: Some(tbs_der.clone()),
                issuer_key_hash: Some(ikh),
                chain_der: chain_der.clone(),
                timestamp_ms,
                domains: pre.domains.clone(),
            };
            let cert = EntryParts {
                entry_type: EntryType::X509,
                leaf_der: cert_der.clone(),
                tbs_der: None,
                issuer_key_hash: None,
                chain_der: chain_der.clone(),
                timestamp_ms,
                domains: pre.domains.clone(),
            };
            let protocol = log.config.protocol;
            let precert = StoredEntry::encode(protocol, precert_index, precert)?;
            let cert = StoredEntry::encode(protocol, precert_index + 1, cert)?;
            state.entries.push(precert);
            state.entries.push(cert);
            log.publish(&mut state, 2)?;
            placements.push(Placement {
                log: log.config.name.clone(),
                precert_index,
                cert_index: precert_index + 1,
            });
        }
        Ok(Issuance {
            domains: pre.domains,
            precert_der: pre.der,
            tbs_der,
            cert_der,
            chain_der,
            timestamp_ms,
            placements,
        })
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
    }
}

/// Creates the log described by `spec`, publishes its initial size, and registers it.
fn add_log(
    registry: &Registry,
    minter: &Arc<Minter>,
    addr: SocketAddr,
    spec: LogSpec,
) -> Result<LogHandle, SimError> {
    if spec.name.is_empty() || spec.name.contains('/') || spec.name == "log_list.json" {
        return Err(SimError::Invalid(format!("bad log name {:?}", spec.name)));
    }
    let mut issuers: HashMap<Hash, Vec<u8>> = HashMap::new();
    let chain = minter.chain();
    let (protocol, first_index, entries) = match &spec.source {
        Source::Rfc6962Fixture { path, first_index } => {
            let entries = fixture::load_rfc6962(path, *first_index)?;
            for root in entries.iter().filter_map(|e| e.info.chain_der.last()) {
                issuers.insert(Sha256::digest(root).into(), root.clone());
            }
            (Protocol::Rfc6962, *first_index, entries)
        }
        Source::StaticFixture { dir } => {
            let fx = fixture::load_static(dir)?;
            issuers.extend(fx.issuers);
            (Protocol::StaticCt, 0, fx.entries)
        }
        Source::Minted(protocol) => (*protocol, 0, Vec::new()),
    };
    match protocol {
        Protocol::Rfc6962 => {
            let root = chain.last().cloned().unwrap_or_default();
            issuers.insert(Sha256::digest(&root).into(), root);
        }
        Protocol::StaticCt => {
            for cert in chain {
                issuers.insert(Sha256::digest(&cert).into(), cert);
            }
        }
    }
    let config = LogConfig {
        url: format!("http://{addr}/{}/", spec.name),
        name: spec.name.clone(),
        protocol,
        first_index,
        max_batch: spec.max_batch,
        mint_when_exhausted: spec.mint_when_exhausted,
        issuers,
    };
    let log = Arc::new(Log::new(
        config,
        minter.clone(),
        entries,
        spec.rate,
        spec.listed,
    )?);
    if let Some(size) = spec.initial_size {
        let n = size.checked_sub(first_index).ok_or_else(|| {
            SimError::Invalid(format!(
                "initial size {size} is below first index {first_index}"
            ))
        })?;
        let mut state = log.lock();
        log.publish(&mut state, n)?;
    }
    if !registry.add(log.clone()) {
        return Err(SimError::DuplicateLog(spec.name));
    }
    Ok(LogHandle { log })
}

/// The growth task: publishes each log's rate, tick by tick, forever.
async fn grow(registry: Arc<Registry>) {
    let mut ticker = tokio::time::interval(GROWTH_TICK);
    let mut last = Instant::now();
    loop {
        ticker.tick().await;
        let elapsed = last.elapsed().as_secs_f64();
        last = Instant::now();
        for log in registry.all() {
            let mut state = log.lock();
            if state.rate <= 0.0 {
                state.rate_credit = 0.0;
                continue;
            }
            state.rate_credit += state.rate * elapsed;
            let mut n = state.rate_credit.floor() as u64;
            if !log.config.mint_when_exhausted {
                n = n.min(log.backlog(&state));
            }
            state.rate_credit = (state.rate_credit - n as f64).min(1.0);
            if let Err(e) = log.publish(&mut state, n) {
                tracing::warn!("growing {}: {e}", log.config.name);
            }
        }
    }
}
