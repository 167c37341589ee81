//! The `certstream` command: print the certificate firehose, like
//! certstream-python's CLI.
//!
//! Thin on purpose: arguments go into a [`certstream::ClientBuilder`], and
//! each message of the stream goes through [`output`] to stdout. Heartbeats
//! are skipped, as in certstream-python. Logs (connects, reconnects) go to
//! stderr so that stdout stays clean for pipes; a closed pipe (`| head`)
//! ends the program quietly. Unlike certstream-python, a first connection
//! that fails exits with an error (a wrong URL should not retry forever);
//! drops after that are retried forever.

mod output;

use certstream::{Client, StreamKind};
use clap::Parser;
use futures::StreamExt;
use output::{Format, Printer};
use std::io::IsTerminal;
use std::process::ExitCode;

/// Connect to a certstream server and print Certificate Transparency updates.
#[derive(Debug, Parser)]
#[command(name = "certstream", version)]
struct Args {
    /// The certstream server to connect to.
    #[arg(long, default_value = certstream::DEFAULT_URL)]
    url: String,
    /// Read the full stream (with chains and DER): most useful with --json.
    #[arg(long, conflicts_with = "domains_only")]
    full: bool,
    /// Read the domains-only stream.
    #[arg(long)]
    domains_only: bool,
    /// Print each message's raw JSON, one per line (NDJSON).
    #[arg(long)]
    json: bool,
    /// Never colour the output (it is only coloured on a terminal anyway).
    #[arg(long)]
    disable_colors: bool,
    /// Log debug information (connections, reconnects) to stderr.
    #[arg(long)]
    verbose: bool,
    /// Only certificates with a domain matching this glob or name (repeatable).
    #[arg(long, value_name = "PATTERN")]
    domain: Vec<String>,
    /// Only certificates with a domain matching this regex.
    #[arg(long, value_name = "REGEX")]
    regex: Option<String>,
    /// Resume after this cursor (from a previous --json run's data.cursor).
    #[arg(long, value_name = "CURSOR")]
    since: Option<String>,
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let level = if args.verbose { "debug" } else { "info" };
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(format!(
            "certstream={level}"
        )))
        .with_writer(std::io::stderr)
        .init();

    let client = match build_client(&args) {
        Ok(client) => client,
        Err(error) => return fail(&error),
    };
    let color = !args.disable_colors
        && std::env::var_os("NO_COLOR").is_none()
        && std::io::stdout().is_terminal();
    let format = if args.json {
        Format::Json
    } else {
        Format::Line { color }
    };
    let mut printer = Printer::new(std::io::stdout().lock(), format);

    let mut messages = match client.connect().await {
        Ok(messages) => messages,
        Err(error) => return fail(&error),
    };
    loop {
        let item = tokio::select! {
            item = messages.next() => item,
            _ = tokio::signal::ctrl_c() => return ExitCode::SUCCESS,
        };
        match item {
            Some(Ok(message)) => {
                if printer.print(&message).is_err() {
                    // stdout is gone (closed pipe): nothing more to do.
                    return ExitCode::SUCCESS;
                }
            }
            Some(Err(certstream::Error::Decode { source, .. })) => {
                tracing::warn!(%source, "skipping a frame that does not decode");
            }
            Some(Err(error)) => return fail(&error),
            None => return ExitCode::SUCCESS,
        }
    }
}

fn build_client(args: &Args) -> Result<Client, certstream::Error> {
    let mut builder = Client::builder().url(&args.url);
    if args.full {
        builder = builder.stream(StreamKind::Full);
    } else if args.domains_only {
        builder = builder.stream(StreamKind::DomainsOnly);
    }
    for pattern in &args.domain {
        builder = builder.domain(pattern);
    }
    if let Some(regex) = &args.regex {
        builder = builder.regex(regex);
    }
    if let Some(since) = &args.since {
        builder = builder.since(since);
    }
    builder.build()
}

fn fail(error: &certstream::Error) -> ExitCode {
    eprintln!("certstream: {error}");
    ExitCode::FAILURE
}
