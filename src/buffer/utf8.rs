//! UTF-8 between JS strings (UTF-16 code units, lone surrogates allowed) and bytes.

/// U+FFFD, what every malformed sequence and lone surrogate becomes.
pub const REPLACEMENT: u16 = 0xFFFD;

/// One code point read from UTF-16: a pair is one code point, a lone surrogate
/// stands for U+FFFD (V8's `String::WriteUtf8` with `REPLACE_INVALID_UTF8`,
/// `String::Utf8Length` and `String::Utf8Value` all treat it so).
#[inline]
fn next_code_point(units: &[u16], i: usize) -> (u32, usize) {
    let u = units[i];
    if (0xD800..0xDC00).contains(&u) {
        if let Some(&low) = units.get(i + 1)
            && (0xDC00..0xE000).contains(&low)
        {
            let cp = 0x10000 + ((u32::from(u) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
            return (cp, 2);
        }
        (u32::from(REPLACEMENT), 1)
    } else if (0xDC00..0xE000).contains(&u) {
        (u32::from(REPLACEMENT), 1)
    } else {
        (u32::from(u), 1)
    }
}

#[inline]
fn encoded_len(cp: u32) -> usize {
    match cp {
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0x800..=0xFFFF => 3,
        _ => 4,
    }
}

#[inline]
fn push_code_point(out: &mut [u8], cp: u32) {
    match out.len() {
        1 => out[0] = cp as u8,
        2 => {
            out[0] = 0xC0 | (cp >> 6) as u8;
            out[1] = 0x80 | (cp & 0x3F) as u8;
        }
        3 => {
            out[0] = 0xE0 | (cp >> 12) as u8;
            out[1] = 0x80 | ((cp >> 6) & 0x3F) as u8;
            out[2] = 0x80 | (cp & 0x3F) as u8;
        }
        _ => {
            out[0] = 0xF0 | (cp >> 18) as u8;
            out[1] = 0x80 | ((cp >> 12) & 0x3F) as u8;
            out[2] = 0x80 | ((cp >> 6) & 0x3F) as u8;
            out[3] = 0x80 | (cp & 0x3F) as u8;
        }
    }
}

/// `Buffer.byteLength(s, 'utf8')`: lone surrogates count 3 (they become U+FFFD).
pub fn utf8_length(units: &[u16]) -> usize {
    let mut i = 0;
    let mut n = 0usize;
    while i < units.len() {
        let (cp, step) = next_code_point(units, i);
        n = n.saturating_add(encoded_len(cp));
        i += step;
    }
    n
}

/// Encodes a whole JS string as UTF-8 (`Buffer.from(s)`, `TextEncoder#encode`).
pub fn encode_utf8(units: &[u16]) -> Vec<u8> {
    let mut out = vec![0u8; utf8_length(units)];
    let (_, written) = encode_utf8_into(units, &mut out);
    out.truncate(written);
    out
}

/// Writes as many whole characters as fit into `dst` and returns
/// `(code units read, bytes written)`. A character that does not fit entirely
/// is not written at all, nor anything after it: this is V8's
/// `String::WriteUtf8` as `buf.write(s)` uses it, and also exactly
/// `TextEncoder#encodeInto`'s `{ read, written }`.
pub fn encode_utf8_into(units: &[u16], dst: &mut [u8]) -> (usize, usize) {
    let mut i = 0;
    let mut k = 0;
    while i < units.len() {
        let (cp, step) = next_code_point(units, i);
        let len = encoded_len(cp);
        if dst.len() - k < len {
            break;
        }
        push_code_point(&mut dst[k..k + len], cp);
        k += len;
        i += step;
    }
    (i, k)
}

/// The WHATWG UTF-8 decoder (Encoding Standard §9.1.1), which is also what V8's
/// `String::NewFromUtf8` implements: each maximal subpart of an ill-formed
/// sequence becomes one U+FFFD (so `F0 9F 98` is one, `C0 80` two and
/// `ED A0 80` three).
///
/// Feed it with [`Utf8Decoder::decode`] chunk by chunk, then
/// [`Utf8Decoder::finish`]; a character split across chunks is carried over.
#[derive(Clone, Debug, Default)]
pub struct Utf8Decoder {
    code_point: u32,
    bytes_seen: u8,
    bytes_needed: u8,
    lower: u8,
    upper: u8,
}

/// A malformed sequence met by a fatal decoder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Malformed;

impl Utf8Decoder {
    pub fn new() -> Utf8Decoder {
        Utf8Decoder {
            code_point: 0,
            bytes_seen: 0,
            bytes_needed: 0,
            lower: 0x80,
            upper: 0xBF,
        }
    }

    /// Is a partial character pending?
    pub fn has_pending(&self) -> bool {
        self.bytes_needed != 0
    }

    fn reset(&mut self) {
        *self = Utf8Decoder::new();
    }

    fn push_cp(out: &mut Vec<u16>, cp: u32) {
        if cp >= 0x10000 {
            let v = cp - 0x10000;
            out.push(0xD800 | (v >> 10) as u16);
            out.push(0xDC00 | (v & 0x3FF) as u16);
        } else {
            out.push(cp as u16);
        }
    }

    /// Decodes one chunk, appending to `out`. With `fatal`, the first error
    /// stops decoding and returns `Err` (what was appended so far stays).
    pub fn decode(
        &mut self,
        bytes: &[u8],
        out: &mut Vec<u16>,
        fatal: bool,
    ) -> Result<(), Malformed> {
        out.reserve(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let byte = bytes[i];
            if self.bytes_needed == 0 {
                match byte {
                    0x00..=0x7F => out.push(u16::from(byte)),
                    0xC2..=0xDF => {
                        self.bytes_needed = 1;
                        self.code_point = u32::from(byte & 0x1F);
                    }
                    0xE0..=0xEF => {
                        if byte == 0xE0 {
                            self.lower = 0xA0;
                        }
                        if byte == 0xED {
                            self.upper = 0x9F;
                        }
                        self.bytes_needed = 2;
                        self.code_point = u32::from(byte & 0x0F);
                    }
                    0xF0..=0xF4 => {
                        if byte == 0xF0 {
                            self.lower = 0x90;
                        }
                        if byte == 0xF4 {
                            self.upper = 0x8F;
                        }
                        self.bytes_needed = 3;
                        self.code_point = u32::from(byte & 0x07);
                    }
                    _ => {
                        if fatal {
                            return Err(Malformed);
                        }
                        out.push(REPLACEMENT);
                    }
                }
                i += 1;
                continue;
            }
            if byte < self.lower || byte > self.upper {
                // The sequence so far is a maximal subpart: one U+FFFD, and the
                // offending byte is looked at again as a fresh start.
                self.reset();
                if fatal {
                    return Err(Malformed);
                }
                out.push(REPLACEMENT);
                continue;
            }
            self.lower = 0x80;
            self.upper = 0xBF;
            self.code_point = (self.code_point << 6) | u32::from(byte & 0x3F);
            self.bytes_seen += 1;
            i += 1;
            if self.bytes_seen == self.bytes_needed {
                let cp = self.code_point;
                self.reset();
                Self::push_cp(out, cp);
            }
        }
        Ok(())
    }

    /// Ends the stream: a pending partial character becomes one U+FFFD.
    pub fn finish(&mut self, out: &mut Vec<u16>, fatal: bool) -> Result<(), Malformed> {
        if self.bytes_needed != 0 {
            self.reset();
            if fatal {
                return Err(Malformed);
            }
            out.push(REPLACEMENT);
        }
        Ok(())
    }
}

/// `buf.toString('utf8')`: decodes with U+FFFD replacement. A leading BOM is kept.
pub fn decode_utf8(bytes: &[u8]) -> Vec<u16> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut d = Utf8Decoder::new();
    // Infallible when not fatal.
    let _ = d.decode(bytes, &mut out, false);
    let _ = d.finish(&mut out, false);
    out
}

/// Is `bytes` well-formed UTF-8 (`buffer.isUtf8`)?
pub fn is_utf8(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok()
}
