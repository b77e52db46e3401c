//! The file to import: read once, checked whole before any row lands
//! (`csvin::check`), streams spooled to a private scratch file, I/O
//! failures with their own codes (exit 1).

use std::fs::File;
use std::io::{self, Read, Seek, Write};
use std::path::Path;

use crate::error::{Error, Result};

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
pub(super) fn csv_failure(file: &str, e: csv::Error) -> Error {
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
pub(super) fn scratch() -> Result<File> {
    let dir = std::env::temp_dir();
    for attempt in 0..16u32 {
        // A random name (not the clock, which only `clock` reads).
        let mut salt = [0u8; 8];
        getrandom::fill(&mut salt).map_err(|e| Error::Io {
            code: "SCRATCH_UNWRITABLE",
            message: format!("system random source: {e}"),
        })?;
        let path = dir.join(format!(
            ".roster-{}-{:016x}-{attempt}.tmp",
            std::process::id(),
            u64::from_le_bytes(salt)
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

pub(super) fn io_failure(code: &'static str, path: &Path, e: &io::Error) -> Error {
    Error::Io {
        code,
        message: format!("{}: {e}", path.display()),
    }
}

/// The file to import, read once and checked whole before any row lands
/// (encoding, quotes, bounds: `csvin::check`). A stream (stdin, a pipe, a
/// FIFO) is copied to a private scratch file as it is checked, so that it
/// can then be read again.
pub(super) fn checked_input(
    file: &str,
) -> Result<(io::Take<File>, crate::csvin::Sniffed, Option<u64>)> {
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

pub(super) fn scratch_failure(e: impl Into<io::Error>) -> Error {
    io_failure("SCRATCH_UNWRITABLE", Path::new("scratch file"), &e.into())
}
