//! static-ct-api tile paths: `<N>` as 3-digit groups, all but the last
//! prefixed with `x` (1234067 → `x001/x234/067`), optionally `.p/<W>` for a
//! partial tile of width W (1..=255).

/// Entries (or hashes) in a full tile.
pub const TILE_WIDTH: u64 = 256;

/// Encodes tile index `n` as a path (without `.p/<W>`).
pub fn encode_index(n: u64) -> String {
    let mut groups = vec![format!("{:03}", n % 1000)];
    let mut rest = n / 1000;
    while rest > 0 {
        groups.push(format!("x{:03}", rest % 1000));
        rest /= 1000;
    }
    groups.reverse();
    groups.join("/")
}

/// Encodes tile index `n` with partial width `width` (`None` or 256 = full).
pub fn encode(n: u64, width: u64) -> String {
    if width >= TILE_WIDTH {
        encode_index(n)
    } else {
        format!("{}.p/{width}", encode_index(n))
    }
}

/// Parses `<N>[.p/<W>]` into (index, width), width 256 for a full tile.
/// Rejects non-canonical forms (missing `x`, wrong digit counts, W out of range)
/// so the server 404s on them like a real static file tree would.
pub fn parse(path: &str) -> Option<(u64, u64)> {
    let (index_part, width) = match path.split_once(".p/") {
        Some((i, w)) => {
            if w.starts_with('0') || !w.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let w: u64 = w.parse().ok()?;
            if !(1..TILE_WIDTH).contains(&w) {
                return None;
            }
            (i, w)
        }
        None => (path, TILE_WIDTH),
    };
    let groups: Vec<&str> = index_part.split('/').collect();
    let (last, prefix) = groups.split_last()?;
    let mut n: u64 = 0;
    for (i, g) in prefix.iter().enumerate() {
        let digits = g.strip_prefix('x')?;
        if i == 0 && digits == "000" {
            return None;
        }
        n = n.checked_mul(1000)?.checked_add(three_digits(digits)?)?;
    }
    n = n.checked_mul(1000)?.checked_add(three_digits(last)?)?;
    Some((n, width))
}

fn three_digits(s: &str) -> Option<u64> {
    if s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_example_and_round_trip() {
        assert_eq!(encode_index(1_234_067), "x001/x234/067");
        assert_eq!(encode(3, 10), "003.p/10");
        for n in [0, 7, 999, 1000, 1_234_067] {
            assert_eq!(parse(&encode_index(n)), Some((n, 256)));
        }
        assert_eq!(parse("003.p/10"), Some((3, 10)));
    }

    #[test]
    fn rejects_non_canonical() {
        for bad in [
            "3",
            "0003",
            "001/234",
            "x000/001",
            "003.p/0",
            "003.p/256",
            "003.p/010",
            "x1/003",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
