//! Reading the CSV files people really have (docs/import.md): UTF-8
//! with or without BOM, GB18030 from Excel on Chinese Windows, and Excel's
//! UTF-16 "Unicode Text" (tab-separated); LF or CRLF. Decoding streams, so
//! memory stays flat whatever the file's size.

mod check;
mod decode;
mod lines;

use std::io::{self, Read};

use encoding_rs::{Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

use check::read_head;
pub use check::{MAX_CELL, MAX_COLUMNS, Malformed, check, check_decodes};
pub use decode::Decoding;
pub use lines::{LineEnds, Lines};

/// How far into the file we look to tell UTF-8 from GB18030 and commas
/// from tabs.
pub(super) const SNIFF: usize = 64 * 1024;

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
pub(super) fn utf8_prefix_valid(bytes: &[u8]) -> bool {
    match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    }
}

/// The CSV reader over a decoded input.
pub type CsvReader<R> = csv::Reader<Lines<Decoding<R>>>;

/// Opens `src` for CSV reading: sniffs, then streams decoded UTF-8.
pub fn open<R: Read>(src: R) -> io::Result<(Sniffed, CsvReader<R>)> {
    open_as(src, None).map(|(s, r, _)| (s, r))
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
