//! A `Read` that yields UTF-8, decoding its source as it goes; bad bytes
//! are refused, never replaced.

use std::io::{self, Read};

use encoding_rs::{Decoder, DecoderResult, Encoding};

use super::SNIFF;

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
