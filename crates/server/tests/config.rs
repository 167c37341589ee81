//! Configuration precedence: flags > CERTSTREAM_* env > PORT > file > defaults.
//!
//! Each test runs inside a `figment::Jail`: a temporary working directory and
//! an environment that is cleared on entry and restored on exit, with a
//! global lock so tests that touch the environment do not interleave.

// `Jail::expect_with` dictates the closure's error type (`figment::Error`).
#![allow(clippy::result_large_err)]

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use certstream_server::config::{Cli, Config, DEFAULT_LOG_LIST};
use clap::Parser;
use figment::Jail;

/// Parse `flags` (without the program name) and merge all layers.
fn load(flags: &[&str]) -> Result<Config, String> {
    let cli =
        Cli::try_parse_from(std::iter::once("certstream-server").chain(flags.iter().copied()))
            .map_err(|e| e.to_string())?;
    Config::from_cli(cli).map_err(|e| format!("{e:#}"))
}

fn addr(s: &str) -> SocketAddr {
    s.parse().unwrap()
}

#[test]
fn defaults_apply_when_nothing_is_set() {
    Jail::expect_with(|jail| {
        jail.clear_env();
        let config = load(&[])?;
        assert_eq!(config, Config::default());
        assert_eq!(config.listen, addr("0.0.0.0:8080"));
        assert_eq!(config.log_list, DEFAULT_LOG_LIST);
        assert_eq!(config.batch_size, 256);
        assert_eq!(config.poll_interval, Duration::from_secs(5));
        assert_eq!(config.heartbeat_interval, Duration::from_secs(30));
        Ok(())
    });
}

#[test]
fn flags_beat_env_beat_file() {
    Jail::expect_with(|jail| {
        jail.clear_env();
        jail.create_file(
            "certstream.toml",
            r#"
                listen = "127.0.0.1:1000"
                log_list = "/from/file.json"
                poll_interval = "7s"
                batch_size = 32
                heartbeat_interval = "45s"
            "#,
        )?;
        jail.set_env("CERTSTREAM_LISTEN", "127.0.0.1:2000");
        jail.set_env("CERTSTREAM_POLL_INTERVAL", "9s");
        jail.set_env("CERTSTREAM_BATCH_SIZE", "64");
        let config = load(&[
            "--config",
            "certstream.toml",
            "--listen",
            "127.0.0.1:3000",
            "--batch-size",
            "128",
        ])?;
        // Flag over env over file.
        assert_eq!(config.listen, addr("127.0.0.1:3000"));
        assert_eq!(config.batch_size, 128);
        // Env over file.
        assert_eq!(config.poll_interval, Duration::from_secs(9));
        // File over default.
        assert_eq!(config.log_list, "/from/file.json");
        assert_eq!(config.heartbeat_interval, Duration::from_secs(45));
        // Untouched by any layer.
        assert_eq!(config.ping_interval, Config::default().ping_interval);
        Ok(())
    });
}

#[test]
fn config_file_can_come_from_the_environment() {
    Jail::expect_with(|jail| {
        jail.clear_env();
        jail.create_file("env.toml", r#"state_dir = "/var/lib/certstream""#)?;
        jail.set_env("CERTSTREAM_CONFIG", "env.toml");
        assert_eq!(load(&[])?.state_dir, PathBuf::from("/var/lib/certstream"));
        // The flag names a different file and wins.
        jail.create_file("flag.toml", r#"state_dir = "/srv/state""#)?;
        assert_eq!(
            load(&["--config", "flag.toml"])?.state_dir,
            PathBuf::from("/srv/state")
        );
        Ok(())
    });
}

#[test]
fn port_alone_means_all_interfaces() {
    Jail::expect_with(|jail| {
        jail.clear_env();
        jail.set_env("PORT", "9999");
        assert_eq!(load(&[])?.listen, addr("0.0.0.0:9999"));
        Ok(())
    });
}

#[test]
fn port_beats_the_file_but_not_certstream_listen_or_the_flag() {
    Jail::expect_with(|jail| {
        jail.clear_env();
        jail.create_file("c.toml", r#"listen = "127.0.0.1:1000""#)?;
        jail.set_env("PORT", "9999");
        assert_eq!(load(&["--config", "c.toml"])?.listen, addr("0.0.0.0:9999"));

        jail.set_env("CERTSTREAM_LISTEN", "127.0.0.1:2000");
        assert_eq!(
            load(&["--config", "c.toml"])?.listen,
            addr("127.0.0.1:2000")
        );

        assert_eq!(
            load(&["--config", "c.toml", "--listen", "127.0.0.1:3000"])?.listen,
            addr("127.0.0.1:3000")
        );
        Ok(())
    });
}

#[test]
fn durations_use_human_units_everywhere() {
    Jail::expect_with(|jail| {
        jail.clear_env();
        jail.create_file("c.toml", r#"request_timeout = "1m 30s""#)?;
        jail.set_env("CERTSTREAM_HEARTBEAT_INTERVAL", "1h");
        let config = load(&["--config", "c.toml", "--ping-interval", "500ms"])?;
        assert_eq!(config.request_timeout, Duration::from_secs(90));
        assert_eq!(config.heartbeat_interval, Duration::from_secs(3600));
        assert_eq!(config.ping_interval, Duration::from_millis(500));
        Ok(())
    });
}

#[test]
fn mistakes_are_errors() {
    Jail::expect_with(|jail| {
        jail.clear_env();
        jail.create_file("typo.toml", r#"pol_interval = "5s""#)?;
        let err = load(&["--config", "typo.toml"]).unwrap_err();
        assert!(err.contains("pol_interval"), "{err}");

        let err = load(&["--config", "missing.toml"]).unwrap_err();
        assert!(err.contains("missing.toml"), "{err}");

        jail.set_env("PORT", "http");
        let err = load(&[]).unwrap_err();
        assert!(err.contains("PORT"), "{err}");

        jail.set_env("PORT", "8080");
        jail.set_env("CERTSTREAM_POLL_INTERVAL", "0s");
        let err = load(&[]).unwrap_err();
        assert!(err.contains("poll_interval"), "{err}");

        assert!(load(&["--batch-size", "0"]).is_err());
        Ok(())
    });
}

#[test]
fn unrelated_certstream_variables_are_ignored() {
    Jail::expect_with(|jail| {
        jail.clear_env();
        jail.set_env("CERTSTREAM_SOMETHING_ELSE", "x");
        assert_eq!(load(&[])?, Config::default());
        Ok(())
    });
}
