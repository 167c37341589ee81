//! RFC 6962 §2.1 Merkle tree over a log's published leaves.
//!
//! Design: we keep every complete subtree hash, level by level
//! (`levels[k][i]` is the hash of leaves `i*2^k .. (i+1)*2^k`). Appending a
//! leaf costs O(log n) hashes, the root of *any* prefix size is O(log n)
//! (needed for the "shrinking tree" fault, which serves an older tree head),
//! and static-ct-api hash tiles are plain slices of these levels
//! (tile level L holds tree level 8·L). Memory is 64 bytes per leaf, which is
//! fine for test and benchmark logs.

use sha2::{Digest, Sha256};

/// A SHA-256 hash, the only hash CT uses.
pub type Hash = [u8; 32];

/// RFC 6962 leaf hash: SHA-256(0x00 || MerkleTreeLeaf).
pub fn leaf_hash(merkle_tree_leaf: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update(merkle_tree_leaf);
    h.finalize().into()
}

/// RFC 6962 interior node hash: SHA-256(0x01 || left || right).
pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(left);
    h.update(right);
    h.finalize().into()
}

/// The Merkle tree of one log, over leaf hashes appended in order.
#[derive(Debug, Default)]
pub(crate) struct MerkleTree {
    levels: Vec<Vec<Hash>>,
}

impl MerkleTree {
    /// Number of leaves.
    pub(crate) fn len(&self) -> u64 {
        self.levels.first().map_or(0, |l| l.len() as u64)
    }

    /// Appends one leaf hash and completes every subtree it closes.
    pub(crate) fn push(&mut self, leaf: Hash) {
        let mut level = 0;
        let mut hash = leaf;
        loop {
            if self.levels.len() == level {
                self.levels.push(Vec::new());
            }
            let row = &mut self.levels[level];
            row.push(hash);
            if row.len() % 2 == 1 {
                return;
            }
            hash = node_hash(&row[row.len() - 2], &row[row.len() - 1]);
            level += 1;
        }
    }

    /// The RFC 6962 root (MTH) of the first `size` leaves, or `None` if the
    /// tree has fewer. The empty tree's root is SHA-256 of the empty string.
    pub(crate) fn root(&self, size: u64) -> Option<Hash> {
        if size > self.len() {
            return None;
        }
        // Split `size` into complete subtrees, largest (leftmost) first; the
        // MTH is then H(s1, H(s2, ... H(s_{m-1}, s_m))).
        let mut subtrees = Vec::new();
        let mut start = 0u64;
        for level in (0..64).rev() {
            let width = 1u64 << level;
            if size - start >= width {
                let row = self.levels.get(level)?;
                subtrees.push(*row.get(usize::try_from(start >> level).ok()?)?);
                start += width;
            }
        }
        let mut iter = subtrees.into_iter().rev();
        let Some(mut acc) = iter.next() else {
            return Some(Sha256::digest([]).into());
        };
        for left in iter {
            acc = node_hash(&left, &acc);
        }
        Some(acc)
    }

    /// The hashes stored at tree level `level`, indices `start..end`, or
    /// `None` if not all of them exist yet. Used for static-ct-api hash tiles.
    pub(crate) fn level_slice(&self, level: usize, start: u64, end: u64) -> Option<&[Hash]> {
        let row = self.levels.get(level)?;
        row.get(usize::try_from(start).ok()?..usize::try_from(end).ok()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The RFC 6962 definition, written recursively, as an oracle.
    fn mth(leaves: &[Hash]) -> Hash {
        match leaves.len() {
            0 => Sha256::digest([]).into(),
            1 => leaves[0],
            n => {
                let k = n.next_power_of_two() / 2;
                node_hash(&mth(&leaves[..k]), &mth(&leaves[k..]))
            }
        }
    }

    #[test]
    fn root_matches_recursive_definition_for_every_prefix() {
        let leaves: Vec<Hash> = (0u32..70).map(|i| leaf_hash(&i.to_be_bytes())).collect();
        let mut tree = MerkleTree::default();
        for l in &leaves {
            tree.push(*l);
        }
        for size in 0..=leaves.len() {
            assert_eq!(
                tree.root(size as u64),
                Some(mth(&leaves[..size])),
                "size {size}"
            );
        }
        assert_eq!(tree.root(71), None);
    }
}
