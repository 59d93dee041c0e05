//! The natives behind `src/js/crypto.js`: message digests and HMACs by the RustCrypto crates
//! (md5, sha1, sha224, sha256, sha384, sha512), and random bytes from a generator seeded the
//! same way in every run (a run is deterministic; random values are never part of a recorded
//! expectation, and a playground needs no secrets).

use boa_engine::object::builtins::{AlignedVec, JsArrayBuffer, JsUint8Array};
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue};
use hmac::{Hmac, Mac};
use sha2::Digest;

/// The digests `getHashes()` lists, in Node's (OpenSSL's) lower-case names.
pub const HASHES: [&str; 6] = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];

pub(crate) fn arg(args: &[JsValue], i: usize) -> JsValue {
    args.get(i).cloned().unwrap_or_default()
}

/// The digest of `data` by the algorithm named `name` (any case, `RSA-` prefixes and
/// `sha-256` spellings as OpenSSL accepts them), or `None` for one looplab does not have.
pub fn digest(name: &str, data: &[u8]) -> Option<Vec<u8>> {
    Some(match canonical(name)? {
        "md5" => md5::Md5::digest(data).to_vec(),
        "sha1" => sha1::Sha1::digest(data).to_vec(),
        "sha224" => sha2::Sha224::digest(data).to_vec(),
        "sha256" => sha2::Sha256::digest(data).to_vec(),
        "sha384" => sha2::Sha384::digest(data).to_vec(),
        "sha512" => sha2::Sha512::digest(data).to_vec(),
        _ => return None,
    })
}

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

/// The HMAC of `data` under `key`.
pub fn hmac(name: &str, key: &[u8], data: &[u8]) -> Option<Vec<u8>> {
    Some(match canonical(name)? {
        "md5" => mac::<Hmac<md5::Md5>>(key, data),
        "sha1" => mac::<Hmac<sha1::Sha1>>(key, data),
        "sha224" => mac::<Hmac<sha2::Sha224>>(key, data),
        "sha256" => mac::<Hmac<sha2::Sha256>>(key, data),
        "sha384" => mac::<Hmac<sha2::Sha384>>(key, data),
        "sha512" => mac::<Hmac<sha2::Sha512>>(key, data),
        _ => return None,
    })
}

fn canonical(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    let lower = lower.strip_prefix("rsa-").unwrap_or(&lower);
    let compact = lower.replace('-', "");
    HASHES.iter().copied().find(|h| *h == compact)
}

/// The run's random generator (splitmix64: small, and the same sequence in every run).
struct Random {
    state: std::cell::Cell<u64>,
}

fn next_u64(context: &mut Context) -> u64 {
    if context.get_data::<Random>().is_none() {
        context.insert_data(Random {
            state: std::cell::Cell::new(0x1f2e_3d4c_5b6a_7988),
        });
    }
    let Some(random) = context.get_data::<Random>() else {
        return 0;
    };
    let mut z = random.state.get().wrapping_add(0x9e37_79b9_7f4a_7c15);
    random.state.set(z);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

pub(crate) fn uint8_array(bytes: &[u8], context: &mut Context) -> JsResult<JsValue> {
    let buffer = JsArrayBuffer::from_byte_block(AlignedVec::from_slice(64, bytes), context)?;
    Ok(JsUint8Array::from_array_buffer(buffer, context)?.into())
}

pub(crate) fn bytes_arg(value: &JsValue, context: &mut Context) -> JsResult<Vec<u8>> {
    crate::buffer_natives::view_bytes(value, context).ok_or_else(|| {
        JsNativeError::typ()
            .with_message("expected a typed array")
            .into()
    })
}

/// `digest(name, bytes)`: a Uint8Array, or `null` for an unknown algorithm.
fn digest_native(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let name = arg(args, 0).to_string(context)?.to_std_string_lossy();
    let data = bytes_arg(&arg(args, 1), context)?;
    match digest(&name, &data) {
        Some(out) => uint8_array(&out, context),
        None => Ok(JsValue::null()),
    }
}

/// `hmac(name, key, bytes)`: a Uint8Array, or `null` for an unknown algorithm.
fn hmac_native(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let name = arg(args, 0).to_string(context)?.to_std_string_lossy();
    let key = bytes_arg(&arg(args, 1), context)?;
    let data = bytes_arg(&arg(args, 2), context)?;
    match hmac(&name, &key, &data) {
        Some(out) => uint8_array(&out, context),
        None => Ok(JsValue::null()),
    }
}

/// `supported(name)`: whether `digest` knows the algorithm.
fn supported(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let name = arg(args, 0).to_string(context)?.to_std_string_lossy();
    Ok(canonical(&name).is_some().into())
}

/// `randomBytes(n)`: a Uint8Array of `n` bytes from the run's generator.
fn random_bytes(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let n = arg(args, 0).to_length(context)?.min(1 << 24) as usize;
    let mut bytes = Vec::with_capacity(n);
    while bytes.len() < n {
        let word = next_u64(context).to_le_bytes();
        let take = (n - bytes.len()).min(8);
        bytes.extend_from_slice(&word[..take]);
    }
    uint8_array(&bytes, context)
}

/// `randomUnit()`: a number in [0, 1) with 48 random bits (Node's `randomInt` draws 48).
fn random_unit(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let bits = next_u64(context) >> 16;
    Ok(JsValue::from(bits as f64 / (1u64 << 48) as f64))
}

/// The natives object crypto.js receives.
pub fn natives(context: &mut Context) -> JsObject {
    // `request` submits to the thread pool (the asynchronous forms complete there).
    let functions: &[(&str, crate::bindings::NativeFn, usize)] = &[
        ("request", crate::fs::request, 3),
        ("digest", digest_native, 2),
        ("hmac", hmac_native, 3),
        ("supported", supported, 1),
        ("randomBytes", random_bytes, 1),
        ("randomUnit", random_unit, 0),
    ];
    crate::bindings::natives_initializer(context, functions).build()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn digests_match_openssl() {
        // `echo -n abc | openssl dgst -md5` and `-sha256`.
        assert_eq!(
            hex(&digest("MD5", b"abc").unwrap()),
            "900150983cd24fb0d6963f7d28e17f72"
        );
        assert_eq!(
            hex(&digest("sha-256", b"abc").unwrap()),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert!(digest("whirlpool", b"").is_none());
        assert_eq!(hmac("sha256", b"k", b"").map(|v| v.len()), Some(32));
    }
}
