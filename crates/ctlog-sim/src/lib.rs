//! CT log simulator (stub; see the simulator work).
