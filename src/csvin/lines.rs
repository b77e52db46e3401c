//! Line numbers of records as people count them.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{self, Read};
use std::rc::Rc;

/// Where the line ends are in a decoded stream, for the line numbers of
/// records. The `csv` crate notes where a record starts before it skips
/// the line ends in front of it: a record after `\r\n` (every Excel file)
/// or after blank lines would be counted on an earlier line.
#[derive(Debug, Clone, Default)]
pub struct LineEnds(Rc<RefCell<Ends>>);

#[derive(Debug, Default)]
struct Ends {
    /// Offsets of `\n` bytes.
    lfs: VecDeque<u64>,
    /// Offsets of the first byte after each run of `\r`/`\n` bytes.
    run_ends: VecDeque<u64>,
}

impl LineEnds {
    /// The line a record starts on, as people count (the header is 1):
    /// the `\n`s between where the crate says it starts and its first byte
    /// are added. Offsets behind it are dropped as the reader goes, so
    /// memory stays within the reader's look-ahead.
    pub fn line(&self, pos: &csv::Position) -> u64 {
        let mut e = self.0.borrow_mut();
        let at = pos.byte();
        while e.lfs.front().is_some_and(|o| *o < at) {
            e.lfs.pop_front();
        }
        while e.run_ends.front().is_some_and(|o| *o < at) {
            e.run_ends.pop_front();
        }
        let end = e.run_ends.front().copied().unwrap_or(u64::MAX);
        pos.line() + e.lfs.iter().take_while(|o| **o < end).count() as u64
    }
}

/// A decoded stream that notes its line ends (`LineEnds`).
pub struct Lines<R> {
    pub(super) inner: R,
    pub(super) offset: u64,
    pub(super) in_run: bool,
    pub(super) ends: LineEnds,
}

impl<R> std::fmt::Debug for Lines<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lines")
            .field("offset", &self.offset)
            .finish()
    }
}

impl<R: Read> Read for Lines<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut e = self.ends.0.borrow_mut();
        for (i, b) in buf[..n].iter().enumerate() {
            let at = self.offset + i as u64;
            let end = *b == b'\n' || *b == b'\r';
            if *b == b'\n' {
                e.lfs.push_back(at);
            }
            if !end && self.in_run {
                e.run_ends.push_back(at);
            }
            self.in_run = end;
        }
        self.offset += n as u64;
        Ok(n)
    }
}
