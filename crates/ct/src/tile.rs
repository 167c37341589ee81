//! Tile paths (c2sp.org/tlog-tiles): `x001/x234/067`, and planning which
//! data tiles cover a range of entries.
//!
//! Pure functions with no I/O, so the static-ct-api client, the server's
//! `cert_link`s and the log simulator all agree on the exact paths, and the
//! arithmetic of partial tiles is tested in one place.

/// Entries in a full tile.
pub const TILE_WIDTH: u64 = 256;

/// The tile index `n` as 3-digit path elements, all but the last prefixed
/// with `x`: 1234067 → `x001/x234/067`, 5 → `005`.
pub fn index_path(n: u64) -> String {
    let mut groups = vec![n % 1000];
    let mut rest = n / 1000;
    while rest > 0 {
        groups.push(rest % 1000);
        rest /= 1000;
    }
    let last = groups.len() - 1;
    groups
        .iter()
        .rev()
        .enumerate()
        .map(|(i, g)| {
            if i == last {
                format!("{g:03}")
            } else {
                format!("x{g:03}")
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// `tile/data/<path>` for a full tile (`width == 256`), else
/// `tile/data/<path>.p/<width>`. `width` must be 1..=256.
pub fn data_tile_path(n: u64, width: u16) -> String {
    debug_assert!((1..=256).contains(&width), "tile width {width}");
    if u64::from(width) == TILE_WIDTH {
        format!("tile/data/{}", index_path(n))
    } else {
        format!("tile/data/{}.p/{width}", index_path(n))
    }
}

/// One data tile to fetch, and which of its entries are wanted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TileSpan {
    /// Tile index: the tile holds entries `n*256 ..`.
    pub n: u64,
    /// Entries in the tile: 256, or fewer for the partial tile at the head
    /// of the tree.
    pub width: u16,
    /// Leading entries of the tile that precede the requested range (the
    /// caller already has them).
    pub skip: u16,
}

impl TileSpan {
    /// Log index of the tile's first entry (not of the first wanted one).
    pub fn first_index(&self) -> u64 {
        self.n * TILE_WIDTH
    }
}

/// The data tiles that cover entries `[from, to)`, in order, where `to` is
/// at most the tree size: every tile is full except possibly the last,
/// which is the partial tile of a tree of size `to`. Lazy, because a
/// backfill range can span millions of tiles.
pub fn tiles_covering(from: u64, to: u64) -> impl Iterator<Item = TileSpan> {
    let first = from / TILE_WIDTH;
    let end = to.div_ceil(TILE_WIDTH);
    (first..end).filter_map(move |n| {
        let start = n * TILE_WIDTH;
        let width = to.min(start.saturating_add(TILE_WIDTH)) - start;
        let skip = from.saturating_sub(start);
        (skip < width).then_some(TileSpan {
            n,
            // Both are below or equal to 256 here, so `as` cannot truncate.
            width: width as u16,
            skip: skip as u16,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_paths() {
        assert_eq!(index_path(0), "000");
        assert_eq!(index_path(5), "005");
        assert_eq!(index_path(999), "999");
        assert_eq!(index_path(1000), "x001/000");
        assert_eq!(index_path(1_234_067), "x001/x234/067");
        assert_eq!(index_path(u64::MAX), "x018/x446/x744/x073/x709/x551/615");
    }

    #[test]
    fn data_paths() {
        assert_eq!(data_tile_path(3, 256), "tile/data/003");
        assert_eq!(data_tile_path(3, 10), "tile/data/003.p/10");
        assert_eq!(data_tile_path(1_234_067, 1), "tile/data/x001/x234/067.p/1");
    }

    #[test]
    fn covering_ranges() {
        let spans: Vec<_> = tiles_covering(0, 778).collect();
        assert_eq!(
            spans,
            vec![
                TileSpan {
                    n: 0,
                    width: 256,
                    skip: 0
                },
                TileSpan {
                    n: 1,
                    width: 256,
                    skip: 0
                },
                TileSpan {
                    n: 2,
                    width: 256,
                    skip: 0
                },
                TileSpan {
                    n: 3,
                    width: 10,
                    skip: 0
                },
            ]
        );
        // Starting mid-tile, ending on a boundary.
        let spans: Vec<_> = tiles_covering(300, 512).collect();
        assert_eq!(
            spans,
            vec![TileSpan {
                n: 1,
                width: 256,
                skip: 44
            }]
        );
        assert_eq!(spans[0].first_index(), 256);
        // Starting inside the partial head tile.
        let spans: Vec<_> = tiles_covering(770, 778).collect();
        assert_eq!(
            spans,
            vec![TileSpan {
                n: 3,
                width: 10,
                skip: 2
            }]
        );
        // Empty ranges.
        assert_eq!(tiles_covering(778, 778).count(), 0);
        assert_eq!(tiles_covering(0, 0).count(), 0);
        assert_eq!(tiles_covering(10, 5).count(), 0);
        // Every index in [from, to) is covered exactly once.
        let covered: u64 = tiles_covering(100, 100_000)
            .map(|s| u64::from(s.width - s.skip))
            .sum();
        assert_eq!(covered, 100_000 - 100);
    }
}
