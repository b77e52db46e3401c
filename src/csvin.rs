//! Reading the CSV files people really have (CLI.md "Bulk import"): UTF-8
//! with or without BOM, GB18030 from Excel on Chinese Windows, and Excel's
//! UTF-16 "Unicode Text" (tab-separated); LF or CRLF. Decoding streams, so
//! memory stays flat whatever the file's size.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{self, Read};
use std::rc::Rc;

use encoding_rs::{Decoder, DecoderResult, Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

/// How far into the file we look to tell UTF-8 from GB18030 and commas
/// from tabs.
const SNIFF: usize = 64 * 1024;

/// What the file turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sniffed {
    pub encoding: &'static Encoding,
    pub bom: bool,
    pub delimiter: u8,
}

impl Sniffed {
    pub fn describe(&self) -> String {
        format!(
            "{}{}, {}",
            self.encoding.name(),
            if self.bom { " with BOM" } else { "" },
            if self.delimiter == b'\t' {
                "tab-separated"
            } else {
                "comma-separated"
            }
        )
    }
}

/// Decides the encoding from the first bytes: a BOM says it; otherwise
/// valid UTF-8 is UTF-8 and anything else is GB18030 (what Excel on Chinese
/// Windows saves as "CSV").
pub fn sniff(head: &[u8]) -> Sniffed {
    let (encoding, bom) = match head {
        [0xEF, 0xBB, 0xBF, ..] => (UTF_8, true),
        [0xFF, 0xFE, ..] => (UTF_16LE, true),
        [0xFE, 0xFF, ..] => (UTF_16BE, true),
        _ if utf8_prefix_valid(head) => (UTF_8, false),
        _ => (GB18030, false),
    };
    let delimiter = if encoding == UTF_16LE || encoding == UTF_16BE {
        b'\t'
    } else {
        // The header line decides: tabs and no commas mean tab-separated.
        let line: &[u8] = head.split(|b| *b == b'\n').next().unwrap_or(head);
        let tabs = line.iter().filter(|b| **b == b'\t').count();
        let commas = line.iter().filter(|b| **b == b',').count();
        if tabs > 0 && commas == 0 { b'\t' } else { b',' }
    };
    Sniffed {
        encoding,
        bom,
        delimiter,
    }
}

/// Valid UTF-8, allowing the sniff window to cut the last character.
fn utf8_prefix_valid(bytes: &[u8]) -> bool {
    match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    }
}

/// A `Read` that yields UTF-8, decoding its source as it goes.
pub struct Decoding<R: Read> {
    src: R,
    decoder: Decoder,
    inbuf: Vec<u8>,
    in_start: usize,
    in_end: usize,
    outbuf: Vec<u8>,
    out_start: usize,
    out_end: usize,
    eof: bool,
    /// The decoder has seen the end; it must not be called again.
    finished: bool,
    /// Bytes of the source decoded so far (for the position of bad bytes).
    consumed: u64,
}

impl<R: Read> std::fmt::Debug for Decoding<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Decoding")
            .field("encoding", &self.decoder.encoding().name())
            .finish()
    }
}

impl<R: Read> Decoding<R> {
    /// `head` is what was already read from `src` for sniffing.
    pub fn new(head: Vec<u8>, src: R, encoding: &'static Encoding) -> Self {
        let in_end = head.len();
        let mut inbuf = head;
        inbuf.resize(in_end.max(SNIFF), 0);
        Decoding {
            src,
            decoder: encoding.new_decoder_with_bom_removal(),
            inbuf,
            in_start: 0,
            in_end,
            outbuf: vec![0; SNIFF * 3 + 16],
            out_start: 0,
            out_end: 0,
            eof: false,
            finished: false,
            consumed: 0,
        }
    }

    fn fill(&mut self) -> io::Result<()> {
        loop {
            if self.finished {
                self.out_start = 0;
                self.out_end = 0;
                return Ok(());
            }
            if self.in_start == self.in_end && !self.eof {
                self.in_start = 0;
                self.in_end = 0;
                let n = self.src.read(&mut self.inbuf)?;
                if n == 0 {
                    self.eof = true;
                }
                self.in_end = n;
            }
            let src = self.inbuf.get(self.in_start..self.in_end).unwrap_or(&[]);
            let (result, read, written) =
                self.decoder
                    .decode_to_utf8_without_replacement(src, &mut self.outbuf, self.eof);
            self.in_start += read;
            self.consumed += u64::try_from(read).unwrap_or(0);
            self.out_start = 0;
            self.out_end = written;
            match result {
                // Bad bytes are refused, never replaced: a guessed encoding
                // that turns out wrong must not store mojibake.
                DecoderResult::Malformed(_, _) => {
                    self.finished = true;
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        format!(
                            "the bytes near byte {} are not valid {}; save the file as UTF-8 (or as Excel's \"Unicode Text\") and import it again",
                            self.consumed,
                            self.decoder.encoding().name()
                        ),
                    ));
                }
                DecoderResult::InputEmpty if self.eof => self.finished = true,
                _ => {}
            }
            if written > 0 || self.finished {
                return Ok(());
            }
        }
    }
}

impl<R: Read> Read for Decoding<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.out_start == self.out_end {
            self.fill()?;
        }
        let avail = self.outbuf.get(self.out_start..self.out_end).unwrap_or(&[]);
        let n = avail.len().min(buf.len());
        if let (Some(dst), Some(src)) = (buf.get_mut(..n), avail.get(..n)) {
            dst.copy_from_slice(src);
        }
        self.out_start += n;
        Ok(n)
    }
}

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
fn read_head<R: Read>(src: &mut R) -> io::Result<Vec<u8>> {
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

/// Opens `src` for CSV reading: sniffs, then streams decoded UTF-8.
/// The CSV reader over a decoded input.
pub type CsvReader<R> = csv::Reader<Lines<Decoding<R>>>;

pub fn open<R: Read>(src: R) -> io::Result<(Sniffed, CsvReader<R>)> {
    open_as(src, None).map(|(s, r, _)| (s, r))
}

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
    inner: R,
    offset: u64,
    in_run: bool,
    ends: LineEnds,
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

/// Like `open`; `utf8` (from `check` over the whole file) overrides the
/// guess from the first 64 KiB when there is no BOM.
pub fn open_as<R: Read>(
    mut src: R,
    utf8: Option<bool>,
) -> io::Result<(Sniffed, CsvReader<R>, LineEnds)> {
    let head = read_head(&mut src)?;
    let mut sniffed = sniff(&head);
    if !sniffed.bom
        && let Some(valid) = utf8
    {
        sniffed.encoding = if valid { UTF_8 } else { GB18030 };
    }
    let ends = LineEnds::default();
    let reader = csv::ReaderBuilder::new()
        .delimiter(sniffed.delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(Lines {
            inner: Decoding::new(head, src, sniffed.encoding),
            offset: 0,
            in_run: false,
            ends: ends.clone(),
        });
    Ok((sniffed, reader, ends))
}

/// A header cell as it is matched: cleaned, lower-case, without spaces,
/// `-` or `_` (`ID Number`, `id_number` and `id-number` are one).
pub fn header_key(raw: &str) -> String {
    crate::domain::validate::clean(raw)
        .to_lowercase()
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_'))
        .collect()
}

/// A cell that Excel has turned into a number in scientific notation
/// (`3.60426E+17`): the digits are lost and cannot be recovered.
pub fn excel_mangled(cell: &str) -> bool {
    let t = cell.trim();
    let Some((mantissa, exp)) = t.split_once(['E', 'e']) else {
        return false;
    };
    let exp = exp.strip_prefix('+').unwrap_or(exp);
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, "0"));
    !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
        && !exp.is_empty()
        && exp.bytes().all(|b| b.is_ascii_digit())
}

/// A yes/no cell: empty is `None`.
pub fn boolean(cell: &str) -> Result<Option<bool>, String> {
    let t = crate::domain::validate::clean(cell).to_lowercase();
    match t.as_str() {
        "" => Ok(None),
        "true" | "yes" | "y" | "1" | "on" | "是" | "有" | "开" | "开启" | "✓" => {
            Ok(Some(true))
        }
        "false" | "no" | "n" | "0" | "off" | "否" | "无" | "关" | "关闭" => Ok(Some(false)),
        _ => Err(format!(
            "{cell:?} is not yes or no (true/false, 是/否, on/off)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(bytes: &[u8]) -> (Sniffed, Vec<Vec<String>>) {
        let (s, mut r) = open(bytes).unwrap();
        let mut rows = vec![r.headers().unwrap().iter().map(str::to_string).collect()];
        for rec in r.records() {
            rows.push(rec.unwrap().iter().map(str::to_string).collect());
        }
        (s, rows)
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let (s, rows) = read_all("邮箱,姓名\r\na@b.cn,李雷\r\n".as_bytes());
        assert_eq!((s.encoding, s.bom), (UTF_8, false));
        assert_eq!(rows[1], vec!["a@b.cn", "李雷"]);
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("邮箱,姓名\na@b.cn,李雷\n".as_bytes());
        let (s, rows) = read_all(&bom);
        assert!(s.bom);
        assert_eq!(
            rows[0],
            vec!["邮箱", "姓名"],
            "the BOM is not part of the first header"
        );
    }

    #[test]
    fn gb18030_from_excel() {
        let (bytes, _, _) = GB18030.encode("邮箱,姓名\r\na@b.cn,李雷\r\n");
        let (s, rows) = read_all(&bytes);
        assert_eq!(s.encoding, GB18030);
        assert_eq!(rows[1], vec!["a@b.cn", "李雷"]);
    }

    #[test]
    fn utf16_unicode_text_is_tab_separated() {
        let text = "邮箱\t姓名\r\na@b.cn\t李雷\r\n";
        let mut bytes = vec![0xFF, 0xFE];
        for u in text.encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let (s, rows) = read_all(&bytes);
        assert_eq!((s.encoding, s.delimiter), (UTF_16LE, b'\t'));
        assert_eq!(rows[1], vec!["a@b.cn", "李雷"]);
    }

    #[test]
    fn decoding_streams_across_buffer_boundaries() {
        // Multi-byte characters straddle the 64 KiB reads.
        let mut text = String::from("name\n");
        for i in 0..20_000 {
            text.push_str(&format!("李雷{i}\n"));
        }
        let (bytes, _, _) = GB18030.encode(&text);
        let (_, rows) = read_all(&bytes);
        assert_eq!(rows.len(), 20_001);
        assert_eq!(rows[20_000], vec!["李雷19999"]);
    }

    #[test]
    fn bad_bytes_are_refused_not_replaced() {
        let (_, mut r) = open(&b"name\nA\xff\xfeB\n"[..]).unwrap();
        let header_err = r.headers().err().map(|e| e.to_string());
        let row_err = r.records().find_map(Result::err).map(|e| e.to_string());
        let e = header_err.or(row_err).unwrap_or_default();
        assert!(e.contains("not valid"), "{e}");
    }

    #[test]
    fn record_lines_are_the_lines_people_see_with_crlf_and_lf() {
        for text in [
            "h\r\na\r\n\"b\r\nc\"\r\nd\r\n\r\n\r\ne\r\n",
            "h\na\n\"b\nc\"\nd\n\n\ne\n",
            "h\n\na\n\"b\nc\"\r\nd\r\n\n\r\ne",
        ] {
            let (_, mut r, ends) = open_as(text.as_bytes(), None).unwrap();
            let mut rec = csv::StringRecord::new();
            let mut lines = vec![];
            while r.read_record(&mut rec).unwrap() {
                lines.push(ends.line(rec.position().unwrap()));
            }
            let want = if text.starts_with("h\n\n") {
                [3, 4, 6, 9]
            } else {
                [2, 3, 5, 8]
            };
            assert_eq!(lines, want, "{text:?}");
        }
    }

    fn verdict(text: &[u8]) -> Result<Sniffed, Malformed> {
        check(text, None).unwrap()
    }

    #[test]
    fn check_finds_an_unterminated_quote_at_its_opening_line() {
        let m = verdict(b"a,b\n1,2\n3,\"x\n4,5\n").unwrap_err();
        assert_eq!((m.code, m.line), ("UNTERMINATED_QUOTE", 3));
        // Doubled quotes, quotes after a closing quote, quotes inside an
        // unquoted cell: all as the csv crate reads them.
        assert!(verdict(b"a,b\n\"x\"\"y\",2\n\"q\"z\"\"\",1\nab\"c,d\n").is_ok());
    }

    #[test]
    fn check_bounds_cells_and_columns() {
        let mut big = b"a\n\"".to_vec();
        big.extend(std::iter::repeat_n(b'x', MAX_CELL + 1));
        big.extend(b"\"\n");
        let m = verdict(&big).unwrap_err();
        assert_eq!((m.code, m.line), ("CELL_TOO_LONG", 2));
        let wide = ",".repeat(MAX_COLUMNS) + "\n";
        assert_eq!(
            verdict(wide.as_bytes()).unwrap_err().code,
            "TOO_MANY_COLUMNS"
        );
    }

    #[test]
    fn check_decides_the_encoding_on_the_whole_input() {
        let text = "name\n".to_string() + &"a\n".repeat(50_000);
        assert_eq!(verdict(text.as_bytes()).unwrap().encoding, UTF_8);
        let with_chinese = text + "李雷\n";
        let (gb, _, _) = GB18030.encode(&with_chinese);
        assert_eq!(verdict(&gb).unwrap().encoding, GB18030);
        let mut bad = b"\xEF\xBB\xBFname\nok\n".to_vec();
        bad.extend(b"\xff\n");
        let m = verdict(&bad).unwrap_err();
        assert_eq!(m.code, "INVALID_ENCODING");
        let m = check_decodes(&b"name\nok\n\xff\n"[..], GB18030)
            .unwrap()
            .unwrap_err();
        assert_eq!((m.code, m.line), ("INVALID_ENCODING", 3));
    }

    #[test]
    fn headers_match_loosely() {
        assert_eq!(header_key(" ID Number "), "idnumber");
        assert_eq!(header_key("id_number"), "idnumber");
        assert_eq!(header_key("身份证号"), "身份证号");
    }

    #[test]
    fn excel_scientific_numbers_are_spotted() {
        assert!(excel_mangled("3.60426E+17"));
        assert!(excel_mangled("1.38001e10"));
        assert!(!excel_mangled("13800138000"));
        assert!(!excel_mangled("dy.e1"));
        assert!(!excel_mangled("E+17"));
    }

    #[test]
    fn booleans() {
        assert_eq!(boolean("是"), Ok(Some(true)));
        assert_eq!(boolean(" OFF "), Ok(Some(false)));
        assert_eq!(boolean(""), Ok(None));
        assert!(boolean("maybe").is_err());
    }
}
