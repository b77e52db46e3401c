//! `roster import KIND FILE|-` and `roster export KIND` (docs/import.md):
//! streaming rows through the one-at-a-time use cases, batched
//! transactions with a savepoint per row, the per-row report, the summary.

mod encoding;
mod input;
mod paths;
mod progress;
mod report;

use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use clap::Args;

use super::{Run, io_error};
use crate::app::export;
use crate::app::import::{self as app, Flags, Input, Kind, Layout};
use crate::error::{Error, Result};
use crate::output::Format;
use encoding::{Encoded, ExportEncoding};
use input::{checked_input, csv_failure, io_failure};
use paths::check_report_path;
use report::{NoReport, Report};

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// What the file holds
    #[arg(value_parser = super::values::import_kind())]
    kind: String,
    /// The CSV file, or - for stdin
    #[arg(required_unless_present = "columns")]
    file: Option<String>,
    /// Print the columns KIND reads (name, required, other spellings) instead of importing; needs no file and no database
    #[arg(long, conflicts_with = "file")]
    columns: bool,
    /// Land nothing if any row fails
    #[arg(long)]
    all_or_nothing: bool,
    /// Check every row and write nothing
    #[arg(long)]
    dry_run: bool,
    /// Write the input columns plus result, error_code, error_message here
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
    /// Agree to the platform / authorisation agreement for every row (employees, authorizations)
    #[arg(long)]
    agree: bool,
    /// At most N rows per committed transaction (each also holds the write lock at most 250 ms)
    #[arg(long, default_value_t = 10000, value_name = "N")]
    batch: usize,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to export
    #[arg(value_parser = super::values::import_kind())]
    kind: String,
    /// The CSV's encoding, for the program that opens it; CSV only
    #[arg(long, value_enum, default_value_t = ExportEncoding::Utf8)]
    encoding: ExportEncoding,
}

/// Counts the raw bytes read, for the progress bar.
struct Counting<R> {
    inner: R,
    n: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let k = self.inner.read(buf)?;
        self.n
            .fetch_add(u64::try_from(k).unwrap_or(0), Ordering::Relaxed);
        Ok(k)
    }
}

/// Failed rows a person sees on stderr without a report.
const SHOWN_ERRORS: usize = 20;

/// `roster import --help` after the description: the columns of every
/// kind, from the one list import reads them by (`app::import::columns`),
/// then the examples.
pub fn import_help() -> String {
    let mut s = String::from(
        "Each row runs through exactly the checks of the one-at-a-time command. Valid rows land, \
invalid ones are reported; exit 6 if any failed. --report FILE holds the input columns plus result, error_code, \
error_message: fix the failed rows there and import the file again as it is.\n\n\
Columns of each KIND (* a file must have it; a header may be any spelling listed; \
`roster import KIND --columns` prints them):\n",
    );
    for (kind, code) in Kind::CODES {
        s.push_str(&format!("  {code}:\n"));
        for c in app::columns(kind) {
            let name = format!("{}{}", c.field, if c.required { " *" } else { "" });
            s.push_str(&format!("    {name:<22}{}\n", c.aliases.join(", ")));
        }
    }
    s.push_str(
        "\nExamples:\n  roster import orgs orgs.csv     # an export imports back unchanged\n  roster --org acme import employees staff.csv --agree --report staff.report.csv\n  roster --org acme import positions - --dry-run < positions.csv",
    );
    s
}

/// `roster import KIND --columns`: needs neither a file nor the database.
fn columns(run: &mut Run, kind: Kind) -> Result<()> {
    let cols = app::columns(kind)
        .iter()
        .map(crate::views::ImportColumnView::new);
    run.all(&[], cols)
}

pub fn import(run: &mut Run, a: ImportArgs) -> Result<()> {
    let kind = crate::app::field::code("KIND", &a.kind, Kind::parse)?;
    if a.columns {
        return columns(run, kind);
    }
    let named = a.file.clone().unwrap_or_default();
    if matches!(kind, Kind::Employees | Kind::Authorizations) && !a.agree {
        return Err(Error::invalid(
            "--agree",
            "AGREEMENT_REQUIRED",
            Some(if kind == Kind::Employees {
                "EA-1"
            } else {
                "PA-1"
            }),
            format!(
                "importing {} needs agreement to the platform agreement for every row: add --agree",
                kind.code()
            ),
        ));
    }
    if kind == Kind::Subaccounts && (a.dry_run || a.all_or_nothing) {
        // VC-1: codes are single use and wrong tries count; rolling a whole
        // file back would un-count the tries (unlimited guesses) and a dry
        // run cannot check a code without spending it.
        return Err(Error::invalid(
            if a.dry_run {
                "--dry-run"
            } else {
                "--all-or-nothing"
            },
            "NOT_FOR_CODES",
            Some("VC-1"),
            "sub-accounts are added with one-time codes, which a rolled-back import cannot check; import them in the default mode",
        ));
    }
    // Every check that needs no database, and nothing opened for writing
    // until they have all passed.
    if let Some(report) = &a.report {
        check_report_path(report, &named, &run.global.db)?;
    }
    let (file, sniffed, size) = checked_input(&named)?;
    let bytes_read = Arc::new(AtomicU64::new(0));
    let counting = Counting {
        inner: file,
        n: Arc::clone(&bytes_read),
    };
    let (_, mut reader, ends) =
        crate::csvin::open_as(counting, Some(sniffed.encoding == encoding_rs::UTF_8))
            .map_err(|e| io_failure("FILE_UNREADABLE", Path::new(&named), &e))?;
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| csv_failure(&named, e))?
        .iter()
        .map(str::to_string)
        .collect();
    let layout = Layout::new(kind, &headers)?;
    if !layout.ignored().is_empty() {
        run.warn(format!(
            "ignored {} column(s) that roster does not read when importing {}: {}",
            layout.ignored().len(),
            kind.code(),
            layout.ignored().join(", ")
        ));
    }
    let passwords = kind == Kind::Employees;
    // A dry run reads: it never creates a database.
    let mut store = if a.dry_run {
        run.store_dry()?
    } else {
        run.store_rw()?
    };
    store.bulk_cache()?;
    // Again now that the database's -wal and -shm exist: an alias of one
    // of them (another spelling on a case-insensitive disk, a bind mount)
    // is caught by its inode before the report truncates it.
    if let Some(report) = &a.report {
        check_report_path(report, &named, &run.global.db)?;
    }
    let mut report = a
        .report
        .as_ref()
        .map(|p| Report::create(p, &layout, passwords, run.reveal()))
        .transpose()?;
    // A report on /dev/null shows a generated password to nobody.
    let shown = a
        .report
        .as_ref()
        .is_some_and(|p| !std::fs::metadata(p).is_ok_and(|m| super::is_dev_null(&m)));
    let ctx = run.ctx();
    let flags = Flags {
        agree: a.agree,
        org: run.org().map(str::to_string),
        dry_run: a.dry_run,
        all_or_nothing: a.all_or_nothing,
        batch: a.batch.max(1),
        passwords_shown: shown,
        pause: std::time::Duration::from_millis(500),
    };
    let progress =
        (io::stderr().is_terminal() && !run.global.quiet).then(|| progress::bar(kind.code(), size));
    let mut sum = app::Summary {
        kind: kind.code(),
        encoding: sniffed.describe(),
        dry_run: a.dry_run,
        all_or_nothing: a.all_or_nothing,
        report: a.report.as_ref().map(|p| p.display().to_string()),
        ignored_columns: layout.ignored().to_vec(),
        ..app::Summary::default()
    };
    let mut record = csv::StringRecord::new();
    let mut next = || -> Result<Option<Input>> {
        let more = reader
            .read_record(&mut record)
            .map_err(|e| csv_failure(&named, e))?;
        if let Some(bar) = &progress {
            bar.set_position(bytes_read.load(Ordering::Relaxed));
        }
        Ok(more.then(|| Input {
            line: record.position().map_or(0, |p| ends.line(p)),
            cells: record.iter().map(str::to_string).collect(),
        }))
    };
    let mut no_report = NoReport;
    let mut sink = progress::Tracked {
        inner: match report.as_mut() {
            Some(r) => r,
            None => &mut no_report,
        },
        bar: progress.clone(),
        bytes: Arc::clone(&bytes_read),
        size,
        rows: 0,
        failed: 0,
    };
    let ran = app::run(
        &mut store, &ctx, &layout, &flags, &mut next, &mut sink, &mut sum,
    );
    // Cleared whatever happened: the error or the summary follows on a
    // clean line.
    if let Some(bar) = &progress {
        bar.finish_and_clear();
    }
    ran?;
    run.say(format!(
        "import {}: {} rows ({}), {} created, {} updated, {} unchanged, {} failed{}",
        kind.code(),
        sum.rows,
        sum.encoding,
        sum.created,
        sum.updated,
        sum.unchanged,
        sum.failed,
        match (a.dry_run, sum.landed) {
            (true, _) => " — dry run, nothing written",
            (false, false) => " — all or nothing: nothing landed",
            _ => "",
        }
    ));
    if !run.format.is_machine() {
        for e in sum.errors.iter().take(SHOWN_ERRORS) {
            // The message of a cell's error starts with its column.
            run.warn_plain(format!("line {}: {}: {}", e.line, e.code, e.message));
        }
        let more = sum.failed.saturating_sub(SHOWN_ERRORS as u64);
        if more > 0 {
            run.warn_plain(format!(
                "… and {more} more failed row(s){}",
                if a.report.is_some() {
                    " (every row is in the report)"
                } else {
                    "; --report FILE lists every row"
                }
            ));
        }
    }
    if let Some(s) = &sum.stopped {
        run.warn(format!(
            "the import stopped at line {}: {}; the {} rows before it that did not fail are in the database (see the summary); import the file again to go on: rows that landed come back unchanged",
            s.line,
            s.message,
            sum.created + sum.updated + sum.unchanged
        ));
    }
    run.one(&sum)?;
    if sum.failed > 0 || sum.stopped.is_some() {
        return Err(Error::Partial {
            rows: sum.rows,
            failed: sum.failed,
        });
    }
    Ok(())
}

pub fn export(run: &mut Run, a: ExportArgs) -> Result<()> {
    let kind = crate::app::field::code("KIND", &a.kind, Kind::parse)?;
    let header = export::header(kind)?;
    let org = run.org().map(str::to_string);
    let reveal = run.reveal();
    let format = match run.format {
        Format::Table => Format::Csv,
        f => f,
    };
    // JSON is UTF-8 by definition (RFC 8259) and has no BOM: another
    // encoding asked for with it is a mistake in the command line.
    if format != Format::Csv && a.encoding != ExportEncoding::Utf8 {
        return Err(Error::Usage {
            message: format!(
                "--encoding {} is for CSV; --format {} is always UTF-8: drop --encoding, or export CSV (--format csv)",
                a.encoding.code(),
                if format == Format::Jsonl {
                    "jsonl"
                } else {
                    "json"
                }
            ),
        });
    }
    if run.global.quiet {
        // -q: no output on success; still check the kind and the org.
        return run.read(|tx, _| export::check(tx, org.as_deref()));
    }
    let now = run.now;
    let mut store = run.store()?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    store.read(|tx| {
        // Everything that can be refused is, before the first byte: a
        // failed export prints nothing on stdout, not even its header.
        export::check(tx, org.as_deref())?;
        match format {
            Format::Csv => {
                let mut w = csv::Writer::from_writer(Encoded::new(&mut out, a.encoding));
                w.write_record(header).map_err(|e| io_error(e.into()))?;
                export::rows(tx, kind, org.as_deref(), reveal, now, |row| {
                    w.write_record((0..row.columns.len()).map(|i| row.cell(i)))
                        .map_err(|e| io_error(e.into()))
                })?;
                w.flush().map_err(io_error)?;
            }
            _ => {
                let mut o = crate::output::Out::new(format, run.global.quiet, &mut out);
                let mut list = o.list::<export::Row>();
                export::rows(tx, kind, org.as_deref(), reveal, now, |row| {
                    list.item(row).map_err(io_error)
                })?;
                list.end().map_err(io_error)?;
            }
        }
        Ok(())
    })?;
    out.flush().map_err(io_error)
}
