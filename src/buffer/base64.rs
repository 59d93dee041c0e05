//! Base64 and base64url: Node's lenient Buffer decoder, the encoders, and the
//! strict WHATWG "forgiving-base64" used by `atob`/`btoa`.

const STD_TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL_TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Node's `unbase64_table` (src/string_bytes.cc): both alphabets at once, so
/// `+`/`-` are 62 and `/`/`_` are 63; 0xFF marks what is not a digit.
const UNBASE64: [u8; 256] = {
    let mut table = [0xFFu8; 256];
    let mut i = 0;
    while i < 64 {
        table[STD_TABLE[i] as usize] = i as u8;
        table[URL_TABLE[i] as usize] = i as u8;
        i += 1;
    }
    table
};

#[inline]
fn unbase64(c: u8) -> Option<u8> {
    match UNBASE64[usize::from(c)] {
        0xFF => None,
        v => Some(v),
    }
}

/// Length of the base64 text for `n` bytes (with padding unless `url`).
pub fn encoded_len(n: usize, url: bool) -> usize {
    if url {
        n / 3 * 4 + [0, 2, 3][n % 3]
    } else {
        n.div_ceil(3) * 4
    }
}

/// `buf.toString('base64')` (padded) or `'base64url'` (unpadded, `-_`), as ASCII.
pub fn encode(bytes: &[u8], url: bool) -> String {
    // Only ASCII digits and padding go in, so this never fails.
    String::from_utf8(encode_ascii(bytes, url)).unwrap_or_default()
}

/// [`encode`] as the ASCII bytes of the text.
pub fn encode_ascii(bytes: &[u8], url: bool) -> Vec<u8> {
    let table = if url { URL_TABLE } else { STD_TABLE };
    let mut out = Vec::with_capacity(encoded_len(bytes.len(), url));
    let mut chunks = bytes.chunks_exact(3);
    for c in &mut chunks {
        let n = (u32::from(c[0]) << 16) | (u32::from(c[1]) << 8) | u32::from(c[2]);
        out.extend_from_slice(&[
            table[((n >> 18) & 0x3F) as usize],
            table[((n >> 12) & 0x3F) as usize],
            table[((n >> 6) & 0x3F) as usize],
            table[(n & 0x3F) as usize],
        ]);
    }
    match *chunks.remainder() {
        [a] => {
            out.push(table[usize::from(a >> 2)]);
            out.push(table[usize::from((a & 3) << 4)]);
            if !url {
                out.extend_from_slice(b"==");
            }
        }
        [a, b] => {
            out.push(table[usize::from(a >> 2)]);
            out.push(table[usize::from(((a & 3) << 4) | (b >> 4))]);
            out.push(table[usize::from((b & 0x0F) << 2)]);
            if !url {
                out.push(b'=');
            }
        }
        _ => {}
    }
    out
}

/// `Buffer.byteLength(s, 'base64' | 'base64url')` (lib/buffer.js
/// `base64ByteLength`): drop one `=` at the end, then a second if at least two
/// characters remain, and take three quarters, rounding down. Whitespace and
/// junk are counted, so this may overestimate.
pub fn byte_length(units: &[u16]) -> usize {
    let mut n = units.len();
    if n > 0 && units[n - 1] == u16::from(b'=') {
        n -= 1;
    }
    if n > 1 && units[n - 1] == u16::from(b'=') {
        n -= 1;
    }
    // (bytes * 3) >>> 2 without overflow.
    n / 4 * 3 + (n % 4) * 3 / 4
}

/// `base64_decoded_size` (src/base64-inl.h): the C++ estimate that bounds the
/// fast decoding loop. Note it, unlike [`byte_length`], looks for a second `=`
/// unconditionally and rounds the remainder up.
fn decoded_size(src: &[u16]) -> usize {
    let mut size = src.len();
    if size < 2 {
        return 0;
    }
    if src[size - 1] == u16::from(b'=') {
        size -= 1;
        if src[size - 1] == u16::from(b'=') {
            size -= 1;
        }
    }
    if size > 1 {
        size / 4 * 3 + (size % 4).div_ceil(2)
    } else {
        0
    }
}

/// Node's Buffer base64 decoder (`base64_decode` in src/base64-inl.h, used by
/// `Buffer.from(s, 'base64')`, `buf.write(s, 'base64')` and `buf.fill`):
/// decodes into `dst` and returns how many bytes were written.
///
/// It is lenient: it accepts both alphabets, skips any character that is not
/// a digit, stops at the first `=`, and drops a dangling sixth-bit group.
/// Each UTF-16 unit is first truncated to its low byte, as Node does when it
/// reads a two-byte V8 string (so `U+0161` reads as `a`, `U+013D` as `=`).
///
/// The shape of the loop (an aligned fast path bounded by the estimated size,
/// falling back to one group at a time on junk, and a single trailing group)
/// is kept because it decides the exact output on odd inputs.
pub fn decode_into(dst: &mut [u8], src: &[u16]) -> usize {
    let dstlen = dst.len();
    let srclen = src.len();
    let available = dstlen.min(decoded_size(src));
    let max_k = available / 3 * 3;
    let mut max_i = srclen / 4 * 4;
    let mut i = 0;
    let mut k = 0;
    while i < max_i && k < max_k {
        let a = UNBASE64[usize::from(src[i] as u8)];
        let b = UNBASE64[usize::from(src[i + 1] as u8)];
        let c = UNBASE64[usize::from(src[i + 2] as u8)];
        let d = UNBASE64[usize::from(src[i + 3] as u8)];
        if (a | b | c | d) & 0x80 == 0 {
            dst[k] = (a << 2) | (b >> 4);
            dst[k + 1] = (b << 4) | (c >> 2);
            dst[k + 2] = (c << 6) | d;
            i += 4;
            k += 3;
        } else {
            // Whitespace or junk in this quad: decode one group slowly.
            if !decode_group_slow(dst, src, &mut i, &mut k) {
                return k;
            }
            max_i = i + (srclen - i) / 4 * 4; // realign
        }
    }
    if i < srclen && k < dstlen {
        decode_group_slow(dst, src, &mut i, &mut k);
    }
    k
}

/// `base64_decode_group_slow`: reads up to four digits (skipping non-digits),
/// writing a byte after each digit past the first. Returns `false` when
/// decoding must stop: at `=`, at the end of input, or with `dst` full.
fn decode_group_slow(dst: &mut [u8], src: &[u16], i: &mut usize, k: &mut usize) -> bool {
    let srclen = src.len();
    let dstlen = dst.len();
    let mut hi = 0u8;
    for step in 0..4 {
        // Find the next legal digit.
        let lo = loop {
            let c = src[*i] as u8;
            *i += 1;
            if let Some(v) = unbase64(c) {
                break v;
            }
            if c == b'=' || *i >= srclen {
                return false;
            }
        };
        match step {
            1 => {
                dst[*k] = (hi << 2) | (lo >> 4);
                *k += 1;
            }
            2 => {
                dst[*k] = (hi << 4) | (lo >> 2);
                *k += 1;
            }
            3 => {
                dst[*k] = (hi << 6) | lo;
                *k += 1;
            }
            _ => {}
        }
        if *i >= srclen || *k >= dstlen {
            return false;
        }
        hi = lo;
    }
    true
}

/// `Buffer.from(s, 'base64')` / `'base64url'` (both decode either alphabet).
pub fn decode(src: &[u16]) -> Vec<u8> {
    // Never binding: the output cannot exceed 3/4 of the input length.
    let mut out = vec![0u8; src.len() / 4 * 3 + 3];
    let n = decode_into(&mut out, src);
    out.truncate(n);
    out
}

/// Why `atob` rejected its input; Node throws a `DOMException` named
/// `InvalidCharacterError` with [`AtobError::message`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtobError {
    /// A character outside the alphabet, or misplaced `=`.
    InvalidCharacter,
    /// A single digit was left over after the last full quad.
    BadLength,
}

impl AtobError {
    pub fn message(self) -> &'static str {
        match self {
            AtobError::InvalidCharacter => "Invalid character",
            AtobError::BadLength => "The string to be decoded is not correctly encoded.",
        }
    }
}

/// `atob(s)` — the WHATWG forgiving-base64 decode: ASCII whitespace
/// (TAB LF FF CR SPACE) is ignored; only the standard alphabet is allowed;
/// at most two `=` and only at the very end, and then the total must be a
/// multiple of four; one dangling digit is an error; leftover bits in the last
/// digit are ignored. Returns the bytes (each one becomes one char of the
/// resulting "binary string").
pub fn atob(src: &[u16]) -> Result<Vec<u8>, AtobError> {
    let digits: Vec<u16> = src
        .iter()
        .copied()
        .filter(|&u| !matches!(u, 0x09 | 0x0A | 0x0C | 0x0D | 0x20))
        .collect();
    let padding = digits
        .iter()
        .rev()
        .take_while(|&&u| u == u16::from(b'='))
        .count();
    let data = &digits[..digits.len() - padding];
    let mut values = Vec::with_capacity(data.len());
    for &u in data {
        let v = match u8::try_from(u) {
            Ok(b @ (b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'+' | b'/')) => unbase64(b),
            _ => None,
        };
        match v {
            Some(v) => values.push(v),
            None => return Err(AtobError::InvalidCharacter),
        }
    }
    // Node (simdutf) reports a dangling digit before a bad padding length.
    if padding > 2 {
        return Err(AtobError::InvalidCharacter);
    }
    if values.len() % 4 == 1 {
        return Err(AtobError::BadLength);
    }
    if padding > 0 && !digits.len().is_multiple_of(4) {
        return Err(AtobError::InvalidCharacter);
    }
    let mut out = Vec::with_capacity(values.len() / 4 * 3 + 2);
    let mut acc = 0u32;
    let mut bits = 0;
    for v in values {
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Ok(out)
}

/// `btoa(s)`: `None` (→ `InvalidCharacterError: Invalid character`) if a code
/// unit is above U+00FF; otherwise the padded standard base64 of the units.
pub fn btoa(src: &[u16]) -> Option<String> {
    let bytes: Option<Vec<u8>> = src.iter().map(|&u| u8::try_from(u).ok()).collect();
    bytes.map(|b| encode(&b, false))
}
