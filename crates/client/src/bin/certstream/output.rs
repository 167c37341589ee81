//! How the CLI prints one message.
//!
//! The line format follows certstream-python's CLI, with the log index
//! added and every domain shown:
//! `[2026-11-23T10:00:00] https://log.example/ (1234) - a.example, www.a.example`.
//! Times are UTC (`seen`, or the arrival time for domains-only messages,
//! which carry none). Colours are those of certstream-python (cyan time,
//! blue log URL, green names), via `anstyle`, which clap already uses.

use anstyle::{AnsiColor, Style};
use certstream::Message;
use std::io::{self, Write};
use time::OffsetDateTime;

/// What to print for each message.
#[derive(Debug, Clone, Copy)]
pub enum Format {
    /// The raw JSON, one message per line (NDJSON).
    Json,
    /// A human-readable line, coloured when `color`.
    Line { color: bool },
}

/// Writes messages to an output in one [`Format`].
pub struct Printer<W> {
    out: W,
    format: Format,
}

const TIME: Style = AnsiColor::Cyan.on_default().bold();
const LOG: Style = AnsiColor::Blue.on_default().bold();
const PUNCT: Style = AnsiColor::Blue.on_default();
const NAME: Style = AnsiColor::Green.on_default().bold();

impl<W: Write> Printer<W> {
    pub fn new(out: W, format: Format) -> Self {
        Printer { out, format }
    }

    /// Prints one message and flushes, so that pipes see it at once.
    pub fn print(&mut self, message: &Message) -> io::Result<()> {
        match self.format {
            Format::Json => self.print_json(message)?,
            Format::Line { color } => self.print_line(message, color)?,
        }
        self.out.flush()
    }

    fn print_json(&mut self, message: &Message) -> io::Result<()> {
        let raw = message.raw();
        if raw.contains(['\n', '\r']) {
            // Newlines can only be whitespace between JSON tokens, so a
            // space keeps the document identical and the output NDJSON.
            writeln!(self.out, "{}", raw.replace(['\n', '\r'], " "))
        } else {
            writeln!(self.out, "{raw}")
        }
    }

    fn print_line(&mut self, message: &Message, color: bool) -> io::Result<()> {
        let paint = |style: Style, text: &str| {
            if color {
                format!("{style}{text}{style:#}")
            } else {
                text.to_owned()
            }
        };
        let names = message
            .domains()
            .iter()
            .map(|name| paint(NAME, name))
            .collect::<Vec<_>>()
            .join(&paint(PUNCT, ", "));
        match message {
            Message::CertificateUpdate { update, .. } => {
                let data = &update.data;
                let time = paint(TIME, &format!("[{}]", utc_timestamp(data.seen)));
                let log = paint(LOG, &data.source.url);
                writeln!(self.out, "{time} {log} ({}) - {names}", data.cert_index)
            }
            Message::DnsEntries { .. } => {
                let now = OffsetDateTime::now_utc().unix_timestamp() as f64;
                let time = paint(TIME, &format!("[{}]", utc_timestamp(now)));
                writeln!(self.out, "{time} {names}")
            }
            // Heartbeats are skipped by the client; unknown types have no
            // human form.
            _ => Ok(()),
        }
    }
}

/// `2026-11-23T10:00:00` for Unix seconds, in UTC; `?` for a time out of range.
fn utc_timestamp(seconds: f64) -> String {
    match OffsetDateTime::from_unix_timestamp(seconds.floor() as i64) {
        Ok(t) => format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        ),
        Err(_) => "?".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(format: Format, raw: &str) -> String {
        let message = match Message::parse(raw.to_owned()) {
            Ok(m) => m,
            Err(e) => panic!("test message does not parse: {e}"),
        };
        let mut printer = Printer::new(Vec::new(), format);
        if let Err(e) = printer.print(&message) {
            panic!("printing to a Vec failed: {e}");
        }
        String::from_utf8_lossy(&printer.out).into_owned()
    }

    const UPDATE: &str = r#"{"message_type":"certificate_update","data":{"update_type":"X509LogEntry","leaf_cert":{"all_domains":["a.test","www.a.test"]},"cert_index":42,"seen":1700000000.5,"source":{"url":"https://log.test/","name":"Test"}}}"#;

    #[test]
    fn plain_line_has_time_log_index_and_domains() {
        assert_eq!(
            render(Format::Line { color: false }, UPDATE),
            "[2023-11-14T22:13:20] https://log.test/ (42) - a.test, www.a.test\n"
        );
    }

    #[test]
    fn coloured_line_wraps_parts_in_ansi_codes() {
        let line = render(Format::Line { color: true }, UPDATE);
        assert!(line.contains("\u{1b}["));
        assert!(line.contains(&format!("{TIME}[2023-11-14T22:13:20]{TIME:#}")));
        assert!(line.contains(&format!("{NAME}www.a.test{NAME:#}")));
    }

    #[test]
    fn json_is_one_line_even_for_pretty_input() {
        let pretty = "{\n  \"message_type\": \"dns_entries\",\r\n  \"data\": [\"a.test\"]\n}";
        let out = render(Format::Json, pretty);
        assert_eq!(out.lines().count(), 1);
        let value: serde_json::Value = match serde_json::from_str(&out) {
            Ok(v) => v,
            Err(e) => panic!("output is not JSON: {e}"),
        };
        assert_eq!(value["data"][0], "a.test");
    }
}
