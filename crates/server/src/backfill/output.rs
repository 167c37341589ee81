//! The backfill's NDJSON output, and resuming it.
//!
//! # Design
//! - **The file is the checkpoint.** Lines are written in `cert_index`
//!   order, so the last complete line says where a previous run stopped;
//!   no side file can disagree with the data. Re-running with the same
//!   `--out` reads that line's `data.cert_index` and
//!   continues after it.
//! - **A torn tail is cut.** A run killed mid-write can leave half a line;
//!   it is truncated away before appending, so the file never holds a
//!   broken line, a duplicate or a gap.
//! - The last line is found by reading the file backwards in chunks, so
//!   resuming a multi-gigabyte backfill reads kilobytes, not the file.

use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::Path;

use anyhow::Context;
use certstream_format::message::CertificateUpdate;

/// How much of the file is read per step when looking for the last line.
const CHUNK: u64 = 64 * 1024;

/// Where the NDJSON lines go.
pub struct Output {
    writer: BufWriter<Box<dyn Write + Send>>,
    /// The first index still to write.
    pub next_index: u64,
}

impl Output {
    /// Standard output: not resumable, starts at `from`.
    pub fn stdout(from: u64) -> Output {
        Output {
            writer: BufWriter::new(Box::new(io::stdout())),
            next_index: from,
        }
    }

    /// `path`, created if missing; when it already holds lines of this
    /// range of the log at `source_url`, a partial last line is cut and
    /// writing resumes after the last complete one.
    pub fn file(path: &Path, from: u64, to: u64, source_url: &str) -> anyhow::Result<Output> {
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)
            .with_context(|| format!("opening {}", path.display()))?;
        let (complete_len, last_line) =
            last_complete_line(&mut file).with_context(|| format!("reading {}", path.display()))?;
        let next_index = match last_line {
            None => from,
            Some(line) => {
                let update: CertificateUpdate =
                    serde_json::from_slice(&line).with_context(|| {
                        format!(
                            "the last line of {} is not a certificate_update; \
                         refusing to append to a file this command did not write",
                            path.display()
                        )
                    })?;
                let last = update.data.cert_index;
                anyhow::ensure!(
                    update.data.source.url == source_url,
                    "{} holds entries of {}, not {source_url}; use another --out",
                    path.display(),
                    update.data.source.url
                );
                anyhow::ensure!(
                    (from..=to).contains(&last),
                    "{} ends at index {last}, outside --from {from} --to {to}; \
                     use another --out for another range",
                    path.display()
                );
                last + 1
            }
        };
        file.set_len(complete_len)
            .with_context(|| format!("truncating {}", path.display()))?;
        file.seek(SeekFrom::End(0))?;
        Ok(Output {
            writer: BufWriter::new(Box::new(file)),
            next_index,
        })
    }

    /// Append one message as a line.
    pub fn line(&mut self, json: &str) -> io::Result<()> {
        self.writer.write_all(json.as_bytes())?;
        self.writer.write_all(b"\n")
    }

    /// Push buffered lines to the file, so a kill loses at most what was
    /// written since (and a partial line, which the next run cuts).
    pub fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

/// The length of the file up to and including its last `\n`, and the
/// line that `\n` ends (without it); `(0, None)` when there is no
/// complete line.
fn last_complete_line(file: &mut File) -> io::Result<(u64, Option<Vec<u8>>)> {
    let mut pos = file.metadata()?.len();
    let mut tail: Vec<u8> = Vec::new();
    // Read backwards until the tail holds two newlines (the end of the
    // last complete line and the end of the one before) or the whole file.
    while pos > 0 && tail.iter().filter(|&&b| b == b'\n').count() < 2 {
        let step = CHUNK.min(pos);
        pos -= step;
        file.seek(SeekFrom::Start(pos))?;
        let mut chunk = Vec::with_capacity(usize::try_from(step).unwrap_or(0) + tail.len());
        Read::take(&mut *file, step).read_to_end(&mut chunk)?;
        chunk.append(&mut tail);
        tail = chunk;
    }
    let Some(end) = tail.iter().rposition(|&b| b == b'\n') else {
        return Ok((0, None));
    };
    let (body, _) = tail.split_at(end);
    let start = body.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let (_, line) = body.split_at(start);
    Ok((pos + end as u64 + 1, Some(line.to_vec())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn last_line_of(content: &[u8]) -> (u64, Option<Vec<u8>>) {
        let path = std::env::temp_dir().join(format!(
            "certstream-backfill-output-{}-{}",
            std::process::id(),
            content.len()
        ));
        std::fs::write(&path, content).expect("write");
        let mut file = File::open(&path).expect("open");
        let result = last_complete_line(&mut file).expect("read");
        std::fs::remove_file(&path).expect("remove");
        result
    }

    #[test]
    fn finds_the_last_complete_line_and_ignores_a_torn_tail() {
        assert_eq!(last_line_of(b""), (0, None));
        assert_eq!(last_line_of(b"partial"), (0, None));
        assert_eq!(last_line_of(b"a\n"), (2, Some(b"a".to_vec())));
        assert_eq!(last_line_of(b"a\nbc\npart"), (5, Some(b"bc".to_vec())));
    }

    #[test]
    fn lines_longer_than_a_chunk_are_read_whole() {
        let long = vec![b'x'; (CHUNK as usize) * 2 + 17];
        let mut content = b"first\n".to_vec();
        content.extend_from_slice(&long);
        content.extend_from_slice(b"\nhalf a li");
        let (len, line) = last_line_of(&content);
        assert_eq!(len, 6 + long.len() as u64 + 1);
        assert_eq!(line, Some(long));
    }
}
