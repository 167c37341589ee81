//! certstream server (stub).
