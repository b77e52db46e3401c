//! The per-row report of an import (docs/import.md).

use std::fs::File;
use std::io::{self, BufWriter, Seek, Write};
use std::path::{Path, PathBuf};

use super::input::{io_failure, scratch, scratch_failure};
use crate::app::import::{self as app, Layout, RowResult};
use crate::error::{Error, Result};

/// The per-row report (docs/commands.md): the input columns plus `result`,
/// `error_code`, `error_message` (and `initial_password` for employees).
/// A failed row, and a row that did not land, comes back exactly as it
/// was given, so that it can be fixed and imported again as it is; a row
/// that landed has its identity numbers masked (PII-1) unless revealed,
/// and its password cell blanked. The report never says a row landed that
/// did not: what a batch wrote is cut off again if the batch rolls back.
pub(super) struct Report {
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

impl Report {
    pub(super) fn create(
        path: &Path,
        layout: &Layout,
        passwords: bool,
        reveal: bool,
    ) -> Result<Report> {
        let failed = |e: io::Error| io_failure("REPORT_UNWRITABLE", path, &e);
        // PII-1: the report may hold initial passwords and identity
        // numbers: readable by its owner only. A regular file already there
        // is replaced by a new one created 0600, never truncated in place:
        // whoever opened the old one while it was readable (0644) keeps
        // reading the old file, not the passwords. A FIFO or a device
        // (`/dev/stdout`) is written as it is.
        let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let regular_before = std::fs::metadata(&target).is_ok_and(|m| m.is_file());
        if regular_before {
            std::fs::remove_file(&target).map_err(failed)?;
        }
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true);
        if regular_before || !target.exists() {
            // Made here and now: a file or link put in its place meanwhile
            // is refused (AlreadyExists), not followed.
            opts.create_new(true);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let file = opts.open(&target).map_err(failed)?;
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
            ids: layout.columns_of(&["holder_id", "legal_rep_id"]),
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
pub(super) struct NoReport;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Change;
    use crate::app::import::Kind;
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
