//! `roster import KIND FILE|-` and `roster export KIND` (CLI.md "Bulk
//! import"): streaming rows through the one-at-a-time use cases, batched
//! transactions with a savepoint per row, the per-row report, the summary.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use clap::Args;
use serde::Serialize;

use super::{Run, io_error};
use crate::app::export;
use crate::app::import::{self as app, Flags, Kind, Layout, REPORT_COLUMNS, Row};
use crate::error::{Error, Result};
use crate::output::Format;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// orgs, employees, authorizations, subaccounts, positions or departments
    kind: String,
    /// The CSV file, or - for stdin
    file: String,
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
    /// Rows per committed transaction
    #[arg(long, default_value_t = 2000, value_name = "N")]
    batch: usize,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// orgs, employees, authorizations, subaccounts, positions or departments
    kind: String,
}

/// The import summary (CLI.md "import result").
#[derive(Debug, Default, Serialize)]
struct Summary {
    kind: &'static str,
    encoding: String,
    rows: u64,
    created: u64,
    updated: u64,
    unchanged: u64,
    failed: u64,
    dry_run: bool,
    all_or_nothing: bool,
    /// Whether what the rows did is in the database now.
    landed: bool,
    report: Option<String>,
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

/// The report file: input columns, then the outcome of each row.
struct Report {
    w: csv::Writer<BufWriter<File>>,
    width: usize,
    /// Input columns holding identity numbers, masked unless revealed.
    mask: Vec<usize>,
}

impl Report {
    fn create(
        path: &PathBuf,
        headers: &[String],
        passwords: bool,
        mask: Vec<usize>,
    ) -> Result<Report> {
        // PII-1: the report may hold initial passwords (and, revealed,
        // identity numbers): readable by its owner only.
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let file = opts.open(path).map_err(|e| {
            Error::invalid(
                "--report",
                "REPORT_UNWRITABLE",
                None,
                format!("{}: {e}", path.display()),
            )
        })?;
        let mut buf = BufWriter::new(file);
        // A BOM so that Excel opens the report as UTF-8.
        buf.write_all(b"\xEF\xBB\xBF").map_err(io_error)?;
        let mut w = csv::Writer::from_writer(buf);
        let mut head: Vec<&str> = headers.iter().map(String::as_str).collect();
        head.extend(["result", "error_code", "error_message"]);
        if passwords {
            head.push("initial_password");
        }
        w.write_record(&head).map_err(|e| io_error(e.into()))?;
        Ok(Report {
            w,
            width: headers.len(),
            mask,
        })
    }

    fn row(
        &mut self,
        cells: &[String],
        result: &str,
        err: Option<&Error>,
        pw: Option<&str>,
        passwords: bool,
    ) -> Result<()> {
        // PII-1: identity numbers masked unless --reveal-pii.
        let shown: Vec<String> = (0..self.width)
            .map(|i| {
                let c = cells.get(i).map_or("", String::as_str);
                if self.mask.contains(&i) {
                    // Masked as cleaned, so that re-importing the report
                    // matches the stored number (full-width digits folded).
                    use crate::domain::validate::{clean, fold_width, mask_identities_in};
                    let folded = fold_width(&clean(c));
                    let masked = mask_identities_in(&folded);
                    if masked == folded {
                        c.to_string()
                    } else {
                        masked
                    }
                } else {
                    c.to_string()
                }
            })
            .collect();
        let mut rec: Vec<&str> = shown.iter().map(String::as_str).collect();
        let msg = err.map(|e| crate::domain::validate::mask_identities_in(&e.to_string()));
        rec.push(result);
        rec.push(err.map_or("", Error::code));
        rec.push(msg.as_deref().unwrap_or(""));
        if passwords {
            rec.push(pw.unwrap_or(""));
        }
        self.w.write_record(&rec).map_err(|e| io_error(e.into()))
    }
}

/// A report row waiting for its batch: cells, result, error, password.
type Pending = (Vec<String>, &'static str, Option<Error>, Option<String>);

pub fn import(run: &mut Run, a: ImportArgs) -> Result<()> {
    let kind = crate::app::field::code("KIND", &a.kind, Kind::parse)?;
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
    let unreadable =
        |e: io::Error| Error::invalid("FILE", "FILE_UNREADABLE", None, format!("{}: {e}", a.file));
    if let Some(report) = &a.report
        && a.file != "-"
        && report.exists()
        && std::fs::canonicalize(report).ok() == std::fs::canonicalize(&a.file).ok()
    {
        return Err(Error::invalid(
            "--report",
            "REPORT_IS_INPUT",
            None,
            "the report would overwrite the file being imported; write it elsewhere",
        ));
    }
    let bytes_read = Arc::new(AtomicU64::new(0));
    let (source, size, utf8): (Box<dyn Read>, Option<u64>, Option<bool>) = if a.file == "-" {
        (Box::new(io::stdin().lock()), None, None)
    } else {
        // A file is checked whole for UTF-8 first: its first 64 KiB alone
        // could be plain ASCII in a GB18030 file.
        let utf8 =
            crate::csvin::is_utf8(File::open(&a.file).map_err(unreadable)?).map_err(unreadable)?;
        let f = File::open(&a.file).map_err(unreadable)?;
        let size = f.metadata().ok().map(|m| m.len());
        (Box::new(f), size, Some(utf8))
    };
    let counting = Counting {
        inner: source,
        n: Arc::clone(&bytes_read),
    };
    let (sniffed, mut reader) = crate::csvin::open_as(counting, utf8).map_err(io_error)?;
    let raw_headers: Vec<String> = reader
        .headers()
        .map_err(|e| Error::invalid("FILE", "INVALID_CSV", None, e.to_string()))?
        .iter()
        .map(str::to_string)
        .collect();
    // A report fed back as input: its outcome columns are not input.
    let keep: Vec<usize> = (0..raw_headers.len())
        .filter(|i| {
            let k = crate::csvin::header_key(&raw_headers[*i]);
            !REPORT_COLUMNS
                .iter()
                .any(|c| crate::csvin::header_key(c) == k)
        })
        .collect();
    let headers: Vec<String> = keep.iter().map(|i| raw_headers[*i].clone()).collect();
    let layout = Layout::new(kind, &headers)?;
    // Generated initial passwords are shown once: in the report.
    let passwords = kind == Kind::Employees;
    if passwords && !layout.has("password") && a.report.is_none() && !a.dry_run {
        return Err(Error::invalid(
            "--report",
            "REPORT_REQUIRED",
            Some("EA-1"),
            "the file has no password column, so initial passwords are generated; give --report FILE, where they are shown once",
        ));
    }
    let mask: Vec<usize> = if run.reveal() {
        Vec::new()
    } else {
        layout.columns_of(&["id_number", "legal_rep_id"])
    };
    let mut report = a
        .report
        .as_ref()
        .map(|p| Report::create(p, &headers, passwords, mask))
        .transpose()?;

    let mut store = run.store()?;
    store.bulk_cache()?;
    let mut ctx = run.ctx();
    if a.dry_run {
        // Nothing will be stored: no need to pay argon2's full price.
        ctx.cost = crate::secret::Cost::Fast;
    }
    let org_default = run.org().map(str::to_string);
    let flags = Flags { agree: a.agree };
    let progress = (io::stderr().is_terminal() && !run.global.quiet).then(|| {
        let bar = match size {
            Some(n) => indicatif::ProgressBar::new(n),
            None => indicatif::ProgressBar::new_spinner(),
        };
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} importing {msg} [{bar:30}] {bytes}/{total_bytes} {elapsed}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar.set_message(kind.code());
        bar
    });

    let mut sum = Summary {
        kind: kind.code(),
        encoding: sniffed.describe(),
        dry_run: a.dry_run,
        all_or_nothing: a.all_or_nothing,
        report: a.report.as_ref().map(|p| p.display().to_string()),
        ..Summary::default()
    };
    let one_transaction = a.dry_run || a.all_or_nothing;
    let batch = if one_transaction {
        usize::MAX
    } else {
        a.batch.max(1)
    };
    let mut record = csv::StringRecord::new();
    let mut done = false;
    while !done {
        // Report rows wait for their batch to commit, so that the report
        // never says "created" for a row a failed batch rolled back.
        let mut pending: Vec<Pending> = Vec::new();
        store.write_then(|tx| {
            let mut n = 0;
            while n < batch {
                let more = reader
                    .read_record(&mut record)
                    .map_err(|e| Error::invalid("FILE", "INVALID_CSV", None, e.to_string()))?;
                if !more {
                    done = true;
                    break;
                }
                let cells: Vec<String> = keep
                    .iter()
                    .map(|i| record.get(*i).unwrap_or("").to_string())
                    .collect();
                if cells
                    .iter()
                    .all(|c| crate::domain::validate::clean(c).is_empty())
                {
                    continue;
                }
                n += 1;
                sum.rows += 1;
                let row = Row::new(&layout, &cells);
                let outcome = tx
                    .savepoint(|tx| app::apply_row(tx, &ctx, org_default.as_deref(), &flags, &row));
                let (result, err, pw) = match outcome {
                    Ok(o) => match o.kept_refusal {
                        Some(e) => ("failed", Some(e), None),
                        None => (o.change.word(), None, o.initial_password),
                    },
                    Err(e @ (Error::Busy { .. } | Error::Internal(_))) => return Err(e),
                    Err(e) => ("failed", Some(e), None),
                };
                match (result, &err) {
                    (_, Some(_)) => sum.failed += 1,
                    ("created", _) => sum.created += 1,
                    ("updated", _) => sum.updated += 1,
                    _ => sum.unchanged += 1,
                }
                // A dry run created nobody: no password to show.
                let pw = if a.dry_run { None } else { pw };
                match report.as_mut() {
                    // One transaction for the file: the summary's `landed`
                    // says whether these rows stand; stream them.
                    Some(r) if one_transaction => {
                        r.row(&cells, result, err.as_ref(), pw.as_deref(), passwords)?;
                    }
                    Some(_) => pending.push((cells, result, err, pw)),
                    None => {}
                }
                if let Some(bar) = &progress {
                    bar.set_position(bytes_read.load(Ordering::Relaxed));
                }
            }
            let commit = !(a.dry_run || (a.all_or_nothing && sum.failed > 0));
            Ok(((), commit))
        })?;
        if let Some(r) = report.as_mut() {
            for (cells, result, err, pw) in pending.drain(..) {
                r.row(&cells, result, err.as_ref(), pw.as_deref(), passwords)?;
            }
        }
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if let Some(mut r) = report {
        r.w.flush().map_err(io_error)?;
    }
    sum.landed = !(a.dry_run || (a.all_or_nothing && sum.failed > 0));
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
    run.one(&sum)?;
    if sum.failed > 0 {
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
    if run.global.quiet {
        // -q: no output on success; still check the kind and the org.
        let org = org.clone();
        return run.read(|tx, ctx| {
            if let Some(h) = &org {
                crate::app::org::show(tx, ctx, h)?;
            }
            Ok(())
        });
    }
    let now = run.now;
    let mut store = run.store()?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    store.read(|tx| {
        match format {
            Format::Csv => {
                let mut w = csv::Writer::from_writer(&mut out);
                w.write_record(header).map_err(|e| io_error(e.into()))?;
                export::rows(tx, kind, org.as_deref(), reveal, now, |m| {
                    let cells: Vec<String> = header
                        .iter()
                        .map(|c| m.get(*c).map(crate::output::cell).unwrap_or_default())
                        .collect();
                    w.write_record(&cells).map_err(|e| io_error(e.into()))
                })?;
                w.flush().map_err(io_error)?;
            }
            _ => {
                let mut o = crate::output::Out::new(format, run.global.quiet, &mut out);
                let mut list = o.list::<serde_json::Map<String, serde_json::Value>>();
                export::rows(tx, kind, org.as_deref(), reveal, now, |m| {
                    list.item(&m).map_err(io_error)
                })?;
                list.end().map_err(io_error)?;
            }
        }
        Ok(())
    })?;
    out.flush().map_err(io_error)
}
