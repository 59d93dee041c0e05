//! The numeric accessors: `buf.readUInt8` … `buf.writeDoubleBE`, with the
//! argument checks and error messages of lib/internal/buffer.js.
//!
//! Offsets arrive as [`JsArg`] because the checks depend on the JS type and
//! value (`validateNumber`, `buf[offset] === undefined`, `boundsError`).
//! Fixed-width methods have `offset = 0` as a JS default parameter, so a
//! [`JsArg::Undefined`] offset means 0 there; the variable-width ones
//! (`readUIntLE(offset, byteLength)` …) have no default and reject it.
//! Values to write are numbers already converted with `+value` (`ToNumber`),
//! or BigInts as decimal text.

use super::error::{BufferError, JsArg};
use super::number::{is_integer, js_number_to_string, to_uint8, to_uint32};

/// Byte order of a multi-byte accessor (`…LE` / `…BE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endian {
    Little,
    Big,
}

/// `validateNumber(value, name)` with no bounds: the argument must be a number.
fn require_number(arg: &JsArg, name: &str) -> Result<f64, BufferError> {
    arg.number()
        .ok_or_else(|| BufferError::invalid_arg_type(name, &["number"], arg.clone()))
}

/// `boundsError(value, length, type)` (lib/internal/buffer.js): a non-integer
/// is "an integer" error (after `validateNumber` if it is not even a number),
/// a negative `length` means the buffer is too small for the access at all,
/// otherwise the value is out of `>= 0 and <= length` (`>= 1` for `byteLength`).
fn bounds_error(value: &JsArg, length: i64, name: Option<&str>) -> BufferError {
    let shown = name.unwrap_or("offset");
    let n = match value.number() {
        Some(n) => n,
        // MathFloor(value) !== value for any non-number; validateNumber throws.
        None => return BufferError::invalid_arg_type(shown, &["number"], value.clone()),
    };
    if n.floor() != n {
        // NaN and fractions (Infinity floors to itself and falls through).
        return BufferError::out_of_range(shown, "an integer", value.clone());
    }
    if length < 0 {
        return BufferError::BufferOutOfBounds { name: None };
    }
    let lower = if name.is_some() { 1 } else { 0 };
    BufferError::out_of_range(shown, format!(">= {lower} and <= {length}"), value.clone())
}

/// The `buf[offset] === undefined || buf[offset + width - 1] === undefined`
/// test: is `offset` an integer index with `width` bytes available?
fn index_of_access(len: usize, offset: f64, width: usize) -> Option<usize> {
    // -0 is index 0 (`buf[-0]` reads `buf["0"]`).
    if is_integer(offset) && offset >= 0.0 && offset + (width as f64 - 1.0) < len as f64 {
        Some(offset as usize)
    } else {
        None
    }
}

fn offset_arg(offset: &JsArg, default_zero: bool) -> JsArg {
    if default_zero && offset.is_undefined() {
        JsArg::Number(0.0)
    } else {
        offset.clone()
    }
}

/// `checkBounds(buf, offset, width - 1)`: validateNumber then the index test.
fn check_bounds(len: usize, offset: &JsArg, width: usize) -> Result<usize, BufferError> {
    let n = require_number(offset, "offset")?;
    index_of_access(len, n, width)
        .ok_or_else(|| bounds_error(offset, len as i64 - width as i64, None))
}

/// The `byteLength` dispatch of `readUIntLE` & co.: exactly 1..=6.
fn byte_length_arg(byte_length: &JsArg) -> Result<usize, BufferError> {
    match byte_length.number() {
        Some(n) if is_integer(n) && (1.0..=6.0).contains(&n) => Ok(n as usize),
        _ => Err(bounds_error(byte_length, 6, Some("byteLength"))),
    }
}

fn gather(bytes: &[u8], endian: Endian) -> u64 {
    let mut v = 0u64;
    match endian {
        Endian::Big => bytes.iter().for_each(|&b| v = (v << 8) | u64::from(b)),
        Endian::Little => bytes
            .iter()
            .rev()
            .for_each(|&b| v = (v << 8) | u64::from(b)),
    }
    v
}

fn scatter(dst: &mut [u8], le_bytes: &[u8], endian: Endian) {
    let w = dst.len();
    for (i, &b) in le_bytes.iter().take(w).enumerate() {
        match endian {
            Endian::Little => dst[i] = b,
            Endian::Big => dst[w - 1 - i] = b,
        }
    }
}

fn read_raw(
    buf: &[u8],
    offset: &JsArg,
    width: usize,
    endian: Endian,
    default_zero: bool,
) -> Result<u64, BufferError> {
    let at = check_bounds(buf.len(), &offset_arg(offset, default_zero), width)?;
    Ok(gather(&buf[at..at + width], endian))
}

fn sign_extend(v: u64, width: usize) -> i64 {
    let shift = 64 - 8 * width as u32;
    ((v << shift) as i64) >> shift
}

/// `readUInt8` / `readUInt16LE|BE` / `readUInt32LE|BE` (and their `Uint`
/// aliases): `width` is 1, 2 or 4 (3, 5, 6 also work, as the internal
/// 24/40/48-bit readers). A missing offset is 0.
pub fn read_uint(
    buf: &[u8],
    offset: &JsArg,
    width: usize,
    endian: Endian,
) -> Result<f64, BufferError> {
    Ok(read_raw(buf, offset, width.clamp(1, 6), endian, true)? as f64)
}

/// `readInt8` / `readInt16LE|BE` / `readInt32LE|BE`.
pub fn read_int(
    buf: &[u8],
    offset: &JsArg,
    width: usize,
    endian: Endian,
) -> Result<f64, BufferError> {
    let width = width.clamp(1, 6);
    Ok(sign_extend(read_raw(buf, offset, width, endian, true)?, width) as f64)
}

/// `readUIntLE(offset, byteLength)` / `readUIntBE`: `offset === undefined` is
/// an ERR_INVALID_ARG_TYPE first, then `byteLength` must be 1..=6.
pub fn read_uint_var(
    buf: &[u8],
    offset: &JsArg,
    byte_length: &JsArg,
    endian: Endian,
) -> Result<f64, BufferError> {
    if offset.is_undefined() {
        return Err(BufferError::invalid_arg_type(
            "offset",
            &["number"],
            JsArg::Undefined,
        ));
    }
    let width = byte_length_arg(byte_length)?;
    Ok(read_raw(buf, offset, width, endian, false)? as f64)
}

/// `readIntLE(offset, byteLength)` / `readIntBE`.
pub fn read_int_var(
    buf: &[u8],
    offset: &JsArg,
    byte_length: &JsArg,
    endian: Endian,
) -> Result<f64, BufferError> {
    if offset.is_undefined() {
        return Err(BufferError::invalid_arg_type(
            "offset",
            &["number"],
            JsArg::Undefined,
        ));
    }
    let width = byte_length_arg(byte_length)?;
    Ok(sign_extend(read_raw(buf, offset, width, endian, false)?, width) as f64)
}

/// `readBigUInt64LE|BE` (alias `readBigUint64…`).
pub fn read_big_u64(buf: &[u8], offset: &JsArg, endian: Endian) -> Result<u64, BufferError> {
    read_raw(buf, offset, 8, endian, true)
}

/// `readBigInt64LE|BE`.
pub fn read_big_i64(buf: &[u8], offset: &JsArg, endian: Endian) -> Result<i64, BufferError> {
    Ok(read_raw(buf, offset, 8, endian, true)? as i64)
}

/// `readFloatLE|BE`: the f32 widened to a JS number.
pub fn read_f32(buf: &[u8], offset: &JsArg, endian: Endian) -> Result<f64, BufferError> {
    Ok(f64::from(f32::from_bits(
        read_raw(buf, offset, 4, endian, true)? as u32,
    )))
}

/// `readDoubleLE|BE`.
pub fn read_f64(buf: &[u8], offset: &JsArg, endian: Endian) -> Result<f64, BufferError> {
    Ok(f64::from_bits(read_raw(buf, offset, 8, endian, true)?))
}

/// The allowed range of an integer write and Node's text for it (`checkInt`).
fn int_limits(width: usize, signed: bool) -> (f64, f64, String) {
    let bits = 8 * width as i32;
    let (min, max) = if signed {
        (-(2f64.powi(bits - 1)), 2f64.powi(bits - 1) - 1.0)
    } else {
        (0.0, 2f64.powi(bits) - 1.0)
    };
    let text = if width > 4 {
        if signed {
            format!(">= -(2 ** {}) and < 2 ** {}", bits - 1, bits - 1)
        } else {
            format!(">= 0 and < 2 ** {bits}")
        }
    } else {
        format!(
            ">= {} and <= {}",
            js_number_to_string(min),
            js_number_to_string(max)
        )
    };
    (min, max, text)
}

/// The bytes `writeU_IntNN` stores, least significant first: the low 32 bits
/// go through `value >>> 8` shifts (ToUint32), the bytes above through
/// `Math.floor(value * 2 ** -32)`; each store into the Uint8Array is ToUint8.
fn int_bytes_le(value: f64) -> [u8; 6] {
    let lo = to_uint32(value).to_le_bytes();
    let hi = (value * 2f64.powi(-32)).floor();
    [
        lo[0],
        lo[1],
        lo[2],
        lo[3],
        to_uint8(hi),
        (to_uint32(hi) >> 8) as u8,
    ]
}

fn write_int_impl(
    buf: &mut [u8],
    value: f64,
    offset: &JsArg,
    width: usize,
    signed: bool,
    endian: Endian,
    default_zero: bool,
) -> Result<usize, BufferError> {
    let offset = offset_arg(offset, default_zero);
    let (min, max, range) = int_limits(width, signed);
    if width == 1 {
        // writeU_Int8 validates the offset's type before the value.
        require_number(&offset, "offset")?;
    }
    if value > max || value < min {
        return Err(BufferError::out_of_range(
            "value",
            range,
            JsArg::Number(value),
        ));
    }
    let at = check_bounds(buf.len(), &offset, width)?;
    scatter(&mut buf[at..at + width], &int_bytes_le(value), endian);
    Ok(at + width)
}

/// `writeUInt8` / `writeUInt16LE|BE` / `writeUInt32LE|BE` (and `Uint`
/// aliases). Returns the offset after the written bytes.
pub fn write_uint(
    buf: &mut [u8],
    value: f64,
    offset: &JsArg,
    width: usize,
    endian: Endian,
) -> Result<usize, BufferError> {
    write_int_impl(buf, value, offset, width.clamp(1, 6), false, endian, true)
}

/// `writeInt8` / `writeInt16LE|BE` / `writeInt32LE|BE`.
pub fn write_int(
    buf: &mut [u8],
    value: f64,
    offset: &JsArg,
    width: usize,
    endian: Endian,
) -> Result<usize, BufferError> {
    write_int_impl(buf, value, offset, width.clamp(1, 6), true, endian, true)
}

/// `writeUIntLE(value, offset, byteLength)` / `writeUIntBE`: `byteLength` is
/// checked first, and `offset` has no default.
pub fn write_uint_var(
    buf: &mut [u8],
    value: f64,
    offset: &JsArg,
    byte_length: &JsArg,
    endian: Endian,
) -> Result<usize, BufferError> {
    let width = byte_length_arg(byte_length)?;
    write_int_impl(buf, value, offset, width, false, endian, false)
}

/// `writeIntLE(value, offset, byteLength)` / `writeIntBE`.
pub fn write_int_var(
    buf: &mut [u8],
    value: f64,
    offset: &JsArg,
    byte_length: &JsArg,
    endian: Endian,
) -> Result<usize, BufferError> {
    let width = byte_length_arg(byte_length)?;
    write_int_impl(buf, value, offset, width, true, endian, false)
}

/// Parses a BigInt's decimal text; `None` if it does not fit in an i128
/// (then it is out of any 64-bit range anyway).
fn parse_bigint(text: &str) -> Option<i128> {
    let t = text.trim();
    let (neg, digits) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v: i128 = digits.parse().ok()?;
    Some(if neg { -v } else { v })
}

/// `writeBigUInt64LE|BE` / `writeBigInt64LE|BE` (and `Uint` aliases), the
/// value given as BigInt decimal text (`String(value)`). Returns the offset
/// after the written bytes.
pub fn write_big64(
    buf: &mut [u8],
    value: &str,
    offset: &JsArg,
    signed: bool,
    endian: Endian,
) -> Result<usize, BufferError> {
    let (min, max, range) = if signed {
        (
            i128::from(i64::MIN),
            i128::from(i64::MAX),
            ">= -(2n ** 63n) and < 2n ** 63n",
        )
    } else {
        (0, i128::from(u64::MAX), ">= 0n and < 2n ** 64n")
    };
    let v = parse_bigint(value)
        .filter(|v| (min..=max).contains(v))
        .ok_or_else(|| {
            BufferError::out_of_range("value", range, JsArg::BigInt(value.trim().to_string()))
        })?;
    let at = check_bounds(buf.len(), &offset_arg(offset, true), 8)?;
    scatter(&mut buf[at..at + 8], &(v as u64).to_le_bytes(), endian);
    Ok(at + 8)
}

/// `writeFloatLE|BE`: rounds to f32 (NaN stored as 0x7FC00000). Only the
/// offset is checked.
pub fn write_f32(
    buf: &mut [u8],
    value: f64,
    offset: &JsArg,
    endian: Endian,
) -> Result<usize, BufferError> {
    let at = check_bounds(buf.len(), &offset_arg(offset, true), 4)?;
    let bits = if value.is_nan() {
        0x7FC0_0000
    } else {
        (value as f32).to_bits()
    };
    scatter(&mut buf[at..at + 4], &bits.to_le_bytes(), endian);
    Ok(at + 4)
}

/// `writeDoubleLE|BE` (NaN stored as 0x7FF8000000000000).
pub fn write_f64(
    buf: &mut [u8],
    value: f64,
    offset: &JsArg,
    endian: Endian,
) -> Result<usize, BufferError> {
    let at = check_bounds(buf.len(), &offset_arg(offset, true), 8)?;
    let bits = if value.is_nan() {
        0x7FF8_0000_0000_0000
    } else {
        value.to_bits()
    };
    scatter(&mut buf[at..at + 8], &bits.to_le_bytes(), endian);
    Ok(at + 8)
}
