//! The settings of issue 4 (log sources) in flags, environment and file.

// `Jail::expect_with` dictates the closure's error type (`figment::Error`).
#![allow(clippy::result_large_err)]

use std::time::Duration;

use certstream_server::config::{Cli, Config};
use certstream_server::log_list::ExtraLogKind;
use clap::Parser;
use figment::Jail;

fn load(flags: &[&str]) -> Result<Config, String> {
    let cli =
        Cli::try_parse_from(std::iter::once("certstream-server").chain(flags.iter().copied()))
            .map_err(|e| e.to_string())?;
    Config::from_cli(cli).map_err(|e| format!("{e:#}"))
}

#[test]
fn defaults_verify_resume_and_refresh_hourly() {
    Jail::expect_with(|jail| {
        jail.clear_env();
        let config = load(&[])?;
        assert!(config.verify_log_list);
        assert!(!config.start_at_head);
        assert_eq!(config.log_list_refresh, Duration::from_secs(3600));
        assert_eq!(config.operator_concurrency, 4);
        assert_eq!(config.parallel_fetches, 4);
        Ok(())
    });
}

#[test]
fn flags_and_env_turn_things_off() {
    Jail::expect_with(|jail| {
        jail.clear_env();
        let config = load(&[
            "--no-verify-log-list",
            "--start-at-head",
            "--log-list-refresh",
            "10m",
            "--operator-concurrency",
            "2",
        ])?;
        assert!(!config.verify_log_list);
        assert!(config.start_at_head);
        assert_eq!(config.log_list_refresh, Duration::from_secs(600));
        assert_eq!(config.operator_concurrency, 2);

        jail.set_env("CERTSTREAM_VERIFY_LOG_LIST", "false");
        jail.set_env("CERTSTREAM_PARALLEL_FETCHES", "8");
        let config = load(&[])?;
        assert!(!config.verify_log_list);
        assert_eq!(config.parallel_fetches, 8);
        Ok(())
    });
}

#[test]
fn extra_logs_exclusions_and_http1_come_from_the_file() {
    Jail::expect_with(|jail| {
        jail.clear_env();
        jail.create_file(
            "certstream.toml",
            r#"
                exclude = ["googleapis.com/logs/eu1", "DleUvPOuqT4zGyyZB7P3kN+bwj1xMiXdIaklrGHFTiE="]
                http1_operators = ["Sectigo"]

                [[extra_logs]]
                description = "My private log"
                url = "https://ct.example/log/"
                kind = "static-ct"
                key = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE"
            "#,
        )?;
        let config = load(&["--config", "certstream.toml"])?;
        assert_eq!(config.exclude.len(), 2);
        assert_eq!(config.http1_operators, vec!["Sectigo".to_owned()]);
        let extra = &config.extra_logs[0];
        assert_eq!(extra.kind, ExtraLogKind::StaticCt);
        assert_eq!(extra.operator, "extra");

        jail.create_file(
            "bad.toml",
            r#"
                [[extra_logs]]
                description = "x"
                url = "https://x/"
                kind = "tiles"
                key = ""
            "#,
        )?;
        assert!(load(&["--config", "bad.toml"]).is_err());
        Ok(())
    });
}
