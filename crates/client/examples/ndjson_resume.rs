//! Archive the stream to an NDJSON file, and resume where it stopped after
//! a restart.
//!
//! ```text
//! cargo run -p certstream --example ndjson_resume -- certs.ndjson [URL]
//! ```
//! Each line is a message exactly as the server sent it. On start, the last
//! line's `data.cursor` (servers that support resume put one in every
//! certificate_update) is passed as `since`, so the server replays what was
//! missed while the program was down. Against a server without cursors it
//! simply starts from the live stream.

use certstream::{Client, Message};
use futures::StreamExt;
use std::path::Path;
use tokio::io::AsyncWriteExt;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: ndjson_resume FILE [URL]")?;
    let url = args
        .next()
        .unwrap_or_else(|| certstream::DEFAULT_URL.to_owned());

    let mut builder = Client::builder().url(url);
    if let Some(cursor) = last_cursor(Path::new(&path)).await? {
        eprintln!("resuming after cursor {cursor}");
        builder = builder.since(cursor);
    }
    let mut messages = builder.build()?.connect().await?;

    let mut file = tokio::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .await?;
    while let Some(message) = messages.next().await {
        let message = match message {
            Ok(message) => message,
            Err(certstream::Error::Decode { source, .. }) => {
                eprintln!("skipped a frame: {source}");
                continue;
            }
            Err(fatal) => return Err(fatal.into()),
        };
        let mut line = message.into_raw();
        line.push('\n');
        // One write per line, so a crash leaves at most a partial last line.
        file.write_all(line.as_bytes()).await?;
    }
    Ok(())
}

/// The cursor of the newest complete message in the file, if any.
async fn last_cursor(path: &Path) -> std::io::Result<Option<String>> {
    let text = match tokio::fs::read_to_string(path).await {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    // A torn last line (crash mid-write) does not parse and is skipped.
    Ok(text
        .lines()
        .rev()
        .filter_map(|line| Message::parse(line.to_owned()).ok())
        .find_map(|message| message.cursor().map(str::to_owned)))
}
