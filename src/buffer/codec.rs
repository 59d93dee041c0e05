//! String ⇄ bytes for every [`Encoding`], as `Buffer.from(string, enc)`,
//! `buf.write`, `buf.toString` and `Buffer.byteLength` do it.
//!
//! JS strings are passed as UTF-16 code units because they may hold lone
//! surrogates; results meant to become JS strings are returned the same way.

use super::encoding::Encoding;
use super::{base64, hex, utf8};

/// `Buffer.byteLength(string, encoding)`: utf8 is exact (lone surrogates
/// count 3), utf16le is 2 per unit, latin1/ascii 1 per unit, hex is
/// `length >>> 1` and base64/base64url use Node's padding-aware estimate,
/// which counts whitespace and junk (so it may exceed what decoding yields).
pub fn byte_length(units: &[u16], enc: Encoding) -> usize {
    match enc {
        Encoding::Utf8 => utf8::utf8_length(units),
        Encoding::Utf16le => units.len().saturating_mul(2),
        Encoding::Latin1 | Encoding::Ascii => units.len(),
        Encoding::Hex => units.len() / 2,
        Encoding::Base64 | Encoding::Base64url => base64::byte_length(units),
    }
}

/// `Buffer.from(string, encoding)`: the bytes of the whole string.
///
/// - utf8: lone surrogates become `EF BF BD`;
/// - utf16le: each unit little-endian;
/// - latin1 and ascii: the low byte of each unit (ascii does not mask);
/// - hex: pairs until the first non-hex pair, an odd last digit dropped;
/// - base64/base64url: either alphabet, junk skipped, stops at `=`.
pub fn encode(units: &[u16], enc: Encoding) -> Vec<u8> {
    match enc {
        Encoding::Utf8 => utf8::encode_utf8(units),
        Encoding::Utf16le => units.iter().flat_map(|u| u.to_le_bytes()).collect(),
        Encoding::Latin1 | Encoding::Ascii => units.iter().map(|&u| u as u8).collect(),
        Encoding::Hex => hex::decode(units),
        Encoding::Base64 | Encoding::Base64url => base64::decode(units),
    }
}

/// `buf.write(string, offset, length, encoding)` once the target range is
/// known: writes into `dst` (the `length` bytes at `offset`) and returns the
/// bytes written. utf8 writes only whole characters; utf16le only whole
/// units; hex and base64 stop when `dst` is full.
pub fn write(dst: &mut [u8], units: &[u16], enc: Encoding) -> usize {
    if dst.is_empty() {
        return 0;
    }
    match enc {
        Encoding::Utf8 => utf8::encode_utf8_into(units, dst).1,
        Encoding::Utf16le => {
            let n = units.len().min(dst.len() / 2);
            for (slot, u) in dst.chunks_exact_mut(2).zip(&units[..n]) {
                slot.copy_from_slice(&u.to_le_bytes());
            }
            n * 2
        }
        Encoding::Latin1 | Encoding::Ascii => {
            let n = units.len().min(dst.len());
            for (slot, &u) in dst.iter_mut().zip(&units[..n]) {
                *slot = u as u8;
            }
            n
        }
        Encoding::Hex => hex::decode_into(dst, units),
        Encoding::Base64 | Encoding::Base64url => base64::decode_into(dst, units),
    }
}

/// `buf.toString(encoding)` of a byte range, as UTF-16 code units:
///
/// - utf8: WHATWG decoding, U+FFFD per maximal ill-formed subpart, BOM kept;
/// - utf16le: little-endian units, a trailing odd byte dropped, unpaired
///   surrogates kept as they are;
/// - latin1: one char per byte; ascii: the same with the top bit cleared;
/// - hex: lowercase; base64: padded; base64url: unpadded.
pub fn decode(bytes: &[u8], enc: Encoding) -> Vec<u16> {
    match enc {
        Encoding::Utf8 => utf8::decode_utf8(bytes),
        Encoding::Utf16le => bytes
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect(),
        Encoding::Latin1 => bytes.iter().map(|&b| u16::from(b)).collect(),
        Encoding::Ascii => bytes.iter().map(|&b| u16::from(b & 0x7F)).collect(),
        Encoding::Hex => hex::encode(bytes).encode_utf16().collect(),
        Encoding::Base64 => base64::encode(bytes, false).encode_utf16().collect(),
        Encoding::Base64url => base64::encode(bytes, true).encode_utf16().collect(),
    }
}

/// [`decode`] as a Rust `String` (lone surrogates become U+FFFD), for
/// callers that do not need exact JS strings.
pub fn decode_lossy(bytes: &[u8], enc: Encoding) -> String {
    String::from_utf16_lossy(&decode(bytes, enc))
}

/// A Rust string as JS code units.
pub fn units(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}
