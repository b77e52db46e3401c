//! `roster import KIND FILE|-` and `roster export KIND` (CLI.md "Bulk
//! import"): streaming rows through the one-at-a-time use cases, batched
//! transactions with a savepoint per row, the per-row report, the summary.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use clap::Args;

use super::{Run, io_error};
use crate::app::export;
use crate::app::import::{self as app, Flags, Input, Kind, Layout, RowResult};
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
    /// At most N rows per committed transaction (each also holds the write lock at most 250 ms)
    #[arg(long, default_value_t = 2000, value_name = "N")]
    batch: usize,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// orgs, employees, authorizations, subaccounts, positions or departments
    kind: String,
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

/// The scratch copy of a stream; its write errors are told apart from the
/// stream's read errors.
struct Spool(File);

#[derive(Debug)]
struct SpoolFailure(io::Error);

impl std::fmt::Display for SpoolFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "writing the scratch copy: {}", self.0)
    }
}

impl std::error::Error for SpoolFailure {}

impl Write for Spool {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0
            .write(buf)
            .map_err(|e| io::Error::new(e.kind(), SpoolFailure(e)))
    }
    fn flush(&mut self) -> io::Result<()> {
        self.0
            .flush()
            .map_err(|e| io::Error::new(e.kind(), SpoolFailure(e)))
    }
}

/// A failure of the CSV reader: reading the file (I/O, exit 1) or its
/// contents (exit 5; the whole-input check makes these rare).
fn csv_failure(file: &str, e: csv::Error) -> Error {
    if e.is_io_error() {
        let io = match e.into_kind() {
            csv::ErrorKind::Io(io) => io,
            other => io::Error::other(format!("{other:?}")),
        };
        return io_failure("FILE_UNREADABLE", Path::new(file), &io);
    }
    Error::invalid("FILE", "INVALID_CSV", None, e.to_string())
}

/// A private scratch file, unlinked at once: it disappears with the
/// process, whatever happens.
fn scratch() -> Result<File> {
    let dir = std::env::temp_dir();
    for attempt in 0..16u32 {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let path = dir.join(format!(
            ".roster-{}-{nanos}-{attempt}.tmp",
            std::process::id()
        ));
        let mut opts = std::fs::OpenOptions::new();
        opts.read(true).write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        match opts.open(&path) {
            Ok(f) => {
                let _ = std::fs::remove_file(&path);
                return Ok(f);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(io_failure("SCRATCH_UNWRITABLE", &dir, &e)),
        }
    }
    Err(Error::Io {
        code: "SCRATCH_UNWRITABLE",
        message: format!("could not create a scratch file in {}", dir.display()),
    })
}

fn io_failure(code: &'static str, path: &Path, e: &io::Error) -> Error {
    Error::Io {
        code,
        message: format!("{}: {e}", path.display()),
    }
}

/// The file to import, read once and checked whole before any row lands
/// (encoding, quotes, bounds: `csvin::check`). A stream (stdin, a pipe, a
/// FIFO) is copied to a private scratch file as it is checked, so that it
/// can then be read again.
fn checked_input(file: &str) -> Result<(io::Take<File>, crate::csvin::Sniffed, Option<u64>)> {
    let name = if file == "-" { "stdin" } else { file };
    let path = Path::new(name);
    let unreadable = |e: io::Error| io_failure("FILE_UNREADABLE", path, &e);
    let malformed = |m: crate::csvin::Malformed| {
        Error::invalid(format!("{name}:{}", m.line), m.code, None, m.message)
            .with_details(serde_json::json!({ "line": m.line }))
    };
    let (mut f, regular) = if file == "-" {
        (None, false)
    } else {
        let f = File::open(path).map_err(unreadable)?;
        let regular = f.metadata().map_err(unreadable)?.is_file();
        (Some(f), regular)
    };
    let stamp = |f: &File| f.metadata().map(|m| (m.len(), m.modified().ok()));
    let sniffed = if regular {
        let src = f
            .as_mut()
            .ok_or_else(|| Error::internal("input vanished"))?;
        let before = stamp(src).map_err(unreadable)?;
        let sniffed = crate::csvin::check(&mut *src, None)
            .map_err(unreadable)?
            .map_err(malformed)?;
        // What was checked is what is imported: a file written to while
        // it was checked is refused.
        if stamp(src).map_err(unreadable)? != before {
            return Err(Error::Io {
                code: "INPUT_CHANGED",
                message: format!(
                    "{name} changed while it was being checked; import it again once it is complete"
                ),
            });
        }
        sniffed
    } else {
        let mut spool = Spool(scratch()?);
        let verdict = match f.as_mut() {
            Some(src) => crate::csvin::check(src, Some(&mut spool)),
            None => crate::csvin::check(io::stdin().lock(), Some(&mut spool)),
        };
        let sniffed = verdict
            .map_err(|e| {
                if e.get_ref().is_some_and(|inner| inner.is::<SpoolFailure>()) {
                    scratch_failure(e)
                } else {
                    unreadable(e)
                }
            })?
            .map_err(malformed)?;
        f = Some(spool.0);
        sniffed
    };
    let mut f = f.ok_or_else(|| Error::internal("input vanished"))?;
    f.seek(io::SeekFrom::Start(0)).map_err(unreadable)?;
    if sniffed.encoding == encoding_rs::GB18030 {
        crate::csvin::check_decodes(&mut f, sniffed.encoding)
            .map_err(unreadable)?
            .map_err(malformed)?;
        f.seek(io::SeekFrom::Start(0)).map_err(unreadable)?;
    }
    // Only what was checked is read, should the file grow meanwhile.
    let len = stamp(&f).map_err(unreadable)?.0;
    Ok((f.take(len), sniffed, regular.then_some(len)))
}

/// A path with every symlink followed, as far as it exists: a report
/// given as a symlink to the database, or to a `-wal` file that does not
/// exist yet, resolves to it.
fn resolved(p: &Path) -> PathBuf {
    let mut p = p.to_path_buf();
    for _ in 0..40 {
        match std::fs::read_link(&p) {
            Ok(target) => {
                p = match p.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            Err(_) => break,
        }
    }
    if let Ok(c) = std::fs::canonicalize(&p) {
        return c;
    }
    let dir = p
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    match (std::fs::canonicalize(&dir), p.file_name()) {
        (Ok(d), Some(name)) => d.join(name),
        _ => p,
    }
}

/// Whether two paths name one file: the same resolved path, or (both
/// existing) the same inode, which catches hard links.
fn same_file(a: &Path, b: &Path) -> bool {
    if resolved(a) == resolved(b) {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    false
}

/// A report must not overwrite the file being imported, nor the database
/// or its -wal/-shm/-journal files (truncating those destroys committed
/// data): refused before anything is opened for writing.
fn check_report_path(report: &Path, input: &str, db: &Path) -> Result<()> {
    if input != "-" && same_file(report, Path::new(input)) {
        return Err(Error::invalid(
            "--report",
            "REPORT_IS_INPUT",
            None,
            "the report would overwrite the file being imported; write it elsewhere",
        ));
    }
    // The report's folder must exist before the database is opened (and
    // perhaps created) for it.
    let dir = resolved(report)
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    if !dir.is_dir() {
        return Err(Error::Io {
            code: "REPORT_UNWRITABLE",
            message: format!("{}: no such folder for the report", dir.display()),
        });
    }
    let db_resolved = resolved(db);
    for suffix in ["", "-wal", "-shm", "-journal", "-turn"] {
        let mut name = db_resolved.clone().into_os_string();
        name.push(suffix);
        let mut given = db.to_path_buf().into_os_string();
        given.push(suffix);
        if same_file(report, Path::new(&name)) || same_file(report, Path::new(&given)) {
            return Err(Error::invalid(
                "--report",
                "REPORT_IS_DATABASE",
                None,
                format!(
                    "{} is the database{}: writing the report there would destroy it; write the report elsewhere",
                    report.display(),
                    if suffix.is_empty() {
                        String::new()
                    } else {
                        format!("'s {suffix} file")
                    }
                ),
            ));
        }
    }
    Ok(())
}

/// The per-row report (CLI.md): the input columns plus `result`,
/// `error_code`, `error_message` (and `initial_password` for employees).
/// A failed row, and a row that did not land, comes back exactly as it
/// was given, so that it can be fixed and imported again as it is; a row
/// that landed has its identity numbers masked (PII-1) unless revealed,
/// and its password cell blanked. The report never says a row landed that
/// did not: what a batch wrote is cut off again if the batch rolls back.
struct Report {
    w: csv::Writer<BufWriter<File>>,
    /// The same open file, to cut it back and to sync it.
    file: File,
    /// The length of the report when the last batch committed.
    mark: u64,
    regular: bool,
    path: PathBuf,
    input: Vec<usize>,
    /// Columns holding identity numbers (masked when landed, unless
    /// revealed) and the password column (blanked when landed).
    ids: Vec<usize>,
    password: Vec<usize>,
    reveal: bool,
    passwords: bool,
    /// Rows whose fate the end of an all-or-nothing run decides.
    spool: Option<csv::Writer<BufWriter<File>>>,
}

/// A report row before its fate is applied.
struct Line {
    result: String,
    code: String,
    message: String,
    password: String,
    cells: Vec<String>,
}

fn scratch_failure(e: impl Into<io::Error>) -> Error {
    io_failure("SCRATCH_UNWRITABLE", Path::new("scratch file"), &e.into())
}

impl Report {
    fn create(path: &Path, layout: &Layout, passwords: bool, reveal: bool) -> Result<Report> {
        let failed = |e: io::Error| io_failure("REPORT_UNWRITABLE", path, &e);
        // PII-1: the report may hold initial passwords and identity
        // numbers: readable by its owner only, also when it existed.
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let file = opts.open(path).map_err(failed)?;
        let regular = file.metadata().map_err(failed)?.is_file();
        #[cfg(unix)]
        if regular {
            use std::os::unix::fs::PermissionsExt;
            file.set_permissions(std::fs::Permissions::from_mode(0o600))
                .map_err(failed)?;
        }
        let control = file.try_clone().map_err(failed)?;
        let mut buf = BufWriter::new(file);
        // A BOM so that Excel opens the report as UTF-8.
        buf.write_all(b"\xEF\xBB\xBF").map_err(failed)?;
        let w = csv::Writer::from_writer(buf);
        let mut head: Vec<&str> = layout.input().iter().map(|i| layout.header(*i)).collect();
        head.extend(["result", "error_code", "error_message"]);
        if passwords {
            head.push("initial_password");
        }
        let mut r = Report {
            w,
            file: control,
            mark: 0,
            regular,
            path: path.to_path_buf(),
            input: layout.input().to_vec(),
            ids: layout.columns_of(&["id_number", "legal_rep_id"]),
            password: layout.columns_of(&["password"]),
            reveal,
            passwords,
            spool: None,
        };
        r.w.write_record(&head).map_err(|e| r.failed(e))?;
        r.flush()?;
        crate::app::import::Sink::committed(&mut r);
        Ok(r)
    }

    fn failed(&self, e: impl Into<io::Error>) -> Error {
        io_failure("REPORT_UNWRITABLE", &self.path, &e.into())
    }

    fn line(r: RowResult) -> Line {
        let (result, code, message) = match &r.outcome {
            Ok(c) => (c.word().to_string(), String::new(), String::new()),
            Err(e) => (
                "failed".to_string(),
                e.code().to_string(),
                crate::domain::validate::mask_identities_in(&e.to_string()),
            ),
        };
        Line {
            result,
            code,
            message,
            password: r.password.unwrap_or_default(),
            cells: r.cells,
        }
    }

    /// A cell of a row that landed: identity numbers masked (the id
    /// columns as the stored number masks, so that re-importing the report
    /// matches it; any other cell wherever one appears), the password
    /// blanked.
    fn landed_cell(&self, i: usize, c: &str) -> String {
        use crate::domain::validate::{identity_number, mask_identities_in};
        if self.password.contains(&i) {
            return String::new();
        }
        if self.reveal {
            return c.to_string();
        }
        if self.ids.contains(&i)
            && let Ok(id) = identity_number(c)
        {
            return id.masked();
        }
        mask_identities_in(c)
    }

    /// Writes one row, now that it is known whether it landed.
    fn write(&mut self, l: Line, landed: bool) -> Result<()> {
        let ok = l.result != "failed";
        let mut rec: Vec<String> = self
            .input
            .iter()
            .map(|i| {
                let c = l.cells.get(*i).map_or("", String::as_str);
                if ok && landed {
                    self.landed_cell(*i, c)
                } else {
                    c.to_string()
                }
            })
            .collect();
        let result = match (ok, landed) {
            (true, false) => match l.result.as_str() {
                "created" => "would_create".to_string(),
                "updated" => "would_update".to_string(),
                "deleted" => "would_delete".to_string(),
                other => other.to_string(),
            },
            _ => l.result,
        };
        rec.push(result);
        rec.push(l.code);
        rec.push(l.message);
        if self.passwords {
            rec.push(if landed { l.password } else { String::new() });
        }
        self.w.write_record(&rec).map_err(|e| self.failed(e))
    }

    /// Flushed to the file and, for a regular file, to the disk: the
    /// passwords in it must outlive a crash right after the commit.
    fn flush(&mut self) -> Result<()> {
        self.w.flush().map_err(|e| self.failed(e))?;
        if self.regular {
            self.file.sync_data().map_err(|e| self.failed(e))?;
        }
        Ok(())
    }
}

impl app::Sink for Report {
    fn rows(&mut self, rows: Vec<RowResult>, landed: Option<bool>) -> Result<()> {
        match landed {
            Some(landed) => {
                for r in rows {
                    self.write(Self::line(r), landed)?;
                }
                // Written and flushed before the batch commits: if the
                // report cannot take it, the batch rolls back.
                self.flush()
            }
            None => {
                if self.spool.is_none() {
                    self.spool = Some(csv::Writer::from_writer(BufWriter::new(scratch()?)));
                }
                let spool = self
                    .spool
                    .as_mut()
                    .ok_or_else(|| Error::internal("report spool vanished"))?;
                for r in rows {
                    let l = Self::line(r);
                    let mut rec = vec![l.result, l.code, l.message, l.password];
                    rec.extend(l.cells);
                    spool.write_record(&rec).map_err(scratch_failure)?;
                }
                Ok(())
            }
        }
    }

    fn settle(&mut self, landed: bool) -> Result<()> {
        if let Some(spool) = self.spool.take() {
            let mut file = spool
                .into_inner()
                .map_err(|e| scratch_failure(io::Error::other(e.to_string())))?
                .into_inner()
                .map_err(|e| scratch_failure(io::Error::other(e.to_string())))?;
            file.seek(io::SeekFrom::Start(0)).map_err(scratch_failure)?;
            let mut rd = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(io::BufReader::new(file));
            let mut rec = csv::StringRecord::new();
            while rd.read_record(&mut rec).map_err(scratch_failure)? {
                let mut it = rec.iter().map(str::to_string);
                let mut next = || it.next().unwrap_or_default();
                let l = Line {
                    result: next(),
                    code: next(),
                    message: next(),
                    password: next(),
                    cells: std::iter::from_fn(|| it.next()).collect(),
                };
                self.write(l, landed)?;
            }
        }
        self.flush()
    }

    fn committed(&mut self) {
        if let Ok(m) = self.file.metadata() {
            self.mark = m.len();
        }
    }

    fn rolled_back(&mut self) {
        self.spool = None;
        if !self.regular {
            return;
        }
        // What the writer still holds goes out, and is then cut off with
        // everything else the rolled-back batch wrote.
        if let Ok(clone) = self.file.try_clone() {
            drop(std::mem::replace(
                &mut self.w,
                csv::Writer::from_writer(BufWriter::new(clone)),
            ));
        }
        let _ = self.file.set_len(self.mark);
        let _ = self.file.seek(io::SeekFrom::Start(self.mark));
    }
}

/// No report: results are only counted.
struct NoReport;

impl app::Sink for NoReport {
    fn rows(&mut self, _: Vec<RowResult>, _: Option<bool>) -> Result<()> {
        Ok(())
    }
    fn settle(&mut self, _: bool) -> Result<()> {
        Ok(())
    }
    fn committed(&mut self) {}
    fn rolled_back(&mut self) {}
}

/// Failed rows a person sees on stderr without a report.
const SHOWN_ERRORS: usize = 20;

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
    // Every check that needs no database, and nothing opened for writing
    // until they have all passed.
    if let Some(report) = &a.report {
        check_report_path(report, &a.file, &run.global.db)?;
    }
    let (file, sniffed, size) = checked_input(&a.file)?;
    let bytes_read = Arc::new(AtomicU64::new(0));
    let counting = Counting {
        inner: file,
        n: Arc::clone(&bytes_read),
    };
    let (_, mut reader, ends) =
        crate::csvin::open_as(counting, Some(sniffed.encoding == encoding_rs::UTF_8))
            .map_err(|e| io_failure("FILE_UNREADABLE", Path::new(&a.file), &e))?;
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| csv_failure(&a.file, e))?
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
        run.store()?
    } else {
        run.store_rw()?
    };
    store.bulk_cache()?;
    // Again now that the database's -wal and -shm exist: an alias of one
    // of them (another spelling on a case-insensitive disk, a bind mount)
    // is caught by its inode before the report truncates it.
    if let Some(report) = &a.report {
        check_report_path(report, &a.file, &run.global.db)?;
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
            .map_err(|e| csv_failure(&a.file, e))?;
        if let Some(bar) = &progress {
            bar.set_position(bytes_read.load(Ordering::Relaxed));
        }
        Ok(more.then(|| Input {
            line: record.position().map_or(0, |p| ends.line(p)),
            cells: record.iter().map(str::to_string).collect(),
        }))
    };
    let mut no_report = NoReport;
    let sink: &mut dyn app::Sink = match report.as_mut() {
        Some(r) => r,
        None => &mut no_report,
    };
    app::run(&mut store, &ctx, &layout, &flags, &mut next, sink, &mut sum)?;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Change;
    use crate::app::import::Sink;

    fn row(line: u64, id: &str, outcome: Result<Change>) -> RowResult {
        RowResult {
            line,
            cells: vec![
                format!("p{line}@acme.cn"),
                id.to_string(),
                "Pass-word-1".into(),
                "Li".into(),
                "Sales".into(),
                "sealed".into(),
            ],
            outcome,
            column: None,
            password: None,
        }
    }

    fn layout() -> Layout {
        let headers = [
            "email",
            "id_number",
            "password",
            "name",
            "position",
            "proof",
        ]
        .map(String::from);
        Layout::new(Kind::Employees, &headers).unwrap()
    }

    #[test]
    fn a_rolled_back_batch_is_cut_from_the_report() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.csv");
        let mut r = Report::create(&path, &layout(), true, false).unwrap();
        r.rows(
            vec![row(2, "110105199003071239", Ok(Change::Created))],
            Some(true),
        )
        .unwrap();
        r.committed();
        r.rows(
            vec![row(3, "310115198805122347", Ok(Change::Created))],
            Some(true),
        )
        .unwrap();
        // The commit failed (or the batch did): its rows did not land.
        r.rolled_back();
        drop(r);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("p2@acme.cn"), "{text}");
        assert!(
            !text.contains("p3@acme.cn"),
            "a row that did not land: {text}"
        );
    }

    #[test]
    fn pii1_a_landed_row_is_masked_and_its_password_blanked_a_failed_one_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.csv");
        let mut r = Report::create(&path, &layout(), true, false).unwrap();
        let bad = Error::invalid("id_number", "INVALID_ID_NUMBER", None, "bad");
        r.rows(
            vec![
                // A lower-case x masks as the stored (upper-case) number.
                row(2, "11010519491231002x", Ok(Change::Created)),
                row(3, "110105199003071238", Err(bad)),
            ],
            Some(true),
        )
        .unwrap();
        drop(r);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains("p2@acme.cn,110***********002X,,Li,Sales,sealed,created"),
            "{text}"
        );
        assert!(
            text.contains("p3@acme.cn,110105199003071238,Pass-word-1,Li,Sales,sealed,failed"),
            "{text}"
        );
    }
}
