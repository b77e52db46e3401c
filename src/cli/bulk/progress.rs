//! The progress bar of a long import (stderr, a terminal, not `--quiet`):
//! rows processed, failed rows so far, the rate and, when the file's size
//! is known, the time left from the bytes read.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

use crate::app::import::{self as app, RowResult};
use crate::error::Result;

/// The text after the bar: `1200 rows, 3 failed, 400 rows/s, ETA 0:05`.
/// The rate needs some time gone by; the ETA a known size and some bytes
/// read (it assumes the rest of the file goes at the pace of what was read).
pub fn line(rows: u64, failed: u64, elapsed: Duration, bytes: u64, total: Option<u64>) -> String {
    let mut s = format!(
        "{rows} row{}, {failed} failed",
        if rows == 1 { "" } else { "s" }
    );
    let secs = elapsed.as_secs_f64();
    if secs >= 0.001 {
        // Rounded for the eye; precision past a row per second is noise.
        let rate = u64_of(rows as f64 / secs);
        s.push_str(&format!(", {rate} rows/s"));
    }
    if let Some(total) = total
        && bytes > 0
        && secs >= 0.001
    {
        let left = total.saturating_sub(bytes) as f64;
        let eta = u64_of(secs * left / bytes as f64);
        s.push_str(&format!(", ETA {}", clock(eta)));
    }
    s
}

/// A non-negative float rounded to a whole number (0 for NaN).
fn u64_of(x: f64) -> u64 {
    if x.is_finite() && x > 0.0 {
        // Saturating: `as` clamps values past u64::MAX.
        x.round() as u64
    } else {
        0
    }
}

/// Seconds as `m:ss`, or `h:mm:ss` from an hour.
fn clock(secs: u64) -> String {
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// The bar: by bytes when the size is known, a spinner otherwise.
pub fn bar(kind: &str, size: Option<u64>) -> ProgressBar {
    let (bar, template) = match size {
        Some(n) => (
            ProgressBar::new(n),
            "{spinner} importing {prefix} [{bar:30}] {msg}",
        ),
        None => (
            ProgressBar::new_spinner(),
            "{spinner} importing {prefix} {msg}",
        ),
    };
    bar.set_style(
        ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_prefix(kind.to_string());
    bar.set_message(line(0, 0, Duration::ZERO, 0, size));
    bar
}

/// A sink that counts the rows going through it for the bar, then hands
/// them on.
pub struct Tracked<'a> {
    pub inner: &'a mut dyn app::Sink,
    pub bar: Option<ProgressBar>,
    pub bytes: Arc<AtomicU64>,
    pub size: Option<u64>,
    pub rows: u64,
    pub failed: u64,
}

impl app::Sink for Tracked<'_> {
    fn rows(&mut self, rows: Vec<RowResult>, landed: Option<bool>) -> Result<()> {
        self.rows += rows.len() as u64;
        self.failed += rows.iter().filter(|r| r.outcome.is_err()).count() as u64;
        if let Some(bar) = &self.bar {
            let bytes = self.bytes.load(Ordering::Relaxed);
            bar.set_position(bytes);
            bar.set_message(line(
                self.rows,
                self.failed,
                bar.elapsed(),
                bytes,
                self.size,
            ));
        }
        self.inner.rows(rows, landed)
    }
    fn settle(&mut self, landed: bool) -> Result<()> {
        self.inner.settle(landed)
    }
    fn committed(&mut self) {
        self.inner.committed();
    }
    fn rolled_back(&mut self) {
        self.inner.rolled_back();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_says_rows_failed_rate_and_time_left() {
        // A quarter of a 4000-byte file in 2 s: 6 s to go.
        assert_eq!(
            line(1000, 3, Duration::from_secs(2), 1000, Some(4000)),
            "1000 rows, 3 failed, 500 rows/s, ETA 0:06"
        );
        assert_eq!(
            line(1, 1, Duration::from_millis(500), 10, Some(10)),
            "1 row, 1 failed, 2 rows/s, ETA 0:00"
        );
    }

    #[test]
    fn without_a_size_or_time_there_is_no_eta_or_rate() {
        assert_eq!(line(0, 0, Duration::ZERO, 0, Some(100)), "0 rows, 0 failed");
        assert_eq!(
            line(7, 0, Duration::from_secs(7), 300, None),
            "7 rows, 0 failed, 1 rows/s"
        );
        // Nothing read yet: no ETA rather than a division by zero.
        assert_eq!(
            line(0, 0, Duration::from_secs(1), 0, Some(100)),
            "0 rows, 0 failed, 0 rows/s"
        );
    }

    #[test]
    fn long_etas_have_hours() {
        // 1% of the file in 60 s: 99 minutes left.
        assert_eq!(
            line(50, 0, Duration::from_secs(60), 1, Some(100)),
            "50 rows, 0 failed, 1 rows/s, ETA 1:39:00"
        );
        assert_eq!(clock(59), "0:59");
        assert_eq!(clock(3600), "1:00:00");
    }
}
