//! Waiting for the operator to stop the server.
//!
//! # Design
//! The binary passes [`signal`] to [`crate::Server::run`]; tests pass any
//! future they control instead. When it resolves the server cancels one
//! `CancellationToken`: watchers stop, every websocket session sends a close
//! frame (1001 Going Away) and the HTTP listener drains.

/// Resolves on SIGINT (Ctrl-C) or, on Unix, SIGTERM (what container
/// runtimes send).
pub async fn signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut sigterm) => {
                sigterm.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();

    tokio::select! {
        _ = ctrl_c => tracing::info!("SIGINT received, shutting down"),
        _ = terminate => tracing::info!("SIGTERM received, shutting down"),
    }
}
