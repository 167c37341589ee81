//! The NATS settings (issue #8): roles, `--nats`, the example deployment
//! files in `deploy/nats/`, and what is refused.

// `Jail::expect_with` dictates the closure's error type (`figment::Error`).
#![allow(clippy::result_large_err)]

use std::time::Duration;

use certstream_server::config::{Cli, Config, Role};
use certstream_server::nats::jetstream::NatsSettings;
use clap::Parser;
use figment::Jail;

fn load(flags: &[&str]) -> Result<Config, String> {
    let cli =
        Cli::try_parse_from(std::iter::once("certstream-server").chain(flags.iter().copied()))
            .map_err(|e| e.to_string())?;
    Config::from_cli(cli).map_err(|e| format!("{e:#}"))
}

/// `deploy/nats/<name>` from the workspace root.
fn example(name: &str) -> String {
    format!("{}/../../deploy/nats/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn embedded_is_the_default() {
    Jail::expect_with(|jail| {
        jail.clear_env();
        let config = load(&[]).unwrap();
        assert_eq!(config.role, Role::All);
        assert_eq!(config.nats, None);
        assert_eq!(NatsSettings::from_config(&config), None);
        Ok(())
    });
}

#[test]
fn flags_and_environment_select_a_role_and_servers() {
    Jail::expect_with(|jail| {
        jail.clear_env();
        jail.set_env(
            "CERTSTREAM_NATS",
            "nats://10.0.0.1:4222, nats://10.0.0.2:4222",
        );
        jail.set_env("CERTSTREAM_NATS_REPLICAS", "3");
        let config = load(&["--role", "edge", "--nats-stream", "ct"]).unwrap();
        assert_eq!(config.role, Role::Edge);
        let settings = NatsSettings::from_config(&config).unwrap();
        assert_eq!(
            settings.servers,
            ["nats://10.0.0.1:4222", "nats://10.0.0.2:4222"]
        );
        assert_eq!(settings.replicas, 3);
        assert_eq!(settings.subject(), "ct.certificates");
        assert_eq!(settings.positions_bucket(), "ct-positions");
        // The stream's retention is the history retention.
        assert_eq!(settings.max_age, config.history_max_age);
        assert_eq!(settings.max_bytes, config.history_max_bytes);
        Ok(())
    });
}

#[test]
fn split_roles_need_nats_and_replicas_are_bounded() {
    Jail::expect_with(|jail| {
        jail.clear_env();
        let error = load(&["--role", "ingest"]).unwrap_err();
        assert!(error.contains("needs a NATS server"), "{error}");
        let error = load(&["--role", "edge"]).unwrap_err();
        assert!(error.contains("needs a NATS server"), "{error}");
        assert!(load(&["--nats", "nats://x:4222", "--nats-replicas", "7"]).is_err());
        assert!(load(&["--role", "cluster"]).is_err());
        Ok(())
    });
}

#[test]
fn example_deployment_files_are_valid() {
    Jail::expect_with(|jail| {
        jail.clear_env();
        let ingest = load(&["--config", &example("ingest.toml")]).unwrap();
        assert_eq!(ingest.role, Role::Ingest);
        assert_eq!(ingest.nats_replicas, 3);
        assert_eq!(ingest.nats_duplicate_window, Duration::from_secs(120));
        let edge = load(&["--config", &example("edge.toml")]).unwrap();
        assert_eq!(edge.role, Role::Edge);
        assert_eq!(edge.nats, ingest.nats, "both roles on the same servers");
        assert_eq!(edge.nats_stream, ingest.nats_stream);
        Ok(())
    });
}
