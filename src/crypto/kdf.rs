//! Key derivation: PBKDF2, scrypt and HKDF as OpenSSL 3 does them for Node 20, with what each
//! job costs on a pool thread (the callback forms deliver their result when it would be done).

use hmac::SimpleHmac;

use super::hash::{Algo, with_digest};

/// A failed scrypt parameter check, as OpenSSL's `scrypt_alg` reports it.
#[derive(Debug, PartialEq, Eq)]
pub enum ScryptError {
    /// N not a power of two above 1, or r or p zero: no OpenSSL error is queued.
    Params,
    /// `EVP_R_MEMORY_LIMIT_EXCEEDED`.
    MemoryLimit,
}

/// Derived keys above this size are refused: a playground has no use for them and the
/// allocation must not abort the run.
const MAX_OUTPUT: usize = 1 << 26;
/// The most memory looplab lets one scrypt use (Node's limit is the caller's `maxmem`).
const MAX_SCRYPT_MEMORY: u64 = 1 << 28;

/// PBKDF2-HMAC, or `None` for a digest without an HMAC.
pub fn pbkdf2(
    algo: Algo,
    password: &[u8],
    salt: &[u8],
    iterations: u32,
    len: usize,
) -> Option<Vec<u8>> {
    let mut out = vec![0; len.min(MAX_OUTPUT)];
    if out.is_empty() {
        return Some(out);
    }
    with_digest!(algo, D => {
        pbkdf2::pbkdf2::<SimpleHmac<D>>(password, salt, iterations.max(1), &mut out).ok()?;
        Some(out)
    }, _ => None)
}

/// What a PBKDF2 job costs on a pool thread: two compressions per iteration per output block.
pub fn pbkdf2_cost_us(algo: Algo, iterations: u32, len: usize) -> u64 {
    let blocks = len.div_ceil(algo.size()).max(1) as f64;
    (20.0 + 2.0 * blocks * f64::from(iterations) * algo.block_cost_us()) as u64
}

/// OpenSSL's parameter checks (`scrypt_alg` in providers/implementations/kdfs/scrypt.c).
pub fn scrypt_check(n: u64, r: u64, p: u64, maxmem: u64) -> Result<(), ScryptError> {
    const PR_MAX: u64 = (1 << 30) - 1;
    if r == 0 || p == 0 || n < 2 || n & (n - 1) != 0 {
        return Err(ScryptError::Params);
    }
    if p > PR_MAX / r {
        return Err(ScryptError::MemoryLimit);
    }
    if 16 * r <= 63 && n >= 1u64 << (16 * r) {
        return Err(ScryptError::MemoryLimit);
    }
    let b_len = p * 128 * r;
    if b_len > i32::MAX as u64 {
        return Err(ScryptError::MemoryLimit);
    }
    if n + 2 > (u64::MAX / 128) / r {
        return Err(ScryptError::MemoryLimit);
    }
    let v_len = 128 * r * (n + 2);
    match b_len.checked_add(v_len) {
        Some(total) if total <= maxmem && total <= MAX_SCRYPT_MEMORY => Ok(()),
        _ => Err(ScryptError::MemoryLimit),
    }
}

/// scrypt, once `scrypt_check` has passed.
pub fn scrypt(
    password: &[u8],
    salt: &[u8],
    n: u64,
    r: u32,
    p: u32,
    len: usize,
) -> Result<Vec<u8>, ScryptError> {
    let mut out = vec![0; len.min(MAX_OUTPUT)];
    if out.is_empty() {
        return Ok(out);
    }
    let log_n = n.trailing_zeros() as u8;
    // The length given to `Params` is only for password hashes; the output's own length counts.
    let params = scrypt::Params::new(log_n, r, p, 32).map_err(|_| ScryptError::MemoryLimit)?;
    scrypt::scrypt(password, salt, &params, &mut out).map_err(|_| ScryptError::Params)?;
    Ok(out)
}

/// What a scrypt job costs: ROMix touches N blocks of 128·r bytes twice, p times.
pub fn scrypt_cost_us(n: u64, r: u32, p: u32) -> u64 {
    (20.0 + n as f64 * f64::from(r) * f64::from(p) * 0.33) as u64
}

/// HKDF (extract then expand), or `None` when `len` is beyond 255 digests or the digest has no
/// HMAC.
pub fn hkdf(algo: Algo, ikm: &[u8], salt: &[u8], info: &[u8], len: usize) -> Option<Vec<u8>> {
    if len > 255 * algo.size() {
        return None;
    }
    let mut out = vec![0; len];
    with_digest!(algo, D => {
        let salt = (!salt.is_empty()).then_some(salt);
        hkdf::SimpleHkdf::<D>::new(salt, ikm).expand(info, &mut out).ok()?;
        Some(out)
    }, _ => None)
}

/// What an HKDF job costs: small, like any short request.
pub fn hkdf_cost_us(algo: Algo, len: usize) -> u64 {
    let blocks = len.div_ceil(algo.size()).max(1) as f64;
    (40.0 + 4.0 * blocks * algo.block_cost_us()) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn known_answers_from_node() {
        // node -e "crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1')" (RFC 6070's first).
        let out = pbkdf2(Algo::Sha1, b"password", b"salt", 1, 20).unwrap();
        assert_eq!(hex(&out), "0c60c80f961f0e71f3a9b524af6012062fe037a6");
        let out = pbkdf2(Algo::Sha3_256, b"password", b"salt", 2, 32).unwrap();
        assert_eq!(
            hex(&out),
            "4c915baedd1773383e77fcfe38114ca7514010adec24b47290ec170208423f76"
        );
        let out = scrypt(b"password", b"salt", 16384, 8, 1, 16).unwrap();
        assert_eq!(hex(&out), "745731af4484f323968969eda289aeee");
        let out = hkdf(Algo::Sha256, b"key", b"salt", b"info", 16).unwrap();
        assert_eq!(hex(&out), "9ca0d662557439e3b83365f2da4626d3");
        assert!(hkdf(Algo::Sha256, b"k", b"", b"", 255 * 32 + 1).is_none());
    }

    #[test]
    fn scrypt_checks_as_openssl() {
        assert_eq!(scrypt_check(3, 8, 1, 32 << 20), Err(ScryptError::Params));
        assert_eq!(scrypt_check(16384, 8, 1, 1), Err(ScryptError::MemoryLimit));
        assert_eq!(scrypt_check(16384, 8, 1, 32 << 20), Ok(()));
    }
}
