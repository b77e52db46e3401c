//! The whole-input check an import runs before any row lands: encoding,
//! quotes as the `csv` crate reads them, cells and columns bounded.

use std::io::{self, Read};

use encoding_rs::{DecoderResult, Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

use super::{SNIFF, Sniffed, sniff};

/// The largest cell an import reads, in bytes of UTF-8: a quoted cell that
/// runs past it has lost its closing quote (or is not a roster file).
pub const MAX_CELL: usize = 64 * 1024;
/// The most columns a row may have.
pub const MAX_COLUMNS: usize = 1024;

/// Why a file is not CSV roster can read, and the line where it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed {
    pub line: u64,
    pub code: &'static str,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    /// At the start of a field (or of a record).
    Start,
    Unquoted,
    Quoted,
    /// A quote inside a quoted field: the closing one, or the first of `""`.
    QuoteInQuoted,
}

/// Follows a CSV stream the way the `csv` crate reads it (RFC 4180 quotes,
/// `""` inside them, CR, LF or CRLF line ends, a quote after a closing
/// quote taken literally), to find what that crate accepts silently: a
/// quoted field that runs to the end of the file swallows every row after
/// it. Counts lines as the crate does (LF).
#[derive(Debug)]
struct Tracker {
    delimiter: u8,
    state: Field,
    line: u64,
    /// Where the current field and record began.
    field_line: u64,
    record_line: u64,
    field_len: usize,
    fields: usize,
}

impl Tracker {
    fn new(delimiter: u8) -> Self {
        Tracker {
            delimiter,
            state: Field::Start,
            line: 1,
            field_line: 1,
            record_line: 1,
            field_len: 0,
            fields: 1,
        }
    }

    fn malformed(&self, line: u64, code: &'static str, message: String) -> Malformed {
        Malformed {
            line,
            code,
            message,
        }
    }

    fn feed(&mut self, bytes: &[u8]) -> Result<(), Malformed> {
        for &b in bytes {
            let end_of_field = b == self.delimiter;
            let end_of_record = b == b'\n' || b == b'\r';
            self.state = match self.state {
                Field::Quoted => {
                    if b == b'"' {
                        Field::QuoteInQuoted
                    } else {
                        Field::Quoted
                    }
                }
                Field::QuoteInQuoted if b == b'"' => Field::Quoted,
                Field::Start if b == b'"' => {
                    self.field_line = self.line;
                    Field::Quoted
                }
                _ if end_of_field => {
                    self.fields += 1;
                    if self.fields > MAX_COLUMNS {
                        return Err(self.malformed(
                            self.record_line,
                            "TOO_MANY_COLUMNS",
                            format!("the row has more than {MAX_COLUMNS} columns"),
                        ));
                    }
                    self.field_len = 0;
                    self.field_line = self.line;
                    Field::Start
                }
                _ if end_of_record => {
                    self.fields = 1;
                    self.field_len = 0;
                    let next = if b == b'\n' { self.line + 1 } else { self.line };
                    self.field_line = next;
                    self.record_line = next;
                    Field::Start
                }
                Field::Start => {
                    self.field_line = self.line;
                    Field::Unquoted
                }
                Field::Unquoted | Field::QuoteInQuoted => Field::Unquoted,
            };
            if b == b'\n' {
                self.line += 1;
            }
            if self.state != Field::Start {
                self.field_len += 1;
                if self.field_len > MAX_CELL {
                    let message = if matches!(self.state, Field::Quoted | Field::QuoteInQuoted) {
                        format!(
                            "the quoted cell that opens on line {} runs past {MAX_CELL} bytes: is its closing quote missing?",
                            self.field_line
                        )
                    } else {
                        format!(
                            "a cell on line {} is longer than {MAX_CELL} bytes",
                            self.field_line
                        )
                    };
                    return Err(self.malformed(self.field_line, "CELL_TOO_LONG", message));
                }
            }
        }
        Ok(())
    }

    fn end(&self) -> Result<(), Malformed> {
        if self.state == Field::Quoted {
            return Err(self.malformed(
                self.field_line,
                "UNTERMINATED_QUOTE",
                format!(
                    "the quote that opens a cell on line {} is never closed: every row after it would be read as part of that cell; close the quote (or double a quote meant literally, \"\")",
                    self.field_line
                ),
            ));
        }
        Ok(())
    }
}

/// The first `SNIFF` bytes (fewer at the end of the input).
pub(super) fn read_head<R: Read>(src: &mut R) -> io::Result<Vec<u8>> {
    let mut head = vec![0u8; SNIFF];
    let mut n = 0;
    while n < SNIFF {
        let k = src.read(&mut head[n..])?;
        if k == 0 {
            break;
        }
        n += k;
    }
    head.truncate(n);
    Ok(head)
}

fn newlines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|b| **b == b'\n').count() as u64
}

/// Bytes that are not valid in the file's encoding, at `line`.
fn bad_encoding(line: u64, encoding: &'static Encoding) -> Malformed {
    Malformed {
        line,
        code: "INVALID_ENCODING",
        message: format!(
            "line {line} has bytes that are not valid {}{}; save the file again as UTF-8 (or as Excel's \"Unicode Text\") and import it again",
            encoding.name(),
            if encoding == GB18030 {
                " (nor UTF-8)"
            } else {
                ""
            }
        ),
    }
}

/// Incremental UTF-8 validation across chunk boundaries.
#[derive(Debug, Default)]
struct Utf8Check {
    carry: Vec<u8>,
    valid: bool,
    done: bool,
}

impl Utf8Check {
    /// Where in `bytes` the first sequence that is not UTF-8 starts, the
    /// first time there is one.
    fn feed(&mut self, bytes: &[u8]) -> Option<usize> {
        if self.done {
            return None;
        }
        let carried = self.carry.len();
        let mut chunk = std::mem::take(&mut self.carry);
        chunk.extend_from_slice(bytes);
        match std::str::from_utf8(&chunk) {
            Ok(_) => None,
            Err(e) if e.error_len().is_none() => {
                self.carry = chunk[e.valid_up_to()..].to_vec();
                None
            }
            Err(e) => {
                self.done = true;
                self.valid = false;
                Some(e.valid_up_to().saturating_sub(carried))
            }
        }
    }

    fn end(&mut self) -> bool {
        if !self.done {
            self.done = true;
            self.valid = self.carry.is_empty();
        }
        self.valid
    }
}

/// Reads a whole input once before any row is imported, so that a file is
/// refused before anything lands rather than after its first rows: decides
/// the encoding on all of it (a GB18030 file can look like ASCII for its
/// first megabytes), refuses bytes that are not valid in it, a quote that is
/// never closed, a cell past `MAX_CELL`, a row past `MAX_COLUMNS`. What it
/// reads is copied to `copy` (a spool for a stream that cannot be read
/// twice). The I/O error is the outer one; the verdict the inner one.
pub fn check<R: Read>(
    mut src: R,
    mut copy: Option<&mut dyn io::Write>,
) -> io::Result<Result<Sniffed, Malformed>> {
    let mut buf = read_head(&mut src)?;
    let mut n = buf.len();
    buf.resize(SNIFF, 0);
    let mut sniffed = sniff(&buf[..n]);
    let mut tracker = Tracker::new(sniffed.delimiter);
    let mut utf8 = Utf8Check {
        valid: true,
        ..Utf8Check::default()
    };
    let utf16 = sniffed.encoding == UTF_16LE || sniffed.encoding == UTF_16BE;
    // UTF-16 is decoded to follow its quotes; in UTF-8 and GB18030 the bytes
    // that matter (quote, delimiter, CR, LF) never occur inside a
    // multi-byte character, so the raw bytes are followed directly.
    let mut decoder = utf16.then(|| sniffed.encoding.new_decoder_with_bom_removal());
    let mut decoded = vec![0u8; SNIFF * 3 + 16];
    let mut first = true;
    loop {
        let chunk = &buf[..n];
        if let Some(c) = copy.as_mut() {
            c.write_all(chunk)?;
        }
        let eof = n == 0;
        let verdict = if let Some(d) = decoder.as_mut() {
            let mut input = chunk;
            loop {
                let (result, read, written) =
                    d.decode_to_utf8_without_replacement(input, &mut decoded, eof);
                if let Err(m) = tracker.feed(&decoded[..written]) {
                    return Ok(Err(m));
                }
                input = &input[read..];
                match result {
                    DecoderResult::Malformed(_, _) => {
                        return Ok(Err(bad_encoding(tracker.line, sniffed.encoding)));
                    }
                    DecoderResult::InputEmpty => break,
                    DecoderResult::OutputFull => {}
                }
            }
            Ok(())
        } else {
            let body = if first && sniffed.bom {
                chunk.get(3..).unwrap_or(&[])
            } else {
                chunk
            };
            match utf8.feed(body) {
                // A BOM says UTF-8: bytes that are not are refused at
                // their line (without one, the file is GB18030).
                Some(at) if sniffed.bom => {
                    let line = tracker.line + newlines(body.get(..at).unwrap_or(body));
                    return Ok(Err(bad_encoding(line, UTF_8)));
                }
                _ => tracker.feed(body),
            }
        };
        if let Err(m) = verdict {
            return Ok(Err(m));
        }
        if eof {
            break;
        }
        first = false;
        n = src.read(&mut buf)?;
    }
    if let Err(m) = tracker.end() {
        return Ok(Err(m));
    }
    if !utf16 {
        let valid = utf8.end();
        if sniffed.bom && !valid {
            // It ends in the middle of a character.
            return Ok(Err(bad_encoding(tracker.line, UTF_8)));
        }
        if !sniffed.bom {
            sniffed.encoding = if valid { UTF_8 } else { GB18030 };
        }
    }
    Ok(Ok(sniffed))
}

/// Whether all of `src` decodes in `encoding` (the second look a file
/// needs when the first found it is not UTF-8): the line of the first bad
/// bytes otherwise.
pub fn check_decodes<R: Read>(
    mut src: R,
    encoding: &'static Encoding,
) -> io::Result<Result<(), Malformed>> {
    let mut decoder = encoding.new_decoder_with_bom_removal();
    let mut buf = vec![0u8; SNIFF];
    let mut out = vec![0u8; SNIFF * 3 + 16];
    let mut line = 1u64;
    loop {
        let n = src.read(&mut buf)?;
        let eof = n == 0;
        let mut input = &buf[..n];
        loop {
            let (result, read, written) =
                decoder.decode_to_utf8_without_replacement(input, &mut out, eof);
            line += newlines(&out[..written]);
            input = &input[read..];
            match result {
                DecoderResult::Malformed(_, _) => {
                    return Ok(Err(bad_encoding(line, encoding)));
                }
                DecoderResult::InputEmpty => break,
                DecoderResult::OutputFull => {}
            }
        }
        if eof {
            return Ok(Ok(()));
        }
    }
}
