//! `string_decoder.StringDecoder`, a port of src/string_decoder.cc: splits a
//! byte stream into strings without cutting characters apart.

use super::codec;
use super::encoding::Encoding;

/// Node's StringDecoder state: up to four bytes of an unfinished character,
/// how many are buffered and how many are still missing.
#[derive(Clone, Debug)]
pub struct StringDecoder {
    encoding: Encoding,
    incomplete: [u8; 4],
    missing: usize,
    buffered: usize,
}

impl StringDecoder {
    /// `new StringDecoder(encoding)`; resolve the name with
    /// [`Encoding::normalize`] (unknown names throw ERR_UNKNOWN_ENCODING).
    pub fn new(encoding: Encoding) -> StringDecoder {
        StringDecoder {
            encoding,
            incomplete: [0; 4],
            missing: 0,
            buffered: 0,
        }
    }

    /// `decoder.encoding`.
    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    /// `decoder.lastNeed`: bytes still missing for the pending character.
    pub fn last_need(&self) -> usize {
        self.missing
    }

    /// `decoder.lastTotal`: buffered + missing.
    pub fn last_total(&self) -> usize {
        self.buffered + self.missing
    }

    /// `decoder.lastChar`: the 4-byte incomplete-character buffer.
    pub fn last_char(&self) -> [u8; 4] {
        self.incomplete
    }

    fn make_string(&self, bytes: &[u8]) -> Vec<u16> {
        codec::decode(bytes, self.encoding)
    }

    /// `decoder.write(buffer)`: the text of all complete characters so far.
    pub fn write(&mut self, data: &[u8]) -> Vec<u16> {
        let enc = self.encoding;
        if !matches!(
            enc,
            Encoding::Utf8 | Encoding::Utf16le | Encoding::Base64 | Encoding::Base64url
        ) {
            return self.make_string(data);
        }
        let mut data = data;
        let mut prepend: Vec<u16> = Vec::new();
        if self.missing > 0 {
            if enc == Encoding::Utf8 {
                // A byte that should continue the character but does not ends
                // it early; the bytes before it still join the buffered ones.
                let limit = data.len().min(self.missing);
                if let Some(i) = data[..limit].iter().position(|&b| b & 0xC0 != 0x80) {
                    self.missing = 0;
                    self.incomplete[self.buffered..self.buffered + i].copy_from_slice(&data[..i]);
                    self.buffered += i;
                    data = &data[i..];
                }
            }
            let found = data.len().min(self.missing);
            self.incomplete[self.buffered..self.buffered + found].copy_from_slice(&data[..found]);
            data = &data[found..];
            self.missing -= found;
            self.buffered += found;
            if self.missing == 0 {
                prepend = self.make_string(&self.incomplete[..self.buffered]);
                self.buffered = 0;
            }
        }
        if data.is_empty() {
            return prepend;
        }
        let nread = data.len();
        let last = data[nread - 1];
        match enc {
            Encoding::Utf8 if last & 0x80 != 0 => {
                // Walk back to the lead byte of the last character.
                let mut i = nread - 1;
                loop {
                    self.buffered += 1;
                    let b = data[i];
                    if b & 0xC0 == 0x80 {
                        if self.buffered >= 4 || i == 0 {
                            self.buffered = 0;
                            break;
                        }
                    } else {
                        self.missing = if b & 0xE0 == 0xC0 {
                            2
                        } else if b & 0xF0 == 0xE0 {
                            3
                        } else if b & 0xF8 == 0xF0 {
                            4
                        } else {
                            self.buffered = 0;
                            break;
                        };
                        if self.buffered >= self.missing {
                            self.missing = 0;
                            self.buffered = 0;
                        }
                        self.missing -= self.buffered;
                        break;
                    }
                    i -= 1;
                }
            }
            Encoding::Utf16le => {
                if nread % 2 == 1 {
                    self.buffered = 1;
                    self.missing = 1;
                } else if last & 0xFC == 0xD8 {
                    self.buffered = 2;
                    self.missing = 2;
                }
            }
            Encoding::Base64 | Encoding::Base64url => {
                self.buffered = nread % 3;
                if self.buffered > 0 {
                    self.missing = 3 - self.buffered;
                }
            }
            _ => {}
        }
        let keep = nread - self.buffered;
        if self.buffered > 0 {
            self.incomplete[..self.buffered].copy_from_slice(&data[keep..]);
        }
        let body = if keep > 0 {
            self.make_string(&data[..keep])
        } else {
            Vec::new()
        };
        prepend.extend(body);
        prepend
    }

    /// `decoder.end()`: flushes a pending partial character (utf8 gives
    /// U+FFFD; base64 its padded encoding; utf16le drops an odd byte).
    pub fn end(&mut self) -> Vec<u16> {
        if self.buffered == 0 {
            return Vec::new();
        }
        if self.encoding == Encoding::Utf16le && self.buffered % 2 == 1 {
            self.missing = self.missing.saturating_sub(1);
            self.buffered -= 1;
        }
        if self.buffered == 0 {
            return Vec::new();
        }
        let out = self.make_string(&self.incomplete[..self.buffered]);
        self.missing = 0;
        self.buffered = 0;
        out
    }

    /// `decoder.end(buffer)`: `write(buffer)` followed by [`StringDecoder::end`].
    pub fn end_with(&mut self, data: &[u8]) -> Vec<u16> {
        let mut out = self.write(data);
        out.extend(self.end());
        out
    }

    /// The legacy `decoder.text(buffer, offset)`: forgets the pending state and
    /// writes `buffer[offset..]`.
    pub fn text(&mut self, data: &[u8], offset: usize) -> Vec<u16> {
        self.missing = 0;
        self.buffered = 0;
        self.write(&data[offset.min(data.len())..])
    }
}
