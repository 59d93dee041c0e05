//! Asymmetric keys for `node:crypto` (`generateKeyPair`, `createPublicKey`/`createPrivateKey`,
//! `sign`/`verify`, `publicEncrypt`/`privateDecrypt`, `diffieHellman`): RSA, EC on P-256 and
//! P-384, Ed25519 and X25519 over RustCrypto's crates. A key travels to JavaScript as its
//! DER in the forms OpenSSL keeps (PKCS#8 for a private key, SPKI for a public one); every
//! operation parses it again, which keeps the natives stateless.

use rsa::pkcs1::{
    DecodeRsaPrivateKey, DecodeRsaPublicKey, EncodeRsaPrivateKey, EncodeRsaPublicKey,
};
use rsa::pkcs8::{DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey};
use rsa::traits::{PrivateKeyParts, PublicKeyParts};
use rsa::{BigUint, RsaPrivateKey, RsaPublicKey};

use super::hash::{self, Algo};

/// The run's seeded generator as a `rand_core` source (key generation, OAEP padding).
pub struct Rng<'a>(pub &'a mut boa_engine::Context);

impl rand_core06::RngCore for Rng<'_> {
    fn next_u32(&mut self) -> u32 {
        super::random::next_u64(self.0) as u32
    }
    fn next_u64(&mut self) -> u64 {
        super::random::next_u64(self.0)
    }
    fn fill_bytes(&mut self, dest: &mut [u8]) {
        let bytes = super::random::bytes(dest.len(), self.0);
        dest.copy_from_slice(&bytes);
    }
    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), rand_core06::Error> {
        self.fill_bytes(dest);
        Ok(())
    }
}
// Not secret in a playground (the seed is fixed), but the crates ask for the marker.
impl rand_core06::CryptoRng for Rng<'_> {}

/// A key kind, as Node's `asymmetricKeyType` names it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Rsa,
    EcP256,
    EcP384,
    Ed25519,
    X25519,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Rsa => "rsa",
            Kind::EcP256 | Kind::EcP384 => "ec",
            Kind::Ed25519 => "ed25519",
            Kind::X25519 => "x25519",
        }
    }
    /// OpenSSL's name of the curve (`asymmetricKeyDetails.namedCurve`).
    pub fn curve(self) -> Option<&'static str> {
        match self {
            Kind::EcP256 => Some("prime256v1"),
            Kind::EcP384 => Some("secp384r1"),
            _ => None,
        }
    }
    /// A curve by any of the names OpenSSL accepts for it.
    pub fn by_curve(name: &str) -> Option<Kind> {
        match name {
            "P-256" | "prime256v1" | "secp256r1" => Some(Kind::EcP256),
            "P-384" | "secp384r1" => Some(Kind::EcP384),
            _ => None,
        }
    }
}

// OpenSSL's DER for the 25519 keys: fixed prefixes before the 32 key bytes (RFC 8410; a
// PKCS#8 v1 without the public key, as OpenSSL writes it).
const ED25519_PKCS8: &[u8] = &[
    0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
];
const ED25519_SPKI: &[u8] = &[
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00,
];
const X25519_PKCS8: &[u8] = &[
    0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x04, 0x22, 0x04, 0x20,
];
const X25519_SPKI: &[u8] = &[
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x03, 0x21, 0x00,
];

fn with_prefix(prefix: &[u8], key: &[u8]) -> Vec<u8> {
    [prefix, key].concat()
}

/// The 32 key bytes after one of the fixed prefixes.
fn strip<'a>(prefix: &[u8], der: &'a [u8]) -> Option<&'a [u8; 32]> {
    der.strip_prefix(prefix)?.try_into().ok()
}

// The named curves' OIDs as DER (prime256v1 1.2.840.10045.3.1.7, secp384r1 1.3.132.0.34).
const P256_OID: &[u8] = &[0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];
const P384_OID: &[u8] = &[0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x22];

/// A DER length's encoding.
fn der_len(len: usize) -> Vec<u8> {
    match len {
        0..=0x7f => vec![len as u8],
        0x80..=0xff => vec![0x81, len as u8],
        _ => vec![0x82, (len >> 8) as u8, len as u8],
    }
}

/// A SEC1 `ECPrivateKey` with its `[0] parameters` (the curve's OID) added: OpenSSL writes
/// them, the `sec1` crate leaves them out. The structure is `SEQUENCE { version, privateKey
/// OCTET STRING, [0] parameters, [1] publicKey }`.
fn with_curve(der: &[u8], oid: &[u8]) -> Option<Vec<u8>> {
    // The outer header: 0x30 and a short or one/two-byte long length.
    let header = match *der.get(1)? {
        0x81 => 3,
        0x82 => 4,
        _ => 2,
    };
    let body = der.get(header..)?;
    // version (02 01 01), then the private key's octet string (04 len bytes).
    let key_len = *body.get(4)? as usize;
    let split = 3 + 2 + key_len;
    let (head, tail) = (body.get(..split)?, body.get(split..)?);
    let mut parameters = vec![0xa0];
    parameters.extend(der_len(oid.len()));
    parameters.extend_from_slice(oid);
    let content = [head, &parameters, tail].concat();
    let mut out = vec![0x30];
    out.extend(der_len(content.len()));
    out.extend(content);
    Some(out)
}

/// A parsed key: private keys know their public half.
pub enum Key {
    Rsa(Box<RsaPrivateKey>),
    RsaPublic(Box<RsaPublicKey>),
    P256(p256::SecretKey),
    P256Public(p256::PublicKey),
    P384(p384::SecretKey),
    P384Public(p384::PublicKey),
    Ed25519([u8; 32]),
    Ed25519Public([u8; 32]),
    X25519([u8; 32]),
    X25519Public([u8; 32]),
}

impl Key {
    pub fn kind(&self) -> Kind {
        match self {
            Key::Rsa(_) | Key::RsaPublic(_) => Kind::Rsa,
            Key::P256(_) | Key::P256Public(_) => Kind::EcP256,
            Key::P384(_) | Key::P384Public(_) => Kind::EcP384,
            Key::Ed25519(_) | Key::Ed25519Public(_) => Kind::Ed25519,
            Key::X25519(_) | Key::X25519Public(_) => Kind::X25519,
        }
    }

    pub fn is_private(&self) -> bool {
        matches!(
            self,
            Key::Rsa(_) | Key::P256(_) | Key::P384(_) | Key::Ed25519(_) | Key::X25519(_)
        )
    }

    /// A private key from PKCS#8, PKCS#1 (`RSA PRIVATE KEY`) or SEC1 (`EC PRIVATE KEY`) DER.
    pub fn private_from_der(der: &[u8]) -> Option<Key> {
        if let Some(seed) = strip(ED25519_PKCS8, der) {
            return Some(Key::Ed25519(*seed));
        }
        if let Some(secret) = strip(X25519_PKCS8, der) {
            return Some(Key::X25519(*secret));
        }
        if let Ok(key) = RsaPrivateKey::from_pkcs8_der(der) {
            return Some(Key::Rsa(Box::new(key)));
        }
        if let Ok(key) = RsaPrivateKey::from_pkcs1_der(der) {
            return Some(Key::Rsa(Box::new(key)));
        }
        if let Ok(key) = p256::SecretKey::from_pkcs8_der(der) {
            return Some(Key::P256(key));
        }
        if let Ok(key) = p384::SecretKey::from_pkcs8_der(der) {
            return Some(Key::P384(key));
        }
        if let Ok(key) = p256::SecretKey::from_sec1_der(der) {
            return Some(Key::P256(key));
        }
        if let Ok(key) = p384::SecretKey::from_sec1_der(der) {
            return Some(Key::P384(key));
        }
        None
    }

    /// A public key from SPKI or PKCS#1 (`RSA PUBLIC KEY`) DER.
    pub fn public_from_der(der: &[u8]) -> Option<Key> {
        if let Some(key) = strip(ED25519_SPKI, der) {
            return Some(Key::Ed25519Public(*key));
        }
        if let Some(key) = strip(X25519_SPKI, der) {
            return Some(Key::X25519Public(*key));
        }
        if let Ok(key) = RsaPublicKey::from_public_key_der(der) {
            return Some(Key::RsaPublic(Box::new(key)));
        }
        if let Ok(key) = RsaPublicKey::from_pkcs1_der(der) {
            return Some(Key::RsaPublic(Box::new(key)));
        }
        if let Ok(key) = p256::PublicKey::from_public_key_der(der) {
            return Some(Key::P256Public(key));
        }
        if let Ok(key) = p384::PublicKey::from_public_key_der(der) {
            return Some(Key::P384Public(key));
        }
        None
    }

    /// The public half (a public key is its own).
    pub fn public(&self) -> Key {
        match self {
            Key::Rsa(k) => Key::RsaPublic(Box::new(k.to_public_key())),
            Key::RsaPublic(k) => Key::RsaPublic(k.clone()),
            Key::P256(k) => Key::P256Public(k.public_key()),
            Key::P256Public(k) => Key::P256Public(*k),
            Key::P384(k) => Key::P384Public(k.public_key()),
            Key::P384Public(k) => Key::P384Public(*k),
            Key::Ed25519(seed) => Key::Ed25519Public(
                ed25519_dalek::SigningKey::from_bytes(seed)
                    .verifying_key()
                    .to_bytes(),
            ),
            Key::Ed25519Public(k) => Key::Ed25519Public(*k),
            Key::X25519(secret) => Key::X25519Public(
                x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(*secret))
                    .to_bytes(),
            ),
            Key::X25519Public(k) => Key::X25519Public(*k),
        }
    }

    /// The key in `type`'s encoding: 'pkcs8' or 'spki' (the default for its side), 'pkcs1'
    /// (RSA), 'sec1' (EC private keys); `None` when the key has no such form.
    pub fn to_der(&self, encoding: &str) -> Option<Vec<u8>> {
        let der = match (self, encoding) {
            (Key::Rsa(k), "pkcs8") => k.to_pkcs8_der().ok()?.as_bytes().to_vec(),
            (Key::Rsa(k), "pkcs1") => k.to_pkcs1_der().ok()?.as_bytes().to_vec(),
            (Key::RsaPublic(k), "spki") => k.to_public_key_der().ok()?.into_vec(),
            (Key::RsaPublic(k), "pkcs1") => k.to_pkcs1_der().ok()?.into_vec(),
            (Key::P256(k), "pkcs8") => k.to_pkcs8_der().ok()?.as_bytes().to_vec(),
            (Key::P256(k), "sec1") => with_curve(&k.to_sec1_der().ok()?, P256_OID)?,
            (Key::P256Public(k), "spki") => k.to_public_key_der().ok()?.into_vec(),
            (Key::P384(k), "pkcs8") => k.to_pkcs8_der().ok()?.as_bytes().to_vec(),
            (Key::P384(k), "sec1") => with_curve(&k.to_sec1_der().ok()?, P384_OID)?,
            (Key::P384Public(k), "spki") => k.to_public_key_der().ok()?.into_vec(),
            (Key::Ed25519(k), "pkcs8") => with_prefix(ED25519_PKCS8, k),
            (Key::Ed25519Public(k), "spki") => with_prefix(ED25519_SPKI, k),
            (Key::X25519(k), "pkcs8") => with_prefix(X25519_PKCS8, k),
            (Key::X25519Public(k), "spki") => with_prefix(X25519_SPKI, k),
            _ => return None,
        };
        Some(der)
    }

    /// RSA's modulus length in bits and public exponent (big-endian bytes).
    pub fn rsa_details(&self) -> Option<(usize, Vec<u8>)> {
        let public = match self {
            Key::Rsa(k) => k.to_public_key(),
            Key::RsaPublic(k) => (**k).clone(),
            _ => return None,
        };
        Some((public.n().bits(), public.e().to_bytes_be()))
    }

    /// The JWK members in Node's order, each a name and its base64url-encoded bytes (the
    /// caller adds `kty` and `crv`).
    pub fn jwk(&self) -> Vec<(&'static str, Vec<u8>)> {
        use p256::elliptic_curve::sec1::ToEncodedPoint;
        let mut out = Vec::new();
        match self {
            Key::RsaPublic(k) => {
                out.push(("n", k.n().to_bytes_be()));
                out.push(("e", k.e().to_bytes_be()));
            }
            Key::Rsa(k) => {
                out.push(("n", k.n().to_bytes_be()));
                out.push(("e", k.e().to_bytes_be()));
                out.push(("d", k.d().to_bytes_be()));
                let primes = k.primes();
                if let [p, q, ..] = primes {
                    out.push(("p", p.to_bytes_be()));
                    out.push(("q", q.to_bytes_be()));
                    let one = BigUint::from(1u8);
                    out.push(("dp", (k.d() % (p - &one)).to_bytes_be()));
                    out.push(("dq", (k.d() % (q - &one)).to_bytes_be()));
                    if let Some(qi) = k.crt_coefficient() {
                        out.push(("qi", qi.to_bytes_be()));
                    }
                }
            }
            Key::P256(_) | Key::P256Public(_) | Key::P384(_) | Key::P384Public(_) => {
                let point = match self.public() {
                    Key::P256Public(p) => p.to_encoded_point(false).as_bytes().to_vec(),
                    Key::P384Public(p) => p.to_encoded_point(false).as_bytes().to_vec(),
                    _ => Vec::new(),
                };
                // An uncompressed point: 0x04, then x and y of equal length.
                let half = point.len().saturating_sub(1) / 2;
                if half > 0 {
                    out.push(("x", point[1..1 + half].to_vec()));
                    out.push(("y", point[1 + half..].to_vec()));
                }
                match self {
                    Key::P256(k) => out.push(("d", k.to_bytes().to_vec())),
                    Key::P384(k) => out.push(("d", k.to_bytes().to_vec())),
                    _ => {}
                }
            }
            Key::Ed25519(seed) | Key::X25519(seed) => {
                out.push(("d", seed.to_vec()));
                if let Some(x) = self.public().raw_public() {
                    out.push(("x", x.to_vec()));
                }
            }
            Key::Ed25519Public(k) | Key::X25519Public(k) => out.push(("x", k.to_vec())),
        }
        out
    }

    fn raw_public(&self) -> Option<[u8; 32]> {
        match self {
            Key::Ed25519Public(k) | Key::X25519Public(k) => Some(*k),
            _ => None,
        }
    }
}

/// Why a key could not be made.
pub enum GenError {
    Curve,
    /// OpenSSL's `key size too small`: a modulus under 512 bits.
    RsaSize,
    /// OpenSSL's `pub exponent out of range`: an even exponent or 1.
    RsaExponent,
    /// OpenSSL reports exponent 0 as a failed allocation (`malloc failure`).
    RsaZeroExponent,
    /// The `rsa` crate refused the sizes for another reason.
    Rsa,
}

/// OpenSSL 3's own checks on an RSA key's sizes, made before the `rsa` crate is asked: it
/// accepts moduli under 512 bits, and its search for primes never ends for an even exponent.
fn check_rsa_sizes(bits: usize, exponent: u64) -> Result<(), GenError> {
    if bits < 512 {
        return Err(GenError::RsaSize);
    }
    match exponent {
        0 => Err(GenError::RsaZeroExponent),
        e if e == 1 || e % 2 == 0 => Err(GenError::RsaExponent),
        _ => Ok(()),
    }
}

/// A new key pair of `kind` (RSA: `bits` and the public exponent).
pub fn generate(
    kind: Kind,
    bits: usize,
    exponent: u64,
    rng: &mut Rng<'_>,
) -> Result<Key, GenError> {
    Ok(match kind {
        Kind::Rsa => {
            check_rsa_sizes(bits, exponent)?;
            let key = RsaPrivateKey::new_with_exp(rng, bits, &BigUint::from(exponent))
                .map_err(|_| GenError::Rsa)?;
            Key::Rsa(Box::new(key))
        }
        Kind::EcP256 => Key::P256(p256::SecretKey::random(rng)),
        Kind::EcP384 => Key::P384(p384::SecretKey::random(rng)),
        Kind::Ed25519 | Kind::X25519 => {
            let mut seed = [0u8; 32];
            rand_core06::RngCore::fill_bytes(rng, &mut seed);
            if kind == Kind::Ed25519 {
                Key::Ed25519(seed)
            } else {
                Key::X25519(seed)
            }
        }
    })
}

/// What generating a pair costs on a pool thread, in microseconds: medians of node 20's
/// `generateKeyPairSync` on this project's machine (RSA's prime search grows about as the
/// fourth power of the modulus: 1024 bits 35 ms, 2048 bits 650 ms, 4096 bits 5 s; a curve key
/// about 40 µs).
pub fn generate_cost_us(kind: Kind, bits: usize) -> u64 {
    match kind {
        Kind::Rsa => {
            let scale = bits as f64 / 2048.0;
            (650_000.0 * scale.powi(4)).clamp(40.0, 60_000_000.0) as u64
        }
        _ => 40,
    }
}

/// The bytes a digest name hashes to, for the signature schemes that sign a digest.
fn prehash(digest: Option<Algo>, data: &[u8]) -> Option<Vec<u8>> {
    Some(hash::digest(digest?, data, None))
}

/// RSA's PKCS#1 v1.5 signature scheme for one of the digests with an OID.
fn pkcs1v15(name: &str) -> Option<rsa::Pkcs1v15Sign> {
    Some(match name {
        "sha1" => rsa::Pkcs1v15Sign::new::<sha1::Sha1>(),
        "sha224" => rsa::Pkcs1v15Sign::new::<sha2::Sha224>(),
        "sha256" => rsa::Pkcs1v15Sign::new::<sha2::Sha256>(),
        "sha384" => rsa::Pkcs1v15Sign::new::<sha2::Sha384>(),
        "sha512" => rsa::Pkcs1v15Sign::new::<sha2::Sha512>(),
        _ => return None,
    })
}

/// Why a signature could not be made.
#[derive(Debug)]
pub enum SignError {
    /// The key cannot sign (an X25519 key) or the digest does not fit the key.
    Unsupported,
    /// Ed25519 takes no digest; RSA and ECDSA need one Node knows.
    Digest,
}

/// `sign(digest, data, key)`: RSA PKCS#1 v1.5, ECDSA (DER signature) or Ed25519.
pub fn sign(key: &Key, digest: Option<&str>, data: &[u8]) -> Result<Vec<u8>, SignError> {
    use p256::ecdsa::signature::hazmat::PrehashSigner;
    let algo = digest.and_then(Algo::by_name);
    match key {
        Key::Rsa(k) => {
            // Node signs with SHA-256 when the digest is null for RSA keys.
            let name = digest.unwrap_or("sha256").to_ascii_lowercase();
            let scheme = pkcs1v15(&name).ok_or(SignError::Digest)?;
            let hashed = prehash(Algo::by_name(&name), data).ok_or(SignError::Digest)?;
            k.sign(scheme, &hashed).map_err(|_| SignError::Unsupported)
        }
        Key::P256(k) => {
            let hashed =
                prehash(algo.or(Algo::by_name("sha256")), data).ok_or(SignError::Digest)?;
            let signer = p256::ecdsa::SigningKey::from(k);
            let sig: p256::ecdsa::Signature = signer
                .sign_prehash(&hashed)
                .map_err(|_| SignError::Unsupported)?;
            Ok(sig.to_der().as_bytes().to_vec())
        }
        Key::P384(k) => {
            let hashed =
                prehash(algo.or(Algo::by_name("sha384")), data).ok_or(SignError::Digest)?;
            let signer = p384::ecdsa::SigningKey::from(k);
            let sig: p384::ecdsa::Signature = signer
                .sign_prehash(&hashed)
                .map_err(|_| SignError::Unsupported)?;
            Ok(sig.to_der().as_bytes().to_vec())
        }
        Key::Ed25519(seed) => {
            if digest.is_some() {
                return Err(SignError::Digest);
            }
            use ed25519_dalek::Signer;
            Ok(ed25519_dalek::SigningKey::from_bytes(seed)
                .sign(data)
                .to_bytes()
                .to_vec())
        }
        _ => Err(SignError::Unsupported),
    }
}

/// `verify(digest, data, key, signature)` against a public key (or a private key's half).
pub fn verify(
    key: &Key,
    digest: Option<&str>,
    data: &[u8],
    signature: &[u8],
) -> Result<bool, SignError> {
    use p256::ecdsa::signature::hazmat::PrehashVerifier;
    let public = key.public();
    let algo = digest.and_then(Algo::by_name);
    match &public {
        Key::RsaPublic(k) => {
            let name = digest.unwrap_or("sha256").to_ascii_lowercase();
            let scheme = pkcs1v15(&name).ok_or(SignError::Digest)?;
            let hashed = prehash(Algo::by_name(&name), data).ok_or(SignError::Digest)?;
            Ok(k.verify(scheme, &hashed, signature).is_ok())
        }
        Key::P256Public(k) => {
            let hashed =
                prehash(algo.or(Algo::by_name("sha256")), data).ok_or(SignError::Digest)?;
            let Ok(sig) = p256::ecdsa::Signature::from_der(signature) else {
                return Ok(false);
            };
            let verifier = p256::ecdsa::VerifyingKey::from(k);
            Ok(verifier.verify_prehash(&hashed, &sig).is_ok())
        }
        Key::P384Public(k) => {
            let hashed =
                prehash(algo.or(Algo::by_name("sha384")), data).ok_or(SignError::Digest)?;
            let Ok(sig) = p384::ecdsa::Signature::from_der(signature) else {
                return Ok(false);
            };
            let verifier = p384::ecdsa::VerifyingKey::from(k);
            Ok(verifier.verify_prehash(&hashed, &sig).is_ok())
        }
        Key::Ed25519Public(k) => {
            if digest.is_some() {
                return Err(SignError::Digest);
            }
            let Ok(verifier) = ed25519_dalek::VerifyingKey::from_bytes(k) else {
                return Ok(false);
            };
            let Ok(sig) = ed25519_dalek::Signature::from_slice(signature) else {
                return Ok(false);
            };
            Ok(verifier.verify_strict(data, &sig).is_ok())
        }
        _ => Err(SignError::Unsupported),
    }
}

/// RSA encryption's padding: Node's `RSA_PKCS1_PADDING` (1) or `RSA_PKCS1_OAEP_PADDING` (4,
/// the default) with its `oaepHash`.
fn oaep(hash: &str) -> Option<rsa::Oaep> {
    Some(match hash {
        "sha1" => rsa::Oaep::new::<sha1::Sha1>(),
        "sha224" => rsa::Oaep::new::<sha2::Sha224>(),
        "sha256" => rsa::Oaep::new::<sha2::Sha256>(),
        "sha384" => rsa::Oaep::new::<sha2::Sha384>(),
        "sha512" => rsa::Oaep::new::<sha2::Sha512>(),
        _ => return None,
    })
}

/// `publicEncrypt`: `None` when the key is not RSA, the hash unknown or the data too long.
pub fn public_encrypt(
    key: &Key,
    padding: u32,
    hash: &str,
    data: &[u8],
    rng: &mut Rng<'_>,
) -> Option<Vec<u8>> {
    let Key::RsaPublic(public) = key.public() else {
        return None;
    };
    match padding {
        1 => public.encrypt(rng, rsa::Pkcs1v15Encrypt, data).ok(),
        _ => public.encrypt(rng, oaep(hash)?, data).ok(),
    }
}

/// `privateDecrypt`: `None` when the key is not a private RSA key or the data does not decrypt.
pub fn private_decrypt(key: &Key, padding: u32, hash: &str, data: &[u8]) -> Option<Vec<u8>> {
    let Key::Rsa(private) = key else {
        return None;
    };
    match padding {
        1 => private.decrypt(rsa::Pkcs1v15Encrypt, data).ok(),
        _ => private.decrypt(oaep(hash)?, data).ok(),
    }
}

/// `diffieHellman({ privateKey, publicKey })` for X25519 and the EC curves; `None` when the
/// keys are not of one kind.
pub fn diffie_hellman(private: &Key, public: &Key) -> Option<Vec<u8>> {
    match (private, public.public()) {
        (Key::X25519(secret), Key::X25519Public(peer)) => Some(
            x25519_dalek::StaticSecret::from(*secret)
                .diffie_hellman(&x25519_dalek::PublicKey::from(peer))
                .as_bytes()
                .to_vec(),
        ),
        (Key::P256(secret), Key::P256Public(peer)) => Some(
            p256::ecdh::diffie_hellman(secret.to_nonzero_scalar(), peer.as_affine())
                .raw_secret_bytes()
                .to_vec(),
        ),
        (Key::P384(secret), Key::P384Public(peer)) => Some(
            p384::ecdh::diffie_hellman(secret.to_nonzero_scalar(), peer.as_affine())
                .raw_secret_bytes()
                .to_vec(),
        ),
        _ => None,
    }
}
