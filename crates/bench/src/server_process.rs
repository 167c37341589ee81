//! The process under test: the certstream server or the baseline, started
//! by re-executing this binary, and observed through `/proc`.
//!
//! # Design
//! Re-executing `current_exe` means `cargo run -p certstream-bench` builds
//! the one binary that holds both the bench and the real server library;
//! the child is killed when the handle drops, so an aborted run leaves
//! nothing behind.

use std::net::{SocketAddr, TcpListener};
use std::process::Stdio;
use std::time::{Duration, Instant};

use anyhow::Context;
use tokio::process::{Child, Command};

use crate::procstat;

/// A running child process under test.
pub struct ServerProcess {
    child: Child,
    /// Where it listens.
    pub addr: SocketAddr,
    /// Its process id, for `/proc`.
    pub pid: u32,
}

impl ServerProcess {
    /// Start `certstream-bench <subcommand> <args>` with `--listen` added
    /// (a free loopback port) and wait until it accepts connections.
    pub async fn start(subcommand: &str, args: &[String]) -> anyhow::Result<ServerProcess> {
        let addr = free_port()?;
        let mut command = Command::new(std::env::current_exe()?);
        command
            .arg(subcommand)
            .args(args)
            .arg("--listen")
            .arg(addr.to_string())
            .stdout(Stdio::null())
            .kill_on_drop(true);
        let child = command.spawn().context("starting the server process")?;
        let pid = child.id().context("child has no pid")?;
        let deadline = Instant::now() + Duration::from_secs(20);
        while tokio::net::TcpStream::connect(addr).await.is_err() {
            anyhow::ensure!(Instant::now() < deadline, "server did not start listening");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Ok(ServerProcess { child, addr, pid })
    }

    /// CPU seconds the child has used so far.
    pub fn cpu_seconds(&self) -> anyhow::Result<f64> {
        procstat::cpu_seconds(&self.pid.to_string())
    }

    /// The child's resident memory in KiB.
    pub fn rss_kib(&self) -> anyhow::Result<u64> {
        procstat::rss_kib(self.pid)
    }

    /// Stop the child.
    pub async fn stop(mut self) {
        let _ = self.child.kill().await;
    }
}

fn free_port() -> anyhow::Result<SocketAddr> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    Ok(listener.local_addr()?)
}
