//! Message digests and HMACs by OpenSSL's names: every digest Node 20's `getHashes()` lists
//! that a small RustCrypto crate provides, each name resolved as OpenSSL resolves it (any case,
//! `RSA-` and `WithRSAEncryption` aliases, `sha-256`, `sha-512/256`, `rmd160`).

use hmac::{Mac, SimpleHmac};
use sha2::Digest;

/// A digest looplab computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Algo {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sha512_224,
    Sha512_256,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
    Ripemd160,
    Blake2b512,
    Blake2s256,
    Sm3,
    /// TLS 1.0's concatenation of an MD5 and a SHA-1 digest (digest only: no HMAC here).
    Md5Sha1,
    /// The SHAKE extendable-output functions: 16 and 32 bytes unless told otherwise.
    Shake128,
    Shake256,
}

/// Node 20's `crypto.getHashes()` (OpenSSL 3's digest names), in its order.
pub const NODE_HASHES: &[&str] = &[
    "RSA-MD5",
    "RSA-RIPEMD160",
    "RSA-SHA1",
    "RSA-SHA1-2",
    "RSA-SHA224",
    "RSA-SHA256",
    "RSA-SHA3-224",
    "RSA-SHA3-256",
    "RSA-SHA3-384",
    "RSA-SHA3-512",
    "RSA-SHA384",
    "RSA-SHA512",
    "RSA-SHA512/224",
    "RSA-SHA512/256",
    "RSA-SM3",
    "blake2b512",
    "blake2s256",
    "id-rsassa-pkcs1-v1_5-with-sha3-224",
    "id-rsassa-pkcs1-v1_5-with-sha3-256",
    "id-rsassa-pkcs1-v1_5-with-sha3-384",
    "id-rsassa-pkcs1-v1_5-with-sha3-512",
    "md5",
    "md5-sha1",
    "md5WithRSAEncryption",
    "ripemd",
    "ripemd160",
    "ripemd160WithRSA",
    "rmd160",
    "sha1",
    "sha1WithRSAEncryption",
    "sha224",
    "sha224WithRSAEncryption",
    "sha256",
    "sha256WithRSAEncryption",
    "sha3-224",
    "sha3-256",
    "sha3-384",
    "sha3-512",
    "sha384",
    "sha384WithRSAEncryption",
    "sha512",
    "sha512-224",
    "sha512-224WithRSAEncryption",
    "sha512-256",
    "sha512-256WithRSAEncryption",
    "sha512WithRSAEncryption",
    "shake128",
    "shake256",
    "sm3",
    "sm3WithRSAEncryption",
    "ssl3-md5",
    "ssl3-sha1",
];

impl Algo {
    /// The algorithm OpenSSL's `EVP_get_digestbyname` finds for `name`, if looplab has it.
    pub fn by_name(name: &str) -> Option<Algo> {
        let lower = name.to_ascii_lowercase();
        let mut base = lower.as_str();
        for prefix in ["rsa-", "id-rsassa-pkcs1-v1_5-with-"] {
            if let Some(rest) = base.strip_prefix(prefix) {
                base = rest;
            }
        }
        for suffix in ["withrsaencryption", "withrsa"] {
            if let Some(rest) = base.strip_suffix(suffix) {
                base = rest;
            }
        }
        Some(match base {
            "md5" | "ssl3-md5" | "ssl2-md5" => Algo::Md5,
            "sha1" | "sha-1" | "ssl3-sha1" | "sha1-2" => Algo::Sha1,
            "sha224" | "sha-224" | "sha2-224" => Algo::Sha224,
            "sha256" | "sha-256" | "sha2-256" => Algo::Sha256,
            "sha384" | "sha-384" | "sha2-384" => Algo::Sha384,
            "sha512" | "sha-512" | "sha2-512" => Algo::Sha512,
            "sha512-224" | "sha-512/224" | "sha512/224" | "sha2-512/224" => Algo::Sha512_224,
            "sha512-256" | "sha-512/256" | "sha512/256" | "sha2-512/256" => Algo::Sha512_256,
            "sha3-224" => Algo::Sha3_224,
            "sha3-256" => Algo::Sha3_256,
            "sha3-384" => Algo::Sha3_384,
            "sha3-512" => Algo::Sha3_512,
            "ripemd160" | "ripemd" | "rmd160" | "ripemd-160" => Algo::Ripemd160,
            "blake2b512" => Algo::Blake2b512,
            "blake2s256" => Algo::Blake2s256,
            "sm3" => Algo::Sm3,
            "md5-sha1" => Algo::Md5Sha1,
            "shake128" => Algo::Shake128,
            "shake256" => Algo::Shake256,
            _ => return None,
        })
    }

    /// The digest's output size in bytes (a SHAKE's default length).
    pub fn size(self) -> usize {
        match self {
            Algo::Md5 | Algo::Shake128 => 16,
            Algo::Sha1 | Algo::Ripemd160 => 20,
            Algo::Sha224 | Algo::Sha512_224 | Algo::Sha3_224 => 28,
            Algo::Sha256 | Algo::Sha512_256 | Algo::Sha3_256 | Algo::Blake2s256 | Algo::Sm3 => 32,
            Algo::Shake256 => 32,
            Algo::Md5Sha1 => 36,
            Algo::Sha384 | Algo::Sha3_384 => 48,
            Algo::Sha512 | Algo::Sha3_512 | Algo::Blake2b512 => 64,
        }
    }

    /// Whether the digest can key an HMAC (and so a KDF): OpenSSL refuses the XOFs; looplab
    /// has no HMAC over md5-sha1.
    pub fn has_hmac(self) -> bool {
        !matches!(self, Algo::Md5Sha1 | Algo::Shake128 | Algo::Shake256)
    }

    /// Virtual microseconds one compression of a block takes on a pool thread (measured
    /// against Node 20 on x86-64: PBKDF2-SHA512's 100,000 iterations take about 47 ms).
    pub fn block_cost_us(self) -> f64 {
        match self {
            Algo::Md5 => 0.07,
            Algo::Sha1 | Algo::Ripemd160 | Algo::Md5Sha1 => 0.1,
            Algo::Sha224 | Algo::Sha256 | Algo::Sm3 | Algo::Blake2s256 => 0.1,
            _ => 0.235,
        }
    }
}

/// Runs `$body` with `$D` the RustCrypto type of a fixed-size, HMAC-able algorithm; `$other`
/// for the rest.
macro_rules! with_digest {
    ($algo:expr, $D:ident => $body:expr, _ => $other:expr) => {
        match $algo {
            Algo::Md5 => {
                type $D = md5::Md5;
                $body
            }
            Algo::Sha1 => {
                type $D = sha1::Sha1;
                $body
            }
            Algo::Sha224 => {
                type $D = sha2::Sha224;
                $body
            }
            Algo::Sha256 => {
                type $D = sha2::Sha256;
                $body
            }
            Algo::Sha384 => {
                type $D = sha2::Sha384;
                $body
            }
            Algo::Sha512 => {
                type $D = sha2::Sha512;
                $body
            }
            Algo::Sha512_224 => {
                type $D = sha2::Sha512_224;
                $body
            }
            Algo::Sha512_256 => {
                type $D = sha2::Sha512_256;
                $body
            }
            Algo::Sha3_224 => {
                type $D = sha3::Sha3_224;
                $body
            }
            Algo::Sha3_256 => {
                type $D = sha3::Sha3_256;
                $body
            }
            Algo::Sha3_384 => {
                type $D = sha3::Sha3_384;
                $body
            }
            Algo::Sha3_512 => {
                type $D = sha3::Sha3_512;
                $body
            }
            Algo::Ripemd160 => {
                type $D = ripemd::Ripemd160;
                $body
            }
            Algo::Blake2b512 => {
                type $D = blake2::Blake2b512;
                $body
            }
            Algo::Blake2s256 => {
                type $D = blake2::Blake2s256;
                $body
            }
            Algo::Sm3 => {
                type $D = sm3::Sm3;
                $body
            }
            Algo::Md5Sha1 | Algo::Shake128 | Algo::Shake256 => $other,
        }
    };
}
pub(crate) use with_digest;

/// The digest of `data`; `len` is a SHAKE's output length (ignored by the others).
pub fn digest(algo: Algo, data: &[u8], len: Option<usize>) -> Vec<u8> {
    use sha3::digest::{ExtendableOutput, Update, XofReader};
    fn xof<X: Default + Update + ExtendableOutput>(data: &[u8], len: usize) -> Vec<u8> {
        let mut x = X::default();
        x.update(data);
        let mut out = vec![0; len];
        x.finalize_xof().read(&mut out);
        out
    }
    let len = len.unwrap_or(algo.size()).min(1 << 24);
    with_digest!(algo, D => D::digest(data).to_vec(), _ => match algo {
        Algo::Shake128 => xof::<sha3::Shake128>(data, len),
        Algo::Shake256 => xof::<sha3::Shake256>(data, len),
        _ => {
            let mut out = md5::Md5::digest(data).to_vec();
            out.extend_from_slice(&sha1::Sha1::digest(data));
            out
        }
    })
}

/// The HMAC of `data` under `key`, or `None` for a digest that cannot key one.
pub fn hmac(algo: Algo, key: &[u8], data: &[u8]) -> Option<Vec<u8>> {
    fn mac<M: Mac + hmac::digest::KeyInit>(key: &[u8], data: &[u8]) -> Vec<u8> {
        // An HMAC takes a key of any length; `new_from_slice` fails only for fixed-size keys.
        match <M as hmac::digest::KeyInit>::new_from_slice(key) {
            Ok(mut m) => {
                m.update(data);
                m.finalize().into_bytes().to_vec()
            }
            Err(_) => Vec::new(),
        }
    }
    with_digest!(algo, D => Some(mac::<SimpleHmac<D>>(key, data)), _ => None)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn digests_match_openssl() {
        let abc = |name: &str| hex(&digest(Algo::by_name(name).unwrap(), b"abc", None));
        // `echo -n abc | openssl dgst -md5`, `-sha256`, ... as Node 20 prints them.
        assert_eq!(abc("MD5"), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(
            abc("sha-256"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            abc("SHA512-256"),
            "53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23"
        );
        assert_eq!(
            abc("sha3-256"),
            "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532"
        );
        assert_eq!(abc("rmd160"), "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc");
        assert_eq!(abc("shake128"), "5881092dd818bf5cf8a3ddb793fbcba7");
        assert_eq!(
            abc("sm3"),
            "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
        );
        assert_eq!(
            abc("md5-sha1"),
            "900150983cd24fb0d6963f7d28e17f72a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert!(Algo::by_name("whirlpool").is_none());
        assert!(Algo::by_name("sha512_256").is_none());
        assert_eq!(hmac(Algo::Sha256, b"k", b"").map(|v| v.len()), Some(32));
    }

    #[test]
    fn every_listed_hash_resolves() {
        for name in NODE_HASHES {
            assert!(Algo::by_name(name).is_some(), "{name}");
        }
    }
}
