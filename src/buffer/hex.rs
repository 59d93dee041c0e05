//! Hex: lowercase encoder and Node's stop-at-first-bad-pair decoder.

const DIGITS: &[u8; 16] = b"0123456789abcdef";

/// `buf.toString('hex')`: two lowercase digits per byte.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().saturating_mul(2));
    for &b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0x0F)] as char);
    }
    out
}

/// Node's `unhex_table`, applied to the low byte of the code unit (Node reads
/// two-byte strings through `static_cast<uint8_t>`, so `U+0161` reads as `a`).
#[inline]
fn unhex(u: u16) -> Option<u8> {
    let c = u as u8;
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// `hex_decode` (src/string_bytes.cc): decodes pairs into `dst` until `dst` is
/// full, the input runs out (an odd last digit is ignored), or a pair has a
/// non-hex digit; returns the bytes written.
pub fn decode_into(dst: &mut [u8], src: &[u16]) -> usize {
    let mut written = 0;
    for (slot, pair) in dst.iter_mut().zip(src.chunks_exact(2)) {
        match (unhex(pair[0]), unhex(pair[1])) {
            (Some(a), Some(b)) => *slot = (a << 4) | b,
            _ => break,
        }
        written += 1;
    }
    written
}

/// `Buffer.from(s, 'hex')`.
pub fn decode(src: &[u16]) -> Vec<u8> {
    let mut out = vec![0u8; src.len() / 2];
    let n = decode_into(&mut out, src);
    out.truncate(n);
    out
}
