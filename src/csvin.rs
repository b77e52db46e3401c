//! Reading the CSV files people really have (CLI.md "Bulk import"): UTF-8
//! with or without BOM, GB18030 from Excel on Chinese Windows, and Excel's
//! UTF-16 "Unicode Text" (tab-separated); LF or CRLF. Decoding streams, so
//! memory stays flat whatever the file's size.

use std::io::{self, Read};

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

/// Whether everything `src` yields is UTF-8 (streaming, constant memory):
/// for a file, decides UTF-8 or GB18030 on all of it, not only its start.
pub fn is_utf8<R: Read>(mut src: R) -> io::Result<bool> {
    let mut buf = vec![0u8; SNIFF];
    let mut carry = 0usize;
    loop {
        let n = src.read(&mut buf[carry..])?;
        let end = carry + n;
        let chunk = &buf[..end];
        match std::str::from_utf8(chunk) {
            Ok(_) => carry = 0,
            Err(e) if e.error_len().is_none() && n > 0 => {
                // A character cut by the buffer: keep its start.
                let keep = end - e.valid_up_to();
                buf.copy_within(e.valid_up_to()..end, 0);
                carry = keep;
            }
            Err(_) => return Ok(false),
        }
        if n == 0 {
            return Ok(carry == 0);
        }
    }
}

/// Opens `src` for CSV reading: sniffs, then streams decoded UTF-8.
pub fn open<R: Read>(src: R) -> io::Result<(Sniffed, csv::Reader<Decoding<R>>)> {
    open_as(src, None)
}

/// Like `open`; `utf8` (from `is_utf8` over the whole file) overrides the
/// guess from the first 64 KiB when there is no BOM.
pub fn open_as<R: Read>(
    mut src: R,
    utf8: Option<bool>,
) -> io::Result<(Sniffed, csv::Reader<Decoding<R>>)> {
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
    let mut sniffed = sniff(&head);
    if !sniffed.bom
        && let Some(valid) = utf8
    {
        sniffed.encoding = if valid { UTF_8 } else { GB18030 };
    }
    let reader = csv::ReaderBuilder::new()
        .delimiter(sniffed.delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(Decoding::new(head, src, sniffed.encoding));
    Ok((sniffed, reader))
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
    fn whole_file_utf8_check_sees_past_the_sniff_window() {
        let text = "name\n".to_string() + &"a".repeat(100_000) + "\n";
        assert!(is_utf8(text.as_bytes()).unwrap());
        let (gb, _, _) = GB18030.encode("李雷\n");
        let mut bytes = text.into_bytes();
        bytes.extend_from_slice(&gb);
        assert!(!is_utf8(&bytes[..]).unwrap());
        let mut long = "李".repeat(30_000).into_bytes();
        long.push(b'\n');
        assert!(
            is_utf8(&long[..]).unwrap(),
            "characters cut by the buffer are fine"
        );
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
