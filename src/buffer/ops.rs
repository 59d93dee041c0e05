//! Byte operations behind `Buffer` methods: argument ranges, fill, search,
//! compare, copy, swap (lib/buffer.js and src/node_buffer.cc).

use super::codec;
use super::encoding::Encoding;
use super::error::{BufferError, JsArg, inspect_string};
use super::number::{is_integer, js_number_to_string};

/// `buffer.constants.MAX_LENGTH` / `kMaxLength` in Node 20 on 64-bit: 2**32.
pub const K_MAX_LENGTH: f64 = 4_294_967_296.0;
/// `buffer.constants.MAX_STRING_LENGTH`: V8's 2**29 - 24.
pub const K_STRING_MAX_LENGTH: usize = (1 << 29) - 24;

const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// `validateNumber(value, name, min, max)` (lib/internal/validators.js): a
/// number, and with bounds also not NaN and within them. The range text lists
/// only the bounds given (`>= 0 && <= 4294967296`).
pub fn validate_number(
    arg: &JsArg,
    name: &str,
    min: Option<f64>,
    max: Option<f64>,
) -> Result<f64, BufferError> {
    let n = arg
        .number()
        .ok_or_else(|| BufferError::invalid_arg_type(name, &["number"], arg.clone()))?;
    let bounded = min.is_some() || max.is_some();
    if min.is_some_and(|m| n < m) || max.is_some_and(|m| n > m) || (bounded && n.is_nan()) {
        let mut range = String::new();
        if let Some(m) = min {
            range.push_str(&format!(">= {}", js_number_to_string(m)));
        }
        if min.is_some() && max.is_some() {
            range.push_str(" && ");
        }
        if let Some(m) = max {
            range.push_str(&format!("<= {}", js_number_to_string(m)));
        }
        return Err(BufferError::out_of_range(name, range, arg.clone()));
    }
    Ok(n)
}

/// `validateInteger(value, name, min, max)`: number, integer, then range.
pub fn validate_integer(arg: &JsArg, name: &str, min: f64, max: f64) -> Result<f64, BufferError> {
    let n = arg
        .number()
        .ok_or_else(|| BufferError::invalid_arg_type(name, &["number"], arg.clone()))?;
    if !is_integer(n) {
        return Err(BufferError::out_of_range(name, "an integer", arg.clone()));
    }
    if n < min || n > max {
        let range = format!(
            ">= {} && <= {}",
            js_number_to_string(min),
            js_number_to_string(max)
        );
        return Err(BufferError::out_of_range(name, range, arg.clone()));
    }
    Ok(n)
}

/// lib/buffer.js `validateOffset(value, name, min = 0, max = kMaxLength)`,
/// returning the value as an index.
pub fn validate_offset(arg: &JsArg, name: &str, max: f64) -> Result<usize, BufferError> {
    Ok(validate_integer(arg, name, 0.0, max)? as usize)
}

/// The numeric-argument path of `buf.write(string, offset, length)` (after
/// the runtime has moved a string `offset`/`length` into `encoding`):
/// `offset` must be an integer in `0..=len`, `length` (undefined: the rest)
/// an integer in `0..=len`, then cut to what remains. Returns `(start, end)`.
pub fn write_range(
    len: usize,
    offset: &JsArg,
    length: &JsArg,
) -> Result<(usize, usize), BufferError> {
    let start = validate_offset(offset, "offset", len as f64)?;
    let remaining = len - start;
    let n = if length.is_undefined() {
        remaining
    } else {
        validate_offset(length, "length", len as f64)?.min(remaining)
    };
    Ok((start, start + n))
}

/// `validateNumber(size, 'size', 0, kMaxLength)` of `Buffer.alloc`,
/// `allocUnsafe`, `allocUnsafeSlow`; a fractional size is then truncated by
/// the typed array constructor.
pub fn validate_size(arg: &JsArg) -> Result<usize, BufferError> {
    Ok(validate_number(arg, "size", Some(0.0), Some(K_MAX_LENGTH))?.trunc() as usize)
}

/// The start/end handling of `buf.toString(encoding, start, end)` when called
/// with arguments. `start` is `ToNumber(start)` (NaN for undefined); `end` is
/// `None` for undefined. Returns `None` for an empty result.
pub fn to_string_range(len: usize, start: f64, end: Option<f64>) -> Option<(usize, usize)> {
    let len_f = len as f64;
    let start = if start <= 0.0 {
        0.0
    } else if start >= len_f {
        return None;
    } else {
        nan_to_zero(start.trunc())
    };
    let end = match end {
        None => len_f,
        Some(e) if e > len_f => len_f,
        Some(e) => nan_to_zero(e.trunc()),
    };
    if end <= start {
        None
    } else {
        Some((start as usize, end as usize))
    }
}

fn nan_to_zero(x: f64) -> f64 {
    if x.is_nan() { 0.0 } else { x }
}

/// lib/buffer.js `adjustOffset`: a `subarray`/`slice` bound. `offset` is
/// `ToNumber(arg)` (NaN for undefined): truncated, negative counts from the
/// end, clamped to `0..=len`.
pub fn adjust_offset(offset: f64, len: usize) -> usize {
    let offset = offset.trunc();
    let len_f = len as f64;
    if offset == 0.0 || offset.is_nan() {
        0
    } else if offset < 0.0 {
        let o = offset + len_f;
        if o > 0.0 { o as usize } else { 0 }
    } else if offset < len_f {
        offset as usize
    } else {
        len
    }
}

/// `buf.subarray(start, end)` / `buf.slice`: `(begin, end)` in the buffer,
/// `end >= begin`. `end` is `None` for undefined.
pub fn subarray_range(len: usize, start: f64, end: Option<f64>) -> (usize, usize) {
    let s = adjust_offset(start, len);
    let e = end.map_or(len, |e| adjust_offset(e, len));
    (s, e.max(s))
}

/// `Buffer.from(arrayBuffer, byteOffset, length)` (`fromArrayBuffer` then the
/// `Uint8Array` constructor): `(offset, length)` of the view. `byte_offset`
/// and `length` are `ToNumber` of the arguments, `None` for undefined.
pub fn array_buffer_range(
    ab_len: usize,
    byte_offset: Option<f64>,
    length: Option<f64>,
) -> Result<(usize, usize), BufferError> {
    let off = byte_offset.map_or(0.0, nan_to_zero);
    let max_length = ab_len as f64 - off;
    if max_length < 0.0 {
        return Err(BufferError::BufferOutOfBounds {
            name: Some("offset".into()),
        });
    }
    let len = match length {
        None => max_length,
        Some(l) if l > 0.0 => {
            if l > max_length {
                return Err(BufferError::BufferOutOfBounds {
                    name: Some("length".into()),
                });
            }
            l
        }
        Some(_) => 0.0,
    };
    // new Uint8Array(buffer, byteOffset, length): ToIndex on both.
    let off_i = off.trunc();
    if off_i < 0.0 {
        return Err(BufferError::V8RangeError {
            message: format!(
                "Start offset {} is outside the bounds of the buffer",
                js_number_to_string(off_i)
            ),
        });
    }
    let len_i = len.trunc();
    if off_i + len_i > ab_len as f64 {
        return Err(BufferError::V8RangeError {
            message: format!("Invalid typed array length: {}", js_number_to_string(len_i)),
        });
    }
    Ok((off_i as usize, len_i as usize))
}

/// What `buf.fill(value, …)` fills with, after Node's argument juggling.
#[derive(Clone, Copy, Debug)]
pub enum FillValue<'a> {
    /// A number (or any non-string, non-view value): `ToUint8(ToNumber(value))`
    /// (use [`super::number::to_uint8`]).
    Byte(u8),
    /// A `Buffer`/`Uint8Array` (any `ArrayBufferView`'s bytes) to repeat.
    Bytes(&'a [u8]),
    /// A string in an encoding.
    Str(&'a [u16], Encoding),
}

/// The `offset`/`end` checks of `buf.fill` (lib/buffer.js `_fill`), once the
/// string overloads are sorted out: `None` means there is nothing to fill
/// (`offset >= end`).
pub fn fill_range(
    len: usize,
    offset: &JsArg,
    end: &JsArg,
) -> Result<Option<(usize, usize)>, BufferError> {
    if offset.is_undefined() {
        return Ok(if len == 0 { None } else { Some((0, len)) });
    }
    let start = validate_offset(offset, "offset", K_MAX_LENGTH)?;
    let end = if end.is_undefined() {
        len
    } else {
        validate_offset(end, "end", len as f64)?
    };
    Ok(if start >= end {
        None
    } else {
        Some((start, end))
    })
}

/// Fills `buf[start..end]` as `buf.fill` does. A string pattern follows
/// Node's fast paths (`''` is 0; a single char below 128 in utf8, or any
/// single char in latin1, is its low byte); otherwise the encoded string is
/// repeated, cut wherever `end` falls (even mid-character). utf8 and utf16le
/// encode the whole string; the other encodings decode into the range, so
/// `'abc'` hex fills with `ab`. A pattern that yields no bytes is
/// ERR_INVALID_ARG_VALUE; for [`FillValue::Bytes`] its `inspected` text is
/// `<Buffer >`, which a runtime filling from another view type may replace.
pub fn fill(
    buf: &mut [u8],
    value: FillValue<'_>,
    start: usize,
    end: usize,
) -> Result<(), BufferError> {
    let end = end.min(buf.len());
    if start >= end {
        return Ok(());
    }
    let region = &mut buf[start..end];
    let written = match value {
        FillValue::Byte(b) => {
            region.fill(b);
            return Ok(());
        }
        FillValue::Bytes(bytes) => {
            let n = bytes.len().min(region.len());
            region[..n].copy_from_slice(&bytes[..n]);
            if bytes.is_empty() {
                return Err(BufferError::InvalidArgValue {
                    name: "value".into(),
                    inspected: "<Buffer >".into(),
                });
            }
            bytes.len()
        }
        FillValue::Str(units, enc) => {
            if units.is_empty() {
                region.fill(0);
                return Ok(());
            }
            if units.len() == 1
                && (enc == Encoding::Latin1 || (enc == Encoding::Utf8 && units[0] < 128))
            {
                region.fill(units[0] as u8);
                return Ok(());
            }
            let n = match enc {
                Encoding::Utf8 | Encoding::Utf16le => {
                    let bytes = codec::encode(units, enc);
                    let n = bytes.len().min(region.len());
                    region[..n].copy_from_slice(&bytes[..n]);
                    bytes.len()
                }
                _ => codec::write(region, units, enc),
            };
            if n == 0 {
                return Err(BufferError::InvalidArgValue {
                    name: "value".into(),
                    inspected: inspect_string(units),
                });
            }
            n
        }
    };
    // Repeat the first `written` bytes over the rest of the range.
    let mut filled = written.min(region.len());
    while filled < region.len() {
        let chunk = filled.min(region.len() - filled);
        region.copy_within(0..chunk, filled);
        filled += chunk;
    }
    Ok(())
}

/// The byteOffset coercion of `bidirectionalIndexOf` (lib/buffer.js) plus the
/// C++ `args[2].As<Integer>()->Value()` truncation. `byte_offset` is
/// `ToNumber(byteOffset)`, NaN for undefined or non-numeric; NaN means the
/// whole buffer (0 forward, `len` backward).
pub fn index_of_start(byte_offset: f64, len: usize, forward: bool) -> i64 {
    let o = byte_offset.clamp(-2_147_483_648.0, 2_147_483_647.0);
    if byte_offset.is_nan() {
        return if forward { 0 } else { len as i64 };
    }
    o.trunc() as i64
}

/// `IndexOfOffset` (src/node_buffer.cc): where a search starts, or -1 when
/// nothing can match.
fn search_start(len: usize, offset: i64, needle_len: usize, forward: bool) -> i64 {
    let len = len as i64;
    let needle_len = needle_len as i64;
    if offset < 0 {
        if offset + len >= 0 {
            len + offset
        } else if forward || needle_len == 0 {
            0
        } else {
            -1
        }
    } else if offset + needle_len <= len {
        offset
    } else if needle_len == 0 {
        len
    } else if forward {
        -1
    } else {
        len - 1
    }
}

/// `nbytes::SearchString`: first match at or after `start` (forward) or last
/// match starting at or before `start` (backward); `None` if there is none.
fn search<T: PartialEq>(hay: &[T], needle: &[T], start: usize, forward: bool) -> Option<usize> {
    if hay.len() < needle.len() || needle.is_empty() {
        return None;
    }
    let diff = hay.len() - needle.len();
    let matches = |p: usize| hay[p..p + needle.len()] == *needle;
    if forward {
        (start..=diff).find(|&p| matches(p))
    } else {
        (0..=start.min(diff)).rev().find(|&p| matches(p))
    }
}

fn to_units(bytes: &[u8]) -> Vec<u16> {
    bytes
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect()
}

/// `buf.indexOf(number)` / `lastIndexOf(number)` (C++ `IndexOfNumber`):
/// `needle` is `value >>> 0`; only its low byte is looked for (memchr).
pub fn index_of_byte(hay: &[u8], needle: u32, start: i64, forward: bool) -> i64 {
    let at = search_start(hay.len(), start, 1, forward);
    if at < 0 || hay.is_empty() {
        return -1;
    }
    let at = at as usize;
    let b = needle as u8;
    let found = if forward {
        hay[at..].iter().position(|&x| x == b).map(|p| p + at)
    } else {
        hay[..=at].iter().rposition(|&x| x == b)
    };
    found.map_or(-1, |p| p as i64)
}

/// `buf.indexOf(bytes)` for a Buffer/Uint8Array needle, and for string needles
/// in ascii/latin1-less encodings (C++ `IndexOfBuffer`). With `ucs2` (an
/// explicit `ucs2`/`utf16le` encoding) the search runs over whole 16-bit units
/// from `offset / 2`, and — as in Node — a miss on an odd-length haystack
/// reports `len - 1` instead of -1.
pub fn index_of_bytes(hay: &[u8], needle: &[u8], start: i64, forward: bool, ucs2: bool) -> i64 {
    let at = search_start(hay.len(), start, needle.len(), forward);
    if needle.is_empty() {
        return at;
    }
    if hay.is_empty() || at < 0 {
        return -1;
    }
    let at = at as usize;
    if (forward && needle.len() + at > hay.len()) || needle.len() > hay.len() {
        return -1;
    }
    let result = if ucs2 {
        if hay.len() < 2 || needle.len() < 2 {
            return -1;
        }
        let h = to_units(hay);
        let n = to_units(needle);
        search(&h, &n, at / 2, forward).unwrap_or(h.len()) * 2
    } else {
        search(hay, needle, at, forward).unwrap_or(hay.len())
    };
    if result == hay.len() {
        -1
    } else {
        result as i64
    }
}

/// `buf.indexOf(string, byteOffset, encoding)` and `lastIndexOf`/`includes`
/// (C++ `IndexOfString` for utf8/utf16le/latin1; the other encodings decode
/// the needle to bytes and use [`index_of_bytes`]). `start` comes from
/// [`index_of_start`].
pub fn index_of_string(
    hay: &[u8],
    needle: &[u16],
    enc: Encoding,
    start: i64,
    forward: bool,
) -> i64 {
    match enc {
        Encoding::Ascii | Encoding::Base64 | Encoding::Base64url | Encoding::Hex => {
            index_of_bytes(hay, &codec::encode(needle, enc), start, forward, false)
        }
        Encoding::Utf8 | Encoding::Latin1 => {
            // Latin1 keeps the low byte of each unit, like WriteOneByte.
            let bytes = codec::encode(needle, enc);
            index_of_bytes(hay, &bytes, start, forward, false)
        }
        Encoding::Utf16le => {
            // The haystack is rounded down to whole units first.
            let hay = &hay[..hay.len() & !1];
            let at = search_start(hay.len(), start, needle.len().saturating_mul(2), forward);
            if needle.is_empty() {
                return at;
            }
            if hay.is_empty() || at < 0 {
                return -1;
            }
            let at = at as usize;
            let nlen = needle.len().saturating_mul(2);
            if (forward && nlen + at > hay.len()) || nlen > hay.len() || hay.len() < 2 {
                return -1;
            }
            let h = to_units(hay);
            match search(&h, needle, at / 2, forward) {
                Some(p) => (p * 2) as i64,
                None => -1,
            }
        }
    }
}

/// `memcmp` normalised to -1/0/1, shorter-is-less on a common prefix
/// (`Buffer.compare`, `buf.compare(target)`, `buf.equals`).
pub fn compare(a: &[u8], b: &[u8]) -> i32 {
    match a.cmp(b) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

/// `buf.compare(target, targetStart, targetEnd, sourceStart, sourceEnd)` with
/// at least one range argument (undefined ones as [`JsArg::Undefined`]).
pub fn compare_ranges(
    source: &[u8],
    target: &[u8],
    target_start: &JsArg,
    target_end: &JsArg,
    source_start: &JsArg,
    source_end: &JsArg,
) -> Result<i32, BufferError> {
    let ts = if target_start.is_undefined() {
        0
    } else {
        validate_offset(target_start, "targetStart", K_MAX_LENGTH)?
    };
    let te = if target_end.is_undefined() {
        target.len()
    } else {
        validate_offset(target_end, "targetEnd", target.len() as f64)?
    };
    let ss = if source_start.is_undefined() {
        0
    } else {
        validate_offset(source_start, "sourceStart", K_MAX_LENGTH)?
    };
    let se = if source_end.is_undefined() {
        source.len()
    } else {
        validate_offset(source_end, "sourceEnd", source.len() as f64)?
    };
    if ss >= se {
        return Ok(if ts >= te { 0 } else { -1 });
    }
    if ts >= te {
        return Ok(1);
    }
    // Both ranges are inside their buffers here: ss < se <= len, ts < te <= len.
    Ok(compare(&source[ss..se], &target[ts..te]))
}

/// What `buf.copy(target, targetStart, sourceStart, sourceEnd)` copies
/// (lib/buffer.js `_copy`/`_copyActual`): `(target_start, source_start, count)`,
/// count 0 meaning nothing. Arguments are `ToNumber`ed, `None` for undefined;
/// non-integers go through `toInteger` (floor; NaN or beyond ±2**53 → 0).
/// The caller moves the bytes (they may overlap: use `copy_within` semantics).
pub fn copy_plan(
    source_len: usize,
    target_len: usize,
    target_start: Option<f64>,
    source_start: Option<f64>,
    source_end: Option<f64>,
) -> Result<(usize, usize, usize), BufferError> {
    fn to_integer(x: f64) -> f64 {
        if is_integer(x) {
            x
        } else if !x.is_nan() && (-MAX_SAFE_INTEGER..=MAX_SAFE_INTEGER).contains(&x) {
            x.floor()
        } else {
            0.0
        }
    }
    let ts = match target_start {
        None => 0.0,
        Some(v) => {
            let v = to_integer(v);
            if v < 0.0 {
                return Err(BufferError::out_of_range(
                    "targetStart",
                    ">= 0",
                    JsArg::Number(v),
                ));
            }
            v
        }
    };
    let ss = match source_start {
        None => 0.0,
        Some(v) => {
            let v = to_integer(v);
            if v < 0.0 || v > source_len as f64 {
                return Err(BufferError::out_of_range(
                    "sourceStart",
                    format!(">= 0 && <= {source_len}"),
                    JsArg::Number(v),
                ));
            }
            v
        }
    };
    let se = match source_end {
        None => source_len as f64,
        Some(v) => {
            let v = to_integer(v);
            if v < 0.0 {
                return Err(BufferError::out_of_range(
                    "sourceEnd",
                    ">= 0",
                    JsArg::Number(v),
                ));
            }
            v
        }
    };
    if ts >= target_len as f64 || ss >= se {
        return Ok((0, 0, 0));
    }
    let (ts, ss) = (ts as usize, ss as usize);
    let se = se.min(source_len as f64) as usize;
    let count = (se - ss).min(target_len - ts);
    Ok((ts, ss, count))
}

/// `buf.swap16()`: ERR_INVALID_BUFFER_SIZE unless the length is even.
pub fn swap16(buf: &mut [u8]) -> Result<(), BufferError> {
    swap(buf, 2, "16-bits")
}

/// `buf.swap32()`.
pub fn swap32(buf: &mut [u8]) -> Result<(), BufferError> {
    swap(buf, 4, "32-bits")
}

/// `buf.swap64()`.
pub fn swap64(buf: &mut [u8]) -> Result<(), BufferError> {
    swap(buf, 8, "64-bits")
}

fn swap(buf: &mut [u8], n: usize, bits: &'static str) -> Result<(), BufferError> {
    if !buf.len().is_multiple_of(n) {
        return Err(BufferError::InvalidBufferSize { bits });
    }
    buf.chunks_exact_mut(n).for_each(|c| c.reverse());
    Ok(())
}

/// `Buffer.concat(list, totalLength)`: joins the parts, cut to or zero-padded
/// to `total` when given (the caller validates it with
/// `validate_offset(arg, "length", K_MAX_LENGTH)`).
pub fn concat(parts: &[&[u8]], total: Option<usize>) -> Vec<u8> {
    let natural: usize = parts
        .iter()
        .map(|p| p.len())
        .fold(0usize, |a, b| a.saturating_add(b));
    let total = total.unwrap_or(natural);
    let mut out = Vec::with_capacity(total);
    for p in parts {
        let room = total - out.len();
        if room == 0 {
            break;
        }
        out.extend_from_slice(&p[..p.len().min(room)]);
    }
    out.resize(total, 0);
    out
}
