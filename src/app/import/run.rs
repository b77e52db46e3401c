//! Import as one operation (docs/import.md): rows in batches, each
//! row in a savepoint through exactly the one-at-a-time use case; CPU work
//! (password hashing) before the write lock; each batch's results handed
//! to a sink (the report) and flushed before its commit; a pause after each
//! commit so that waiting writers get their turn.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use serde::Serialize;

use super::rows::read_ahead;
use super::{Flags, Kind, Layout, Row, RowOutcome, apply_row};
use crate::app::{Change, Ctx, field};
use crate::domain::validate::mask_identities_in;
use crate::error::{Error, Result};
use crate::secret;
use crate::store::{self, Store, Tx};

/// How many failed rows the summary's `errors` lists.
pub const ERRORS_CAP: usize = 100;

/// Rows read and applied together inside one transaction of a run that
/// lands all or nothing (the pace of hashing and of the progress bar).
const CHUNK: usize = 1000;

/// Rows whose lookups are read ahead together (on a server, where each
/// lookup is a round trip).
const READ_AHEAD: usize = 256;

/// The longest a batch of a default-mode run holds the write lock.
const MAX_HOLD: Duration = Duration::from_millis(250);

/// One data row as read: the line it starts on, and its cells (every
/// column of the file).
#[derive(Debug, Clone)]
pub struct Input {
    pub line: u64,
    pub cells: Vec<String>,
}

/// What became of one row.
#[derive(Debug)]
pub struct RowResult {
    pub line: u64,
    pub cells: Vec<String>,
    /// What the row did (or, rolled back, would have done), or why it
    /// failed.
    pub outcome: std::result::Result<Change, Error>,
    /// The column a failure is about, as the file spells it.
    pub column: Option<String>,
    /// A generated initial password, to be shown once.
    pub password: Option<String>,
}

/// Where results go once their batch is decided, before it commits: a
/// failure here rolls the batch back (a password nobody could see never
/// lands).
pub trait Sink {
    /// Rows of a batch; `landed` is whether their changes are committed
    /// with it, or `None` when only `settle` will say (all or nothing).
    fn rows(&mut self, rows: Vec<RowResult>, landed: Option<bool>) -> Result<()>;
    /// The fate of every row given with `None`, before the commit.
    fn settle(&mut self, landed: bool) -> Result<()>;
    /// The transaction holding the rows given so far has committed.
    fn committed(&mut self);
    /// The transaction holding the rows given since the last commit was
    /// rolled back (an error, or a commit that failed): they did not land,
    /// and whatever the sink wrote of them must not say they did.
    fn rolled_back(&mut self);
}

/// A failed row as the summary lists it.
#[derive(Debug, Clone, Serialize)]
pub struct RowError {
    pub line: u64,
    pub column: Option<String>,
    pub code: &'static str,
    pub message: String,
}

/// Why a run stopped before the end of its file, and from which line
/// nothing was imported.
#[derive(Debug, Clone, Serialize)]
pub struct Stopped {
    pub line: u64,
    pub code: &'static str,
    pub message: String,
}

/// The import summary (docs/json.md, "Import result").
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub kind: &'static str,
    pub encoding: String,
    pub rows: u64,
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub failed: u64,
    pub dry_run: bool,
    pub all_or_nothing: bool,
    /// Whether what the rows did is in the database now.
    pub landed: bool,
    pub report: Option<String>,
    /// The first failed rows (at most `errors_cap`).
    pub errors: Vec<RowError>,
    pub errors_cap: usize,
    /// Headers roster does not read.
    pub ignored_columns: Vec<String>,
    /// Set when the run stopped mid-file (the database was locked past the
    /// timeout, a disk filled): the counts above are of the rows before
    /// `stopped.line`, which landed.
    pub stopped: Option<Stopped>,
}

impl Summary {
    fn add(&mut self, t: Tally) {
        self.rows += t.rows;
        self.created += t.created;
        self.updated += t.updated;
        self.unchanged += t.unchanged;
        self.failed += t.failed;
        let room = ERRORS_CAP.saturating_sub(self.errors.len());
        self.errors.extend(t.errors.into_iter().take(room));
    }
}

/// Counts of one batch, added to the summary once its fate is known.
#[derive(Debug, Default)]
struct Tally {
    rows: u64,
    created: u64,
    updated: u64,
    unchanged: u64,
    failed: u64,
    errors: Vec<RowError>,
}

impl Tally {
    fn count(&mut self, r: &RowResult) {
        self.rows += 1;
        match &r.outcome {
            Ok(Change::Created) => self.created += 1,
            Ok(Change::Updated | Change::Deleted) => self.updated += 1,
            Ok(Change::Unchanged) => self.unchanged += 1,
            Err(e) => {
                self.failed += 1;
                if self.errors.len() < ERRORS_CAP {
                    self.errors.push(RowError {
                        line: r.line,
                        column: r.column.clone(),
                        code: e.code(),
                        message: mask_identities_in(&e.to_string()),
                    });
                }
            }
        }
    }
}

/// Runs an import: `next` gives the rows in order (`None` at the end),
/// `sink` receives every row's result before the transaction holding it
/// commits. Default mode commits every `flags.batch` rows; dry runs and
/// all-or-nothing runs are one transaction. A failure that stops a batched
/// run after some batches landed is reported in `summary.stopped`, not as
/// an error, so that the caller can say exactly what landed.
pub fn run(
    store: &mut Store,
    ctx: &Ctx<'_>,
    layout: &Layout,
    flags: &Flags,
    next: &mut dyn FnMut() -> Result<Option<Input>>,
    sink: &mut dyn Sink,
    summary: &mut Summary,
) -> Result<()> {
    summary.errors_cap = ERRORS_CAP;
    if flags.dry_run || flags.all_or_nothing {
        let mut tally = Tally::default();
        let result = store.write_then(|tx| {
            loop {
                let chunk = read(next, CHUNK)?;
                if chunk.is_empty() {
                    break;
                }
                let pws = passwords(&password_jobs(tx, layout, flags, &chunk)?, ctx.cost);
                read_ahead(tx, layout, chunk.iter().map(|i| i.cells.as_slice()))?;
                let rows = apply(tx, ctx, layout, flags, chunk, pws, &mut tally)?;
                sink.rows(rows, if flags.dry_run { Some(false) } else { None })?;
            }
            let landed = !flags.dry_run && tally.failed == 0;
            if !flags.dry_run {
                sink.settle(landed)?;
            }
            Ok((landed, landed))
        });
        let landed = match result {
            Ok(landed) => {
                sink.committed();
                landed
            }
            Err(e) => {
                sink.rolled_back();
                return Err(e);
            }
        };
        summary.add(tally);
        summary.landed = landed;
        return Ok(());
    }
    let mut committed = false;
    // The line of the last row read: a failure before the next batch has
    // a row of its own stops at the line after it.
    let mut last_line = 1u64;
    // Rows read and made ready, waiting for a transaction.
    let mut ready: VecDeque<(Input, Option<secret::Prepared>)> = VecDeque::new();
    loop {
        let mut first_line = None;
        let batch = (|| -> Result<Option<Tally>> {
            if ready.is_empty() {
                let chunk = read(next, flags.batch.max(1))?;
                if let Some(last) = chunk.last() {
                    last_line = last.line;
                }
                // By design: the hashing happens here, before BEGIN IMMEDIATE.
                let jobs = store.read(|tx| password_jobs(tx, layout, flags, &chunk))?;
                let pws = passwords(&jobs, ctx.cost);
                ready.extend(chunk.into_iter().zip(pws));
            }
            let Some((first, _)) = ready.front() else {
                return Ok(None);
            };
            first_line = Some(first.line);
            let mut tally = Tally::default();
            let written = store.write_then(|tx| {
                // A batch holds the lock for at most MAX_HOLD, whatever the
                // machine's speed, so that waiting writers get a turn well
                // within their busy timeout; its other rows go next.
                let until = Instant::now() + MAX_HOLD;
                let mut rows = Vec::new();
                let mut n = 0usize;
                while !ready.is_empty() {
                    if n.is_multiple_of(READ_AHEAD) {
                        let next = ready.iter().take(READ_AHEAD);
                        read_ahead(tx, layout, next.map(|(i, _)| i.cells.as_slice()))?;
                    }
                    n += 1;
                    let Some((input, pw)) = ready.pop_front() else {
                        break;
                    };
                    rows.extend(apply(
                        tx,
                        ctx,
                        layout,
                        flags,
                        vec![input],
                        vec![pw],
                        &mut tally,
                    )?);
                    if Instant::now() >= until {
                        break;
                    }
                }
                sink.rows(rows, Some(true))?;
                Ok(((), true))
            });
            match written {
                Ok(()) => sink.committed(),
                Err(e) => {
                    sink.rolled_back();
                    return Err(e);
                }
            }
            Ok(Some(tally))
        })();
        match batch {
            Ok(Some(tally)) => {
                summary.add(tally);
                committed = true;
                // Give writers waiting for the lock their turn (ARCHITECTURE.md).
                store.let_waiting_writers_in(flags.pause);
            }
            Ok(None) => break,
            Err(e) if committed => {
                summary.stopped = Some(Stopped {
                    line: first_line.unwrap_or(last_line + 1),
                    code: e.code(),
                    message: mask_identities_in(&e.to_string()),
                });
                break;
            }
            Err(e) => return Err(e),
        }
    }
    summary.landed = true;
    Ok(())
}

/// Up to `n` non-blank rows.
fn read(next: &mut dyn FnMut() -> Result<Option<Input>>, n: usize) -> Result<Vec<Input>> {
    let mut chunk = Vec::new();
    while chunk.len() < n {
        match next()? {
            Some(input) => {
                if input
                    .cells
                    .iter()
                    .any(|c| !crate::domain::validate::clean(c).is_empty())
                {
                    chunk.push(input);
                }
            }
            None => break,
        }
    }
    Ok(chunk)
}

/// Each row's initial password made ready (checked, generated, hashed)
/// outside the write lock, on every core: only for employee rows that will
/// create an account as far as can be told now (the email is free), and
/// never for a dry run, which stores nothing.
/// Each row's hashing job: `Some(given password)` when the row will need
/// a hashed password (read in a snapshot; the hashing itself happens after
/// it, so that no snapshot is held for the seconds argon2 takes).
fn password_jobs(
    tx: &Tx<'_>,
    layout: &Layout,
    flags: &Flags,
    chunk: &[Input],
) -> Result<Vec<Option<Option<String>>>> {
    let mut jobs: Vec<Option<Option<String>>> = Vec::with_capacity(chunk.len());
    for input in chunk {
        let job = if layout.kind() != Kind::Employees || flags.dry_run {
            None
        } else {
            let row = Row::new(layout, &input.cells);
            let email = row.get("email").ok().flatten();
            let free = match email.map(|e| field::email("email", &e, "EA-1")) {
                Some(Ok(e)) => store::employee::find(tx, e.as_str())?.is_none(),
                _ => false,
            };
            let given = row.password();
            super::rows::hash_needed(free, given.is_some(), flags).then_some(given)
        };
        jobs.push(job);
    }
    Ok(jobs)
}

/// Runs the hashing jobs on every core.
fn passwords(jobs: &[Option<Option<String>>], cost: secret::Cost) -> Vec<Option<secret::Prepared>> {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let per = jobs.len().div_ceil(cores.max(1)).max(1);
    let mut out: Vec<Option<secret::Prepared>> = Vec::with_capacity(jobs.len());
    std::thread::scope(|s| {
        let handles: Vec<_> = jobs
            .chunks(per)
            .map(|part| {
                s.spawn(move || {
                    // One argon2 working memory per thread, reused.
                    let mut ws = secret::Workspace::default();
                    part.iter()
                        .map(|job| {
                            job.as_ref().and_then(|given| {
                                // A weak password fails the row in the use
                                // case, with the same error.
                                secret::Prepared::placeholder(given.as_deref(), "password", "EA-1")
                                    .and_then(|p| p.hashed_in(&mut ws, cost))
                                    .ok()
                            })
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for (h, part) in handles.into_iter().zip(jobs.chunks(per)) {
            // A hashing thread that died: its rows hash under the lock.
            out.extend(h.join().unwrap_or_else(|_| vec![None; part.len()]));
        }
    });
    out
}

/// Applies a chunk of rows, each in its own savepoint.
fn apply(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    layout: &Layout,
    flags: &Flags,
    chunk: Vec<Input>,
    passwords: Vec<Option<secret::Prepared>>,
    tally: &mut Tally,
) -> Result<Vec<RowResult>> {
    let mut rows = Vec::with_capacity(chunk.len());
    for (input, pw) in chunk.into_iter().zip(passwords) {
        let row = Row::new(layout, &input.cells);
        let outcome = tx.savepoint(|tx| apply_row(tx, ctx, flags, &row, pw));
        let (outcome, password) = match outcome {
            Ok(RowOutcome {
                kept_refusal: Some(e),
                ..
            }) => (Err(e), None),
            Ok(o) => (Ok(o.change), o.initial_password),
            Err(e @ (Error::Busy { .. } | Error::Internal(_))) => return Err(e),
            Err(e) => (Err(e), None),
        };
        let (outcome, column) = match outcome {
            Err(e) => {
                let (e, column) = layout.locate(e);
                (Err(e), column)
            }
            Ok(c) => (Ok(c), None),
        };
        let result = RowResult {
            line: input.line,
            cells: input.cells,
            outcome,
            column,
            // A dry run created nobody: no password to show.
            password: if flags.dry_run { None } else { password },
        };
        tally.count(&result);
        rows.push(result);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests;
