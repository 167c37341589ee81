//! The frames a session is about to write, as one [`Buf`] of shared pieces.
//!
//! # Design
//! A session collects the frames of a burst (shared headers, shared
//! payloads, its own heartbeats and pongs) and writes them with
//! `write_all_buf`, which uses vectored writes: one system call sends many
//! frames without first copying them into a per-client buffer. Each piece
//! is a refcounted [`Bytes`], so queueing copies nothing.

use std::collections::VecDeque;
use std::io::IoSlice;

use bytes::{Buf, Bytes};

/// Pieces of outgoing frames, in order.
#[derive(Debug, Default)]
pub struct WriteQueue {
    pieces: VecDeque<Bytes>,
    remaining: usize,
}

impl WriteQueue {
    /// Append a piece (a whole frame, or a header or payload).
    pub fn push(&mut self, piece: Bytes) {
        if !piece.is_empty() {
            self.remaining += piece.len();
            self.pieces.push_back(piece);
        }
    }

    /// Whether everything has been written.
    pub fn is_empty(&self) -> bool {
        self.remaining == 0
    }

    /// Drop the queue's storage once drained, so an idle connection does
    /// not keep the capacity of its biggest burst.
    pub fn shrink(&mut self) {
        if self.pieces.is_empty() && self.pieces.capacity() > 64 {
            self.pieces = VecDeque::new();
        }
    }
}

impl Buf for WriteQueue {
    fn remaining(&self) -> usize {
        self.remaining
    }

    fn chunk(&self) -> &[u8] {
        self.pieces.front().map_or(&[], |piece| &piece[..])
    }

    fn chunks_vectored<'a>(&'a self, dst: &mut [IoSlice<'a>]) -> usize {
        let mut n = 0;
        for (slot, piece) in dst.iter_mut().zip(&self.pieces) {
            *slot = IoSlice::new(piece);
            n += 1;
        }
        n
    }

    fn advance(&mut self, mut cnt: usize) {
        assert!(cnt <= self.remaining, "advance past the end of the queue");
        self.remaining -= cnt;
        while cnt > 0 {
            let Some(front) = self.pieces.front_mut() else {
                return;
            };
            if cnt < front.len() {
                front.advance(cnt);
                return;
            }
            cnt -= front.len();
            self.pieces.pop_front();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_advances_keep_the_byte_order() {
        let mut queue = WriteQueue::default();
        for piece in ["ab", "", "cde", "f"] {
            queue.push(Bytes::from(piece));
        }
        assert_eq!(queue.remaining(), 6);
        let mut out = Vec::new();
        for step in [1, 2, 1, 2] {
            out.extend_from_slice(&queue.chunk()[..step.min(queue.chunk().len())]);
            queue.advance(step.min(queue.chunk().len()));
        }
        while queue.has_remaining() {
            out.extend_from_slice(queue.chunk());
            let n = queue.chunk().len();
            queue.advance(n);
        }
        assert_eq!(out, b"abcdef");
        assert!(queue.is_empty());
    }

    #[test]
    fn vectored_chunks_cover_every_piece() {
        let mut queue = WriteQueue::default();
        queue.push(Bytes::from_static(b"xy"));
        queue.push(Bytes::from_static(b"z"));
        queue.advance(1);
        let mut slices = [IoSlice::new(&[]); 4];
        let n = queue.chunks_vectored(&mut slices);
        let joined: Vec<u8> = slices[..n].iter().flat_map(|s| s.iter().copied()).collect();
        assert_eq!(joined, b"yz");
    }
}
