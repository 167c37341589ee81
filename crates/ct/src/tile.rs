//! Tile paths (c2sp.org/tlog-tiles): `x001/x234/067`.
