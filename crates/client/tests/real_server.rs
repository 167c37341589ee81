//! The client and the CLI against the real `certstream-server`, in process,
//! watching logs served by `ctlog-sim`, over real sockets (issue #7).
//!
//! Every expectation is computed from what the simulator says it served
//! (`LogHandle::entry(i)`: domains, entry type, DER of the leaf and chain),
//! never from what the server sent, so a server and client that agree on a
//! mistake still fail.

mod real_server_support;

use base64::Engine;
use certstream::{
    CertificateUpdate, Client, ClientBuilder, Message, ReconnectPolicy, StreamKind, UpdateType,
};
use ctlog_sim::{EntryType, LogSpec, SimEntry, Simulator};
use futures::StreamExt;
use real_server_support::{grow, hold_next_attempt, CursorStrippingProxy, RealServer, StateDir};
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};
use std::net::SocketAddr;
use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, BufReader, Lines};
use tokio::process::{Child, ChildStdout, Command};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

/// `(source.url, cert_index)`: which log entry a certificate message is.
type Id = (String, u64);

fn any_port() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

/// An RFC 6962 log and a static-ct-api log, both minting certificates
/// (x509 at even indices, precertificates at odd ones).
async fn two_logs() -> Simulator {
    Simulator::builder()
        .log(LogSpec::rfc6962_minted("classic"))
        .log(LogSpec::static_ct_minted("tiled"))
        .start()
        .await
        .expect("simulator")
}

/// A client of `url` that reconnects quickly.
fn builder(url: &str) -> ClientBuilder {
    Client::builder().url(url).reconnect(
        ReconnectPolicy::default()
            .min_delay(Duration::from_millis(100))
            .max_delay(Duration::from_millis(500))
            .max_attempts(50),
    )
}

/// A connected client whose stream is read continuously by a task, as an
/// application would: the stream only notices a drop (and reconnects)
/// while it is being polled.
struct Consumer {
    messages: mpsc::UnboundedReceiver<Result<Message, certstream::Error>>,
    task: JoinHandle<()>,
}

impl Drop for Consumer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn connect(builder: ClientBuilder) -> Consumer {
    let client = builder.build().expect("valid configuration");
    let mut stream = client.connect().await.expect("connects");
    let (tx, messages) = mpsc::unbounded_channel();
    let task = tokio::spawn(async move {
        while let Some(item) = stream.next().await {
            if tx.send(item).is_err() {
                return;
            }
        }
    });
    Consumer { messages, task }
}

async fn next(consumer: &mut Consumer) -> Message {
    match tokio::time::timeout(Duration::from_secs(10), consumer.messages.recv()).await {
        Ok(Some(Ok(message))) => message,
        other => panic!("expected a message, got {other:?}"),
    }
}

async fn read(consumer: &mut Consumer, n: usize) -> Vec<Message> {
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        out.push(next(consumer).await);
    }
    out
}

/// Asserts that the stream yields nothing for `quiet`: nothing repeated,
/// nothing beyond what was expected.
async fn assert_quiet(consumer: &mut Consumer, quiet: Duration) {
    if let Ok(extra) = tokio::time::timeout(quiet, consumer.messages.recv()).await {
        panic!("unexpected extra item: {extra:?}");
    }
}

fn update_of(message: &Message) -> &CertificateUpdate {
    match message {
        Message::CertificateUpdate { update, .. } => update,
        other => panic!("expected a certificate_update, got {other:?}"),
    }
}

fn id_of(message: &Message) -> Id {
    let data = &update_of(message).data;
    (data.source.url.clone(), data.cert_index)
}

/// What the simulator served at `index` of the log at `url`.
fn served(sim: &Simulator, url: &str, index: u64) -> SimEntry {
    let log = sim
        .logs()
        .into_iter()
        .find(|log| log.url() == url)
        .unwrap_or_else(|| panic!("{url} is not one of the simulator's logs"));
    log.entry(index)
        .unwrap_or_else(|| panic!("{url} has no entry {index}"))
}

fn update_type_of(entry: &SimEntry) -> UpdateType {
    match entry.entry_type {
        EntryType::X509 => UpdateType::X509LogEntry,
        EntryType::Precert => UpdateType::PrecertLogEntry,
    }
}

/// Per log, the indices in the order received.
fn per_log(ids: &[Id]) -> BTreeMap<String, Vec<u64>> {
    let mut out: BTreeMap<String, Vec<u64>> = BTreeMap::new();
    for (url, index) in ids {
        out.entry(url.clone()).or_default().push(*index);
    }
    out
}

/// Per log, every index the simulator has published, in order.
fn everything_published(sim: &Simulator) -> BTreeMap<String, Vec<u64>> {
    sim.logs()
        .iter()
        .map(|log| {
            (
                log.url().to_owned(),
                (log.first_index()..log.size()).collect(),
            )
        })
        .collect()
}

fn base64_der(text: Option<&str>, what: &str) -> Vec<u8> {
    let text = text.unwrap_or_else(|| panic!("{what}: as_der missing"));
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .unwrap_or_else(|e| panic!("{what}: as_der is not base64: {e}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lite_full_and_domains_only_streams_carry_what_the_simulator_served() {
    let state = StateDir::new();
    let server = RealServer::start(two_logs().await, any_port(), state.path()).await;
    let mut lite = connect(builder(&server.url())).await;
    let mut full = connect(builder(&server.url()).stream(StreamKind::Full)).await;
    let mut domains = connect(builder(&server.url()).stream(StreamKind::DomainsOnly)).await;
    server.wait_for_clients(1, 1, 1).await;
    server.grow(6);
    let lite = read(&mut lite, 12).await;
    let full = read(&mut full, 12).await;
    let domains = read(&mut domains, 12).await;

    let mut streams = Vec::new();
    for (kind, messages) in [("lite", &lite), ("full", &full)] {
        let mut cursors = HashSet::new();
        let mut ids = Vec::new();
        for message in messages {
            let update = update_of(message);
            let data = &update.data;
            let (url, index) = id_of(message);
            let what = format!("{kind} {url} #{index}");
            let entry = served(&server.sim, &url, index);
            assert_eq!(update.message_type, "certificate_update", "{what}");
            assert_eq!(data.leaf_cert.all_domains, entry.domains, "{what}");
            assert_eq!(message.domains(), entry.domains, "{what}");
            assert_eq!(data.update_type, update_type_of(&entry), "{what}");
            let leaf = &data.leaf_cert.cert;
            assert_eq!(leaf.subject.cn.as_ref(), entry.domains.first(), "{what}");
            assert_eq!(leaf.issuer.o.as_deref(), Some("ctlog-sim"), "{what}");
            let cursor = data
                .cursor
                .as_deref()
                .unwrap_or_else(|| panic!("{what}: no cursor"));
            assert!(!cursor.is_empty(), "{what}");
            assert_eq!(message.cursor(), Some(cursor), "{what}");
            assert!(cursors.insert(cursor.to_owned()), "{what}: cursor repeated");
            let raw: Value = serde_json::from_str(message.raw()).expect("raw JSON kept");
            assert_eq!(raw["data"]["cert_index"], index, "{what}: raw text");
            match kind {
                "lite" => {
                    assert_eq!(data.chain, None, "{what}: the lite stream has no chain");
                    assert_eq!(leaf.as_der, None, "{what}: the lite stream has no DER");
                }
                _ => {
                    assert_eq!(base64_der(leaf.as_der.as_deref(), &what), entry.leaf_der);
                    let chain = data
                        .chain
                        .as_ref()
                        .unwrap_or_else(|| panic!("{what}: no chain"));
                    let chain_der: Vec<Vec<u8>> = chain
                        .iter()
                        .map(|cert| base64_der(cert.as_der.as_deref(), &what))
                        .collect();
                    assert_eq!(chain_der, entry.chain_der, "{what}: chain");
                }
            }
            ids.push(((url, index), cursor.to_owned()));
        }
        let only_ids: Vec<Id> = ids.iter().map(|(id, _)| id.clone()).collect();
        assert_eq!(
            per_log(&only_ids),
            everything_published(&server.sim),
            "{kind}: every entry once, in order per log"
        );
        streams.push(ids);
    }
    assert_eq!(
        streams[0], streams[1],
        "lite and full are one stream: same order, same cursors"
    );

    // Domains-only: the same certificates in the same order, names only.
    let names: Vec<&[String]> = domains.iter().map(Message::domains).collect();
    let lite_names: Vec<&[String]> = lite.iter().map(Message::domains).collect();
    for message in &domains {
        assert!(
            matches!(message, Message::DnsEntries { entries, .. } if entries.message_type == "dns_entries"),
            "expected dns_entries, got {message:?}"
        );
        assert_eq!(message.cursor(), None, "dns_entries carry no cursor");
    }
    assert_eq!(names, lite_names);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_a_server_restart_on_the_same_port_the_client_resumes_with_since_and_loses_nothing() {
    let state = StateDir::new();
    let first = RealServer::start(two_logs().await, any_port(), state.path()).await;
    let addr = first.addr;
    let policy = ReconnectPolicy::default()
        .min_delay(Duration::from_millis(200))
        .max_delay(Duration::from_secs(1))
        .max_attempts(20);
    let mut stream = connect(Client::builder().url(first.url()).reconnect(policy)).await;
    first.wait_for_clients(1, 0, 0).await;
    first.grow(5);
    let mut got: Vec<Id> = read(&mut stream, 10).await.iter().map(id_of).collect();

    // A burst the server may or may not have fetched or delivered when it
    // stops, then more while no server runs at all.
    first.grow(3);
    let sim = first.stop().await;
    grow(&sim, 4);
    // The client's next attempt is held until the restarted server has
    // passed everything published meanwhile, so that it can only get
    // those entries back through `since`.
    let held = hold_next_attempt(addr).await;
    grow(&sim, 2);
    let second = RealServer::start(sim, addr, state.path()).await;
    let stats = second.wait_until_caught_up().await;
    assert_eq!(stats["clients"]["lite"], 0, "the client is not back yet");
    drop(held);
    // Live entries once the client is back.
    second.wait_for_clients(1, 0, 0).await;
    second.grow(3);

    let want = everything_published(&second.sim);
    let total: usize = want.values().map(Vec::len).sum();
    assert_eq!(total, 2 * 17);
    let mut ended = None;
    while got.len() < total && ended.is_none() {
        match tokio::time::timeout(Duration::from_secs(10), stream.messages.recv()).await {
            Ok(Some(Ok(message))) => got.push(id_of(&message)),
            other => ended = Some(format!("{other:?}")),
        }
    }
    assert_eq!(
        per_log(&got),
        want,
        "every entry of every log exactly once, in order, across the restart \
         (reading ended with {ended:?})"
    );
    assert_quiet(&mut stream, Duration::from_millis(300)).await;
    second.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_cursors_the_client_reconnects_plainly_and_goes_on_live() {
    let state = StateDir::new();
    let sim = Simulator::builder()
        .log(LogSpec::rfc6962_minted("classic"))
        .start()
        .await
        .expect("simulator");
    let server = RealServer::start(sim, any_port(), state.path()).await;
    // The real server behind a relay that removes `data.cursor` and drops
    // the first connection after four certificates.
    let proxy = CursorStrippingProxy::start(server.addr, 4).await;
    let mut stream = connect(builder(&format!("ws://{}/", proxy.addr))).await;
    server.wait_for_clients(1, 0, 0).await;
    server.grow(6);
    let before = read(&mut stream, 4).await;

    // Entries 4 and 5 were published in the same batch as 0..=3, so the
    // server had broadcast them before the client could reconnect: a
    // plain reconnect starts live and never sees them.
    let requests = proxy.wait_for_requests(2).await;
    assert_eq!(requests, ["/", "/"], "no cursor seen, so no `since`");
    server.wait_for_clients(1, 0, 0).await;
    server.grow(3);
    let after = read(&mut stream, 3).await;

    let url = server.sim.logs()[0].url().to_owned();
    let indices: Vec<Id> = before.iter().chain(&after).map(id_of).collect();
    let want: Vec<Id> = [0, 1, 2, 3, 6, 7, 8]
        .into_iter()
        .map(|i| (url.clone(), i))
        .collect();
    assert_eq!(
        indices, want,
        "live after a plain reconnect: 4 and 5, sent while away, are not replayed"
    );
    for message in before.iter().chain(&after) {
        let (_, index) = id_of(message);
        let entry = served(&server.sim, &url, index);
        assert_eq!(message.domains(), entry.domains, "#{index}");
        assert_eq!(message.cursor(), None, "#{index}");
        assert!(!message.raw().contains("cursor"), "#{index}");
    }
    assert_quiet(&mut stream, Duration::from_millis(300)).await;
    server.stop().await;
}

/// A filter set on the builder, and the same rule written against the
/// simulator's entries.
type FilterCase = (&'static str, ClientBuilder, fn(&SimEntry, &str) -> bool);

fn any_domain(entry: &SimEntry, rule: impl Fn(&str) -> bool) -> bool {
    entry.domains.iter().any(|d| rule(&d.to_lowercase()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn filters_select_exactly_the_matching_certificates_end_to_end() {
    let state = StateDir::new();
    let sim = Simulator::builder()
        .log(LogSpec::rfc6962_minted("alpha"))
        .log(LogSpec::static_ct_minted("beta"))
        .start()
        .await
        .expect("simulator");
    let server = RealServer::start(sim, any_port(), state.path()).await;
    let url = server.url();
    let cases: Vec<FilterCase> = vec![
        ("domain *.com", builder(&url).domain("*.com"), |e, _| {
            any_domain(e, |d| d.ends_with(".com"))
        }),
        (
            "domain www* or *.org",
            builder(&url).domain("www*").domain("*.org"),
            |e, _| any_domain(e, |d| d.starts_with("www") || d.ends_with(".org")),
        ),
        (
            "regex ^(api|mail)\\.",
            builder(&url).regex(r"^(api|mail)\."),
            |e, _| any_domain(e, |d| d.starts_with("api.") || d.starts_with("mail.")),
        ),
        (
            "update_type precert",
            builder(&url).update_type(UpdateType::PrecertLogEntry),
            |e, _| e.entry_type == EntryType::Precert,
        ),
        (
            "x509 from beta with a .net name",
            builder(&url)
                .update_type(UpdateType::X509LogEntry)
                .log("beta")
                .domain("*.net"),
            |e, log| {
                e.entry_type == EntryType::X509
                    && log.contains("beta")
                    && any_domain(e, |d| d.ends_with(".net"))
            },
        ),
    ];
    let mut everything = connect(builder(&url)).await;
    let mut filtered = Vec::new();
    for (name, builder, rule) in cases {
        filtered.push((name, rule, connect(builder).await));
    }
    server
        .wait_for_clients(1 + filtered.len() as u64, 0, 0)
        .await;
    server.grow(20);

    let all: Vec<Id> = read(&mut everything, 40).await.iter().map(id_of).collect();
    assert_eq!(per_log(&all), everything_published(&server.sim));
    for (name, rule, stream) in &mut filtered {
        let want: Vec<Id> = all
            .iter()
            .filter(|(url, index)| rule(&served(&server.sim, url, *index), url))
            .cloned()
            .collect();
        assert!(
            !want.is_empty() && want.len() < all.len(),
            "{name}: the entries should exercise the filter ({} of {})",
            want.len(),
            all.len()
        );
        let got: Vec<Id> = read(stream, want.len()).await.iter().map(id_of).collect();
        assert_eq!(got, want, "{name}");
        assert_quiet(stream, Duration::from_millis(200)).await;
    }
    server.stop().await;
}

/// The `certstream` binary, reading its stdout line by line.
struct Cli {
    child: Child,
    lines: Lines<BufReader<ChildStdout>>,
}

impl Cli {
    fn spawn(url: &str, args: &[&str]) -> Cli {
        let mut child = Command::new(env!("CARGO_BIN_EXE_certstream"))
            .arg("--url")
            .arg(url)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("spawn certstream");
        let stdout = child.stdout.take().expect("piped stdout");
        Cli {
            child,
            lines: BufReader::new(stdout).lines(),
        }
    }

    async fn read(&mut self, n: usize) -> Vec<String> {
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            match tokio::time::timeout(Duration::from_secs(10), self.lines.next_line()).await {
                Ok(Ok(Some(line))) => out.push(line),
                other => panic!("after {out:?}, expected more output, got {other:?}"),
            }
        }
        out
    }

    /// Reads `n` lines, checks that nothing follows, and kills the process.
    async fn read_all_then_kill(mut self, n: usize) -> Vec<String> {
        let lines = self.read(n).await;
        let extra = tokio::time::timeout(Duration::from_millis(300), self.lines.next_line()).await;
        assert!(extra.is_err(), "unexpected extra output {extra:?}");
        self.child.kill().await.expect("kill certstream");
        lines
    }
}

/// `2026-01-02T03:04:05` for Unix seconds, in UTC (RFC 3339 without the
/// offset), written independently of the CLI's own formatting.
fn utc(seconds: f64) -> String {
    let time =
        time::OffsetDateTime::from_unix_timestamp(seconds.floor() as i64).expect("time in range");
    let text = time
        .format(&time::format_description::well_known::Rfc3339)
        .expect("formats");
    text.trim_end_matches('Z').to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cli_prints_each_mode_from_the_real_server() {
    let state = StateDir::new();
    let sim = Simulator::builder()
        .log(LogSpec::rfc6962_minted("alpha"))
        .start()
        .await
        .expect("simulator");
    let server = RealServer::start(sim, any_port(), state.path()).await;
    let url = server.url();
    let plain = Cli::spawn(&url, &[]);
    let json = Cli::spawn(&url, &["--json"]);
    let full = Cli::spawn(&url, &["--full", "--json"]);
    let domains_only = Cli::spawn(&url, &["--domains-only"]);
    let www = Cli::spawn(&url, &["--domain", "www*"]);
    server.wait_for_clients(3, 1, 1).await;
    const N: u64 = 10;
    server.grow(N);

    let log = server.sim.logs()[0].clone();
    let entries: Vec<SimEntry> = (0..N).map(|i| log.entry(i).expect("published")).collect();

    // --json: each line one lite certificate_update, in log order.
    let json = json.read_all_then_kill(N as usize).await;
    let mut seen = Vec::new();
    for (line, entry) in json.iter().zip(&entries) {
        let value: Value = serde_json::from_str(line).expect("each line is JSON");
        let data = &value["data"];
        assert_eq!(value["message_type"], "certificate_update", "{line}");
        assert_eq!(data["source"]["url"], log.url(), "{line}");
        assert_eq!(data["cert_index"], entry.index, "{line}");
        assert_eq!(
            data["leaf_cert"]["all_domains"],
            serde_json::json!(entry.domains)
        );
        assert!(data["cursor"].is_string(), "{line}");
        assert!(data.get("chain").is_none(), "lite: no chain: {line}");
        assert!(data["leaf_cert"].get("as_der").is_none(), "lite: {line}");
        seen.push(data["seen"].as_f64().expect("seen"));
    }

    // --full --json: the full stream, chain and DER included.
    for (line, entry) in full
        .read_all_then_kill(N as usize)
        .await
        .iter()
        .zip(&entries)
    {
        let value: Value = serde_json::from_str(line).expect("each line is JSON");
        let data = &value["data"];
        assert_eq!(data["cert_index"], entry.index, "{line}");
        assert_eq!(
            data["leaf_cert"]["all_domains"],
            serde_json::json!(entry.domains)
        );
        let der = base64_der(data["leaf_cert"]["as_der"].as_str(), "full --json");
        assert_eq!(der, entry.leaf_der);
        let chain = data["chain"].as_array().expect("full: chain");
        assert_eq!(chain.len(), entry.chain_der.len(), "{line}");
    }

    // Default: `[time] <log url> (<index>) - <names>`, time being the
    // server's `seen` in UTC (the same messages reached the --json run).
    let line_for = |i: usize| {
        format!(
            "[{}] {} ({}) - {}",
            utc(seen[i]),
            log.url(),
            entries[i].index,
            entries[i].domains.join(", ")
        )
    };
    let want: Vec<String> = (0..entries.len()).map(line_for).collect();
    assert_eq!(plain.read_all_then_kill(N as usize).await, want);

    // --domain: only the matching certificates, same line format.
    let want: Vec<String> = (0..entries.len())
        .filter(|&i| entries[i].domains.iter().any(|d| d.starts_with("www")))
        .map(line_for)
        .collect();
    assert!(!want.is_empty() && want.len() < entries.len());
    assert_eq!(www.read_all_then_kill(want.len()).await, want);

    // --domains-only: `[time] <names>`, time of arrival.
    let shape =
        regex::Regex::new(r"^\[\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\] (.+)$").expect("regex");
    let lines = domains_only.read_all_then_kill(N as usize).await;
    for (line, entry) in lines.iter().zip(&entries) {
        let names = shape
            .captures(line)
            .and_then(|c| c.get(1))
            .unwrap_or_else(|| panic!("unexpected line {line:?}"));
        assert_eq!(names.as_str(), entry.domains.join(", "));
    }
    server.stop().await;
}
