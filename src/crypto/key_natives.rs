//! The natives behind `src/js/crypto/keypair.js`: thin conversions between JavaScript values
//! and `asym`'s keys. A key arrives as its DER and a flag saying which side it is; checks and
//! errors in Node's words happen in JavaScript, so a native answers a failure with `null` or a
//! short reason string.

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsResult, JsValue, js_string};

use super::asym::{self, Key, Kind, Rng};
use super::{bytes_arg, uint8_array};
use crate::native_args::arg;

fn string_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<Option<String>> {
    let value = arg(args, i);
    if value.is_null_or_undefined() {
        return Ok(None);
    }
    Ok(Some(value.to_string(context)?.to_std_string_lossy()))
}

/// The key at `args[i]` (DER bytes), private when `args[i + 1]` is true.
fn key_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<Option<Key>> {
    let der = bytes_arg(&arg(args, i), context)?;
    Ok(if arg(args, i + 1).to_boolean() {
        Key::private_from_der(&der)
    } else {
        Key::public_from_der(&der)
    })
}

fn array(values: Vec<JsValue>, context: &mut Context) -> JsValue {
    JsArray::from_iter(values, context).into()
}

fn der_value(key: &Key, encoding: &str, context: &mut Context) -> JsResult<JsValue> {
    match key.to_der(encoding) {
        Some(der) => uint8_array(&der, context),
        None => Ok(JsValue::null()),
    }
}

/// `keyGen(type, modulusLength, publicExponent, namedCurve)`: `[pkcs8, spki, costUs]`, or
/// `'curve'` for an unknown curve, or OpenSSL's reason when RSA refuses the sizes
/// (`'key size too small'`, `'pub exponent out of range'`, `'malloc failure'`, else `'rsa'`).
pub fn generate(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let kind = string_arg(args, 0, context)?.unwrap_or_default();
    let bits = arg(args, 1).to_length(context)? as usize;
    let exponent = arg(args, 2).to_length(context)?;
    let kind = match kind.as_str() {
        "rsa" => Kind::Rsa,
        "ed25519" => Kind::Ed25519,
        "x25519" => Kind::X25519,
        _ => match string_arg(args, 3, context)?
            .as_deref()
            .and_then(Kind::by_curve)
        {
            Some(kind) => kind,
            None => return Ok(js_string!("curve").into()),
        },
    };
    let key = match asym::generate(kind, bits, exponent, &mut Rng(context)) {
        Ok(key) => key,
        Err(asym::GenError::Curve) => return Ok(js_string!("curve").into()),
        Err(asym::GenError::RsaSize) => return Ok(js_string!("key size too small").into()),
        Err(asym::GenError::RsaExponent) => {
            return Ok(js_string!("pub exponent out of range").into());
        }
        Err(asym::GenError::RsaZeroExponent) => return Ok(js_string!("malloc failure").into()),
        Err(asym::GenError::Rsa) => return Ok(js_string!("rsa").into()),
    };
    let private = der_value(&key, "pkcs8", context)?;
    let public = der_value(&key.public(), "spki", context)?;
    let cost = asym::generate_cost_us(kind, bits) as f64;
    Ok(array(vec![private, public, cost.into()], context))
}

/// `keyParse(der)`: a private key (PKCS#8, PKCS#1, SEC1) or else a public one (SPKI, PKCS#1)
/// as `[type, isPrivate, der, spki, namedCurve, modulusLength, publicExponent]` (`der` the
/// PKCS#8 or SPKI form, `spki` the public half's); `null` when the bytes are no key.
pub fn parse(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let der = bytes_arg(&arg(args, 0), context)?;
    let Some(key) = Key::private_from_der(&der).or_else(|| Key::public_from_der(&der)) else {
        return Ok(JsValue::null());
    };
    let private = key.is_private();
    let own = der_value(&key, if private { "pkcs8" } else { "spki" }, context)?;
    let spki = der_value(&key.public(), "spki", context)?;
    let curve: JsValue = match key.kind().curve() {
        Some(curve) => js_string!(curve).into(),
        None => JsValue::undefined(),
    };
    let (bits, exponent) = match key.rsa_details() {
        Some((bits, exponent)) => (JsValue::from(bits as f64), uint8_array(&exponent, context)?),
        None => (JsValue::undefined(), JsValue::undefined()),
    };
    let values = vec![
        js_string!(key.kind().name()).into(),
        private.into(),
        own,
        spki,
        curve,
        bits,
        exponent,
    ];
    Ok(array(values, context))
}

/// `keyExport(der, isPrivate, type)`: the key's DER in `type` ('pkcs8', 'spki', 'pkcs1',
/// 'sec1'), or `null` when the key has no such form.
pub fn export(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(key) = key_arg(args, 0, context)? else {
        return Ok(JsValue::null());
    };
    let encoding = string_arg(args, 2, context)?.unwrap_or_default();
    der_value(&key, &encoding, context)
}

/// `keyJwk(der, isPrivate)`: the JWK members as `[name, bytes]` pairs in Node's order.
pub fn jwk(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(key) = key_arg(args, 0, context)? else {
        return Ok(JsValue::null());
    };
    let mut members = Vec::new();
    for (name, bytes) in key.jwk() {
        let bytes = uint8_array(&bytes, context)?;
        members.push(array(vec![js_string!(name).into(), bytes], context));
    }
    Ok(array(members, context))
}

fn sign_error(error: asym::SignError) -> JsValue {
    match error {
        asym::SignError::Digest => js_string!("digest").into(),
        asym::SignError::Unsupported => js_string!("unsupported").into(),
    }
}

/// `sign(pkcs8, digest, data)`: the signature, or `'digest'`/`'unsupported'`.
pub fn sign(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let der = bytes_arg(&arg(args, 0), context)?;
    let digest = string_arg(args, 1, context)?;
    let data = bytes_arg(&arg(args, 2), context)?;
    let Some(key) = Key::private_from_der(&der) else {
        return Ok(js_string!("unsupported").into());
    };
    match asym::sign(&key, digest.as_deref(), &data) {
        Ok(signature) => uint8_array(&signature, context),
        Err(error) => Ok(sign_error(error)),
    }
}

/// `verify(der, isPrivate, digest, data, signature)`: a boolean, or `'digest'`/`'unsupported'`.
pub fn verify(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let key = key_arg(args, 0, context)?;
    let digest = string_arg(args, 2, context)?;
    let data = bytes_arg(&arg(args, 3), context)?;
    let signature = bytes_arg(&arg(args, 4), context)?;
    let Some(key) = key else {
        return Ok(js_string!("unsupported").into());
    };
    match asym::verify(&key, digest.as_deref(), &data, &signature) {
        Ok(ok) => Ok(ok.into()),
        Err(error) => Ok(sign_error(error)),
    }
}

/// `publicEncrypt(der, isPrivate, padding, oaepHash, data)`: the ciphertext or `null`.
pub fn public_encrypt(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let key = key_arg(args, 0, context)?;
    let padding = arg(args, 2).to_u32(context)?;
    let hash = string_arg(args, 3, context)?.unwrap_or_else(|| "sha1".into());
    let data = bytes_arg(&arg(args, 4), context)?;
    let out = key.and_then(|key| {
        asym::public_encrypt(
            &key,
            padding,
            &hash.to_ascii_lowercase(),
            &data,
            &mut Rng(context),
        )
    });
    match out {
        Some(out) => uint8_array(&out, context),
        None => Ok(JsValue::null()),
    }
}

/// `privateDecrypt(pkcs8, padding, oaepHash, data)`: the plaintext or `null`.
pub fn private_decrypt(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let der = bytes_arg(&arg(args, 0), context)?;
    let padding = arg(args, 1).to_u32(context)?;
    let hash = string_arg(args, 2, context)?.unwrap_or_else(|| "sha1".into());
    let data = bytes_arg(&arg(args, 3), context)?;
    let out = Key::private_from_der(&der)
        .and_then(|key| asym::private_decrypt(&key, padding, &hash.to_ascii_lowercase(), &data));
    match out {
        Some(out) => uint8_array(&out, context),
        None => Ok(JsValue::null()),
    }
}

/// `diffieHellman(privatePkcs8, _, publicDer, publicIsPrivate)`: the shared secret or `null`.
pub fn diffie_hellman(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let der = bytes_arg(&arg(args, 0), context)?;
    let public = key_arg(args, 2, context)?;
    let secret = Key::private_from_der(&der)
        .zip(public)
        .and_then(|(private, public)| asym::diffie_hellman(&private, &public));
    match secret {
        Some(secret) => uint8_array(&secret, context),
        None => Ok(JsValue::null()),
    }
}
