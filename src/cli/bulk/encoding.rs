//! `roster export --encoding`: the CSV's bytes for the program that opens
//! it. Excel on Chinese Windows reads a CSV without a BOM as GB18030 (code
//! page 936), so UTF-8 Chinese text shows as mojibake there unless the file
//! starts with a BOM or is GB18030 itself. `import` reads all three back.

use std::io::{self, Write};

use clap::ValueEnum;

/// The encoding of an exported CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ExportEncoding {
    /// UTF-8 without a BOM: scripts, databases, most tools
    #[default]
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// UTF-8 with a BOM, EF BB BF first: any Excel reads it as UTF-8
    #[value(name = "utf-8-bom", alias = "utf8-bom")]
    Utf8Bom,
    /// GB18030, what Excel on Chinese Windows reads and saves as CSV
    #[value(name = "gb18030")]
    Gb18030,
}

impl ExportEncoding {
    /// The value as typed on the command line.
    pub fn code(self) -> &'static str {
        match self {
            ExportEncoding::Utf8 => "utf-8",
            ExportEncoding::Utf8Bom => "utf-8-bom",
            ExportEncoding::Gb18030 => "gb18030",
        }
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A writer taking UTF-8 and writing it in `encoding` (a BOM first for
/// `utf-8-bom`). Bytes of a character split across two writes wait for the
/// rest of it.
pub struct Encoded<W: Write> {
    inner: W,
    encoding: ExportEncoding,
    started: bool,
    /// The tail of a character cut by a write (GB18030 only).
    pending: Vec<u8>,
}

impl<W: Write> Encoded<W> {
    pub fn new(inner: W, encoding: ExportEncoding) -> Self {
        Encoded {
            inner,
            encoding,
            started: false,
            pending: Vec::new(),
        }
    }

    fn start(&mut self) -> io::Result<()> {
        if !self.started {
            self.started = true;
            if self.encoding == ExportEncoding::Utf8Bom {
                self.inner.write_all(BOM)?;
            }
        }
        Ok(())
    }

    /// Encodes every complete character of `pending`.
    fn drain(&mut self) -> io::Result<()> {
        let valid = match std::str::from_utf8(&self.pending) {
            Ok(s) => s.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(e) => return Err(io::Error::new(io::ErrorKind::InvalidData, e)),
        };
        let text = std::str::from_utf8(&self.pending[..valid])
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        // GB18030 maps every Unicode scalar value: nothing is replaced.
        let (bytes, _, _) = encoding_rs::GB18030.encode(text);
        self.inner.write_all(&bytes)?;
        self.pending.drain(..valid);
        Ok(())
    }
}

impl<W: Write> Write for Encoded<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.start()?;
        match self.encoding {
            ExportEncoding::Utf8 | ExportEncoding::Utf8Bom => self.inner.write_all(buf)?,
            ExportEncoding::Gb18030 => {
                self.pending.extend_from_slice(buf);
                self.drain()?;
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.start()?;
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn encode(encoding: ExportEncoding, parts: &[&[u8]]) -> Vec<u8> {
        let mut w = Encoded::new(Vec::new(), encoding);
        for p in parts {
            w.write_all(p).unwrap();
        }
        w.flush().unwrap();
        w.inner
    }

    #[test]
    fn utf8_is_unchanged_and_the_bom_comes_once_first() {
        let text = "org,name\nstarlight,运营\n".as_bytes();
        assert_eq!(encode(ExportEncoding::Utf8, &[text]), text);
        let bom = encode(ExportEncoding::Utf8Bom, &[&text[..3], &text[3..]]);
        assert_eq!(&bom[..3], BOM);
        assert_eq!(&bom[3..], text);
        // An empty export still says what it is.
        assert_eq!(encode(ExportEncoding::Utf8Bom, &[]), BOM);
    }

    #[test]
    fn gb18030_encodes_characters_cut_between_writes() {
        let text = "name\n运营,销售部/华东,张三\n";
        let bytes = text.as_bytes();
        // Cut inside 运 (3 bytes in UTF-8) and write byte by byte.
        let parts: Vec<&[u8]> = bytes.chunks(1).collect();
        let out = encode(ExportEncoding::Gb18030, &parts);
        assert_eq!(
            &out[..7],
            b"name\n\xD4\xCB",
            "运 is D4 CB in GB18030: {out:?}"
        );
        let (back, _, bad) = encoding_rs::GB18030.decode(&out);
        assert!(!bad);
        assert_eq!(back, text);
        // Outside GBK: four-byte sequences, still decoded back exactly.
        let rare = "😀𠀀";
        let out = encode(ExportEncoding::Gb18030, &[rare.as_bytes()]);
        assert_eq!(out.len(), 8);
        assert_eq!(encoding_rs::GB18030.decode(&out).0, rare);
    }

    #[test]
    fn invalid_utf8_is_an_error_not_garbage() {
        let mut w = Encoded::new(Vec::new(), ExportEncoding::Gb18030);
        assert!(w.write_all(b"\xFFabc").is_err());
    }
}
