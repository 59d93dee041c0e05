//! The natives behind `src/js/crypto.js` and its `src/js/crypto/` parts: digests and HMACs
//! (`hash`), key derivation (`kdf`), ciphers (`cipher`) and the run's random generator
//! (`random`). Each native is a
//! thin conversion from JavaScript values; validation in Node's words happens in JavaScript.

pub mod asym;
pub mod cipher;
pub mod hash;
pub mod kdf;
mod key_natives;
pub mod random;

use boa_engine::object::builtins::{AlignedVec, JsArrayBuffer, JsUint8Array};
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue};

use crate::native_args::arg;
use hash::Algo;

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

fn algo_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<Option<Algo>> {
    let name = arg(args, i).to_string(context)?.to_std_string_lossy();
    Ok(Algo::by_name(&name))
}

/// A non-negative integer argument (JavaScript has validated it), saturated to `u32`.
fn u32_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<u32> {
    Ok(arg(args, i).to_length(context)?.min(u64::from(u32::MAX)) as u32)
}

fn len_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<usize> {
    Ok(arg(args, i).to_length(context)?.min(1 << 31) as usize)
}

fn bytes_or_null(out: Option<Vec<u8>>, context: &mut Context) -> JsResult<JsValue> {
    match out {
        Some(out) => uint8_array(&out, context),
        None => Ok(JsValue::null()),
    }
}

/// `digest(name, bytes, outputLength?)`: a Uint8Array, or `null` for an unknown algorithm.
fn digest_native(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let algo = algo_arg(args, 0, context)?;
    let data = bytes_arg(&arg(args, 1), context)?;
    let len = match arg(args, 2) {
        v if v.is_undefined() => None,
        v => Some(v.to_length(context)? as usize),
    };
    bytes_or_null(algo.map(|a| hash::digest(a, &data, len)), context)
}

/// `hmac(name, key, bytes)`: a Uint8Array, or `null` for an algorithm without an HMAC.
fn hmac_native(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let algo = algo_arg(args, 0, context)?;
    let key = bytes_arg(&arg(args, 1), context)?;
    let data = bytes_arg(&arg(args, 2), context)?;
    bytes_or_null(algo.and_then(|a| hash::hmac(a, &key, &data)), context)
}

/// `supported(name)`: whether `digest` knows the algorithm.
fn supported(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(algo_arg(args, 0, context)?.is_some().into())
}

/// `hmacSupported(name)`: whether the algorithm can key an HMAC (and so PBKDF2 and HKDF).
fn hmac_supported(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(algo_arg(args, 0, context)?
        .is_some_and(Algo::has_hmac)
        .into())
}

/// `digestSize(name)`: the digest's length in bytes (0 for an unknown one).
fn digest_size(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok((algo_arg(args, 0, context)?.map_or(0, Algo::size) as u32).into())
}

/// `pbkdf2(digest, password, salt, iterations, keylen)`: `[bytes, costUs]`, or `null` for a
/// digest without an HMAC.
fn pbkdf2_native(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let algo = algo_arg(args, 0, context)?;
    let password = bytes_arg(&arg(args, 1), context)?;
    let salt = bytes_arg(&arg(args, 2), context)?;
    let iterations = u32_arg(args, 3, context)?;
    let len = len_arg(args, 4, context)?;
    let Some((algo, out)) =
        algo.and_then(|a| Some((a, kdf::pbkdf2(a, &password, &salt, iterations, len)?)))
    else {
        return Ok(JsValue::null());
    };
    with_cost(&out, kdf::pbkdf2_cost_us(algo, iterations, len), context)
}

fn with_cost(out: &[u8], cost_us: u64, context: &mut Context) -> JsResult<JsValue> {
    let bytes = uint8_array(out, context)?;
    Ok(boa_engine::object::builtins::JsArray::from_iter(
        [bytes, JsValue::from(cost_us as f64)],
        context,
    )
    .into())
}

/// `scrypt(password, salt, N, r, p, maxmem, keylen)`: `[bytes, costUs]`, or the failed check's
/// name (`'params'`, `'memory'`).
fn scrypt_native(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let password = bytes_arg(&arg(args, 0), context)?;
    let salt = bytes_arg(&arg(args, 1), context)?;
    let n = arg(args, 2).to_length(context)?;
    let r = u32_arg(args, 3, context)?;
    let p = u32_arg(args, 4, context)?;
    let maxmem = arg(args, 5).to_length(context)?;
    let len = len_arg(args, 6, context)?;
    let result = kdf::scrypt_check(n, r.into(), p.into(), maxmem)
        .and_then(|()| kdf::scrypt(&password, &salt, n, r, p, len));
    match result {
        Ok(out) => with_cost(&out, kdf::scrypt_cost_us(n, r, p), context),
        Err(kdf::ScryptError::Params) => Ok(js_str("params")),
        Err(kdf::ScryptError::MemoryLimit) => Ok(js_str("memory")),
    }
}

fn js_str(s: &str) -> JsValue {
    JsValue::from(boa_engine::JsString::from(s))
}

/// `hkdf(digest, ikm, salt, info, keylen)`: `[bytes, costUs]`, or `null` when the length is
/// beyond 255 digests.
fn hkdf_native(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let algo = algo_arg(args, 0, context)?;
    let ikm = bytes_arg(&arg(args, 1), context)?;
    let salt = bytes_arg(&arg(args, 2), context)?;
    let info = bytes_arg(&arg(args, 3), context)?;
    let len = len_arg(args, 4, context)?;
    let Some((algo, out)) = algo.and_then(|a| Some((a, kdf::hkdf(a, &ikm, &salt, &info, len)?)))
    else {
        return Ok(JsValue::null());
    };
    with_cost(&out, kdf::hkdf_cost_us(algo, len), context)
}

/// `cipherInfo(nameOrNid)`: `[name, nid, mode, keyLength, ivLength, blockSize]`, or `null`.
fn cipher_info(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let value = arg(args, 0);
    let info = match value.as_number() {
        Some(n) => cipher::by_nid(n as u32),
        None => cipher::by_name(&value.to_string(context)?.to_std_string_lossy()),
    };
    let Some(info) = info else {
        return Ok(JsValue::null());
    };
    let fields = [
        js_str(info.name),
        JsValue::from(info.nid),
        js_str(info.mode.name()),
        JsValue::from(info.key_len as u32),
        JsValue::from(info.iv_len as u32),
        JsValue::from(info.block_size as u32),
    ];
    Ok(boa_engine::object::builtins::JsArray::from_iter(fields, context).into())
}

fn mode_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<Option<cipher::Mode>> {
    let name = arg(args, i).to_string(context)?.to_std_string_lossy();
    Ok(match name.as_str() {
        "ecb" => Some(cipher::Mode::Ecb),
        "cbc" => Some(cipher::Mode::Cbc),
        "ctr" => Some(cipher::Mode::Ctr),
        "gcm" => Some(cipher::Mode::Gcm),
        "stream" => Some(cipher::Mode::ChaCha20Poly1305),
        _ => None,
    })
}

/// `cipherBlocks(mode, key, iv, bytes, encrypt)`: ECB or CBC over whole blocks.
fn cipher_blocks(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let mode = mode_arg(args, 0, context)?;
    let key = bytes_arg(&arg(args, 1), context)?;
    let iv = bytes_arg(&arg(args, 2), context)?;
    let data = bytes_arg(&arg(args, 3), context)?;
    let encrypt = arg(args, 4).to_boolean();
    bytes_or_null(
        mode.and_then(|m| cipher::blocks(m, &key, &iv, &data, encrypt)),
        context,
    )
}

/// `cipherStream(mode, key, iv, offset, bytes)`: the bytes XORed with the keystream from
/// `offset` on.
fn cipher_stream(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let mode = mode_arg(args, 0, context)?;
    let key = bytes_arg(&arg(args, 1), context)?;
    let iv = bytes_arg(&arg(args, 2), context)?;
    let offset = arg(args, 3).to_length(context)?;
    let data = bytes_arg(&arg(args, 4), context)?;
    bytes_or_null(
        mode.and_then(|m| cipher::keystream(m, &key, &iv, offset, &data)),
        context,
    )
}

/// `cipherTag(mode, key, iv, aad, ciphertext, tagLength)`: an AEAD message's tag.
fn cipher_tag(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let mode = mode_arg(args, 0, context)?;
    let key = bytes_arg(&arg(args, 1), context)?;
    let iv = bytes_arg(&arg(args, 2), context)?;
    let aad = bytes_arg(&arg(args, 3), context)?;
    let text = bytes_arg(&arg(args, 4), context)?;
    let len = len_arg(args, 5, context)?;
    bytes_or_null(
        mode.and_then(|m| cipher::tag(m, &key, &iv, &aad, &text, len)),
        context,
    )
}

/// `getHashes()`: Node 20's list of digest names.
fn get_hashes(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let names = hash::NODE_HASHES.iter().map(|n| js_str(n));
    Ok(boa_engine::object::builtins::JsArray::from_iter(names, context).into())
}

/// `randomBytes(n)`: a Uint8Array of `n` bytes from the run's generator.
fn random_bytes(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let n = arg(args, 0).to_length(context)?.min(1 << 24) as usize;
    let bytes = random::bytes(n, context);
    uint8_array(&bytes, context)
}

/// `randomUnit()`: a number in [0, 1) with 48 random bits (Node's `randomInt` draws 48).
fn random_unit(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let bits = random::next_u64(context) >> 16;
    Ok(JsValue::from(bits as f64 / (1u64 << 48) as f64))
}

/// What the first CryptoJob of a run costs the main thread before it reaches the pool, in
/// virtual microseconds: Node compiles the job's path and sets up the binding's job class
/// then (0.3 to 5.5 ms measured for the first `randomBytes` or `pbkdf2` on node 20.20.2,
/// 0.15 to 0.5 ms for the first of the other kind after it; a later job takes a few µs). So a
/// `setTimeout(0)` armed before a program's first crypto job is due at the first timers
/// phase, and the job is done by the first poll, as in Node.
const FIRST_JOB_SETUP_US: u64 = 600;

/// Marks that a run has set up its first CryptoJob.
struct JobsSetUp;

/// `jobSetup()`: a CryptoJob is about to be submitted; the first of the run costs its setup.
fn job_setup(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if context.get_data::<JobsSetUp>().is_none() {
        context.insert_data(JobsSetUp);
        crate::host::Host::of(context)
            .clock
            .advance_us(FIRST_JOB_SETUP_US);
    }
    Ok(JsValue::undefined())
}

/// `syncJob(costUs)`: a Sync form (`pbkdf2Sync`, `scryptSync`, `hkdfSync`) runs its job's work on
/// the main thread (Node's `CryptoJob::kSync` mode), so the work's time passes there, and pool
/// jobs submitted before it may be done by the next poll phase.
fn sync_job(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let cost = args.first().and_then(JsValue::as_number).unwrap_or(0.0);
    if cost.is_finite() && cost > 0.0 {
        crate::host::Host::of(context).clock.advance_us(cost as u64);
    }
    Ok(JsValue::undefined())
}

/// The natives object crypto.js receives.
pub fn natives(context: &mut Context) -> JsObject {
    // `request` submits to the thread pool (the asynchronous forms complete there).
    let functions: &[(&str, crate::bindings::NativeFn, usize)] = &[
        ("request", crate::fs::request, 3),
        ("jobSetup", job_setup, 0),
        ("syncJob", sync_job, 1),
        ("digest", digest_native, 3),
        ("hmac", hmac_native, 3),
        ("supported", supported, 1),
        ("hmacSupported", hmac_supported, 1),
        ("digestSize", digest_size, 1),
        ("getHashes", get_hashes, 0),
        ("cipherInfo", cipher_info, 1),
        ("cipherBlocks", cipher_blocks, 5),
        ("cipherStream", cipher_stream, 5),
        ("cipherTag", cipher_tag, 6),
        ("pbkdf2", pbkdf2_native, 5),
        ("scrypt", scrypt_native, 7),
        ("hkdf", hkdf_native, 5),
        ("randomBytes", random_bytes, 1),
        ("randomUnit", random_unit, 0),
        ("keyGen", key_natives::generate, 4),
        ("keyParse", key_natives::parse, 1),
        ("keyExport", key_natives::export, 3),
        ("keyJwk", key_natives::jwk, 2),
        ("sign", key_natives::sign, 3),
        ("verify", key_natives::verify, 5),
        ("publicEncrypt", key_natives::public_encrypt, 5),
        ("privateDecrypt", key_natives::private_decrypt, 4),
        ("diffieHellman", key_natives::diffie_hellman, 4),
    ];
    crate::bindings::natives_initializer(context, functions).build()
}
