//! Backfill progress on stderr: an `indicatif` bar on a terminal, plain
//! periodic lines otherwise (a bar's carriage returns make CI logs and
//! `2> file` unreadable).

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

/// How often a plain progress line is printed.
const PLAIN_EVERY: Duration = Duration::from_secs(5);

/// Reports entries done out of the range's total.
pub struct Progress {
    bar: Option<ProgressBar>,
    total: u64,
    done: u64,
    last_line: Instant,
}

impl Progress {
    /// `total` entries in the range, `done` of them already in the output
    /// (a resumed run).
    pub fn new(total: u64, done: u64) -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::new(total).with_position(done);
            bar.set_style(
                ProgressStyle::with_template(
                    "{elapsed_precise} [{bar:40}] {pos}/{len} entries ({per_sec}, eta {eta})",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            bar
        });
        Progress {
            bar,
            total,
            done,
            last_line: Instant::now(),
        }
    }

    /// `n` more entries handled; `next` is the next index to fetch.
    pub fn advance(&mut self, n: u64, next: u64) {
        self.done += n;
        match &self.bar {
            Some(bar) => bar.set_position(self.done),
            None if self.last_line.elapsed() >= PLAIN_EVERY => {
                self.last_line = Instant::now();
                eprintln!("{}", self.summary(next));
            }
            None => {}
        }
    }

    /// The range is complete.
    pub fn finish(&self, next: u64) {
        match &self.bar {
            Some(bar) => bar.finish(),
            None => eprintln!("{}", self.summary(next)),
        }
    }

    fn summary(&self, next: u64) -> String {
        let percent = if self.total == 0 {
            100.0
        } else {
            self.done as f64 * 100.0 / self.total as f64
        };
        format!(
            "backfill: {}/{} entries ({percent:.1}%), next index {next}",
            self.done, self.total
        )
    }
}
