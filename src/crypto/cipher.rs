//! Symmetric ciphers by OpenSSL's names: AES in ECB, CBC, CTR and GCM modes (128, 192, 256-bit
//! keys) and ChaCha20-Poly1305, as pure functions over whole blocks and keystream offsets; the
//! streaming state (buffered bytes, the chaining block, padding) is `src/js/crypto/cipher.js`'s.
//! The modes are written over the block cipher (RustCrypto's `aes`, `ghash`, `chacha20`,
//! `poly1305`), as OpenSSL composes them: GCM with any IV length, CTR with its 128-bit counter.

use aes::cipher::{BlockDecrypt, BlockEncrypt, KeyInit, generic_array::GenericArray};
use chacha20::cipher::{KeyIvInit, StreamCipher, StreamCipherSeek};
use poly1305::universal_hash::UniversalHash;

/// A mode of operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Ecb,
    Cbc,
    Ctr,
    Gcm,
    ChaCha20Poly1305,
}

impl Mode {
    /// OpenSSL's mode name, as `getCipherInfo` reports it.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Ecb => "ecb",
            Mode::Cbc => "cbc",
            Mode::Ctr => "ctr",
            Mode::Gcm => "gcm",
            Mode::ChaCha20Poly1305 => "stream",
        }
    }

    /// Whether the mode turns whole 16-byte blocks (and pads), rather than a keystream.
    pub fn is_block(self) -> bool {
        matches!(self, Mode::Ecb | Mode::Cbc)
    }
}

/// What `getCipherInfo` tells about a cipher.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Info {
    pub name: &'static str,
    pub nid: u32,
    pub mode: Mode,
    pub key_len: usize,
    pub iv_len: usize,
    pub block_size: usize,
}

/// The ciphers looplab has, under OpenSSL's names (NIDs from OpenSSL's obj_mac.h).
const CIPHERS: &[Info] = &[
    info("aes-128-ecb", 418, Mode::Ecb, 16, 0, 16),
    info("aes-128-cbc", 419, Mode::Cbc, 16, 16, 16),
    info("aes-128-ctr", 904, Mode::Ctr, 16, 16, 1),
    info("id-aes128-gcm", 895, Mode::Gcm, 16, 12, 1),
    info("aes-192-ecb", 422, Mode::Ecb, 24, 0, 16),
    info("aes-192-cbc", 423, Mode::Cbc, 24, 16, 16),
    info("aes-192-ctr", 905, Mode::Ctr, 24, 16, 1),
    info("id-aes192-gcm", 898, Mode::Gcm, 24, 12, 1),
    info("aes-256-ecb", 426, Mode::Ecb, 32, 0, 16),
    info("aes-256-cbc", 427, Mode::Cbc, 32, 16, 16),
    info("aes-256-ctr", 906, Mode::Ctr, 32, 16, 1),
    info("id-aes256-gcm", 901, Mode::Gcm, 32, 12, 1),
    info("chacha20-poly1305", 1018, Mode::ChaCha20Poly1305, 32, 12, 1),
];

const fn info(
    name: &'static str,
    nid: u32,
    mode: Mode,
    key_len: usize,
    iv_len: usize,
    block_size: usize,
) -> Info {
    Info {
        name,
        nid,
        mode,
        key_len,
        iv_len,
        block_size,
    }
}

/// The cipher OpenSSL's `EVP_get_cipherbyname` finds for `name` (any case; `aes128` is
/// aes-128-cbc, `aes-128-gcm` is id-aes128-GCM), if looplab has it.
pub fn by_name(name: &str) -> Option<Info> {
    let lower = name.to_ascii_lowercase();
    let canonical = match lower.as_str() {
        "aes128" => "aes-128-cbc",
        "aes192" => "aes-192-cbc",
        "aes256" => "aes-256-cbc",
        "aes-128-gcm" => "id-aes128-gcm",
        "aes-192-gcm" => "id-aes192-gcm",
        "aes-256-gcm" => "id-aes256-gcm",
        other => other,
    };
    CIPHERS.iter().copied().find(|c| c.name == canonical)
}

/// The cipher with OpenSSL's NID `nid`.
pub fn by_nid(nid: u32) -> Option<Info> {
    CIPHERS.iter().copied().find(|c| c.nid == nid)
}

/// AES under a 16, 24 or 32-byte key.
enum Aes {
    A128(aes::Aes128),
    A192(aes::Aes192),
    A256(aes::Aes256),
}

impl Aes {
    fn new(key: &[u8]) -> Option<Aes> {
        Some(match key.len() {
            16 => Aes::A128(aes::Aes128::new_from_slice(key).ok()?),
            24 => Aes::A192(aes::Aes192::new_from_slice(key).ok()?),
            32 => Aes::A256(aes::Aes256::new_from_slice(key).ok()?),
            _ => return None,
        })
    }

    fn encrypt(&self, block: &mut [u8; 16]) {
        let b = GenericArray::from_mut_slice(block);
        match self {
            Aes::A128(c) => c.encrypt_block(b),
            Aes::A192(c) => c.encrypt_block(b),
            Aes::A256(c) => c.encrypt_block(b),
        }
    }

    fn decrypt(&self, block: &mut [u8; 16]) {
        let b = GenericArray::from_mut_slice(block);
        match self {
            Aes::A128(c) => c.decrypt_block(b),
            Aes::A192(c) => c.decrypt_block(b),
            Aes::A256(c) => c.decrypt_block(b),
        }
    }
}

fn block_of(bytes: &[u8]) -> [u8; 16] {
    let mut block = [0; 16];
    let n = bytes.len().min(16);
    block[..n].copy_from_slice(&bytes[..n]);
    block
}

/// ECB or CBC over whole blocks (`data`'s length a multiple of 16; a tail is dropped). For
/// CBC, `iv` is the chaining block: the IV, then the last ciphertext block so far.
pub fn blocks(mode: Mode, key: &[u8], iv: &[u8], data: &[u8], encrypt: bool) -> Option<Vec<u8>> {
    let aes = Aes::new(key)?;
    let mut chain = block_of(iv);
    let mut out = Vec::with_capacity(data.len());
    for chunk in data.chunks_exact(16) {
        let mut block = block_of(chunk);
        match (mode, encrypt) {
            (Mode::Cbc, true) => {
                block.iter_mut().zip(chain).for_each(|(b, c)| *b ^= c);
                aes.encrypt(&mut block);
                chain = block;
            }
            (Mode::Cbc, false) => {
                aes.decrypt(&mut block);
                block.iter_mut().zip(chain).for_each(|(b, c)| *b ^= c);
                chain = block_of(chunk);
            }
            (_, true) => aes.encrypt(&mut block),
            (_, false) => aes.decrypt(&mut block),
        }
        out.extend_from_slice(&block);
    }
    Some(out)
}

/// Adds `n` to a big-endian counter: all 128 bits (CTR, as OpenSSL's `CRYPTO_ctr128_encrypt`)
/// or the low 32 (GCM's `inc32`).
fn counter_add(block: [u8; 16], n: u64, low32: bool) -> [u8; 16] {
    if low32 {
        let mut out = block;
        let low = u32::from_be_bytes([block[12], block[13], block[14], block[15]]);
        out[12..].copy_from_slice(&low.wrapping_add(n as u32).to_be_bytes());
        out
    } else {
        u128::from_be_bytes(block)
            .wrapping_add(u128::from(n))
            .to_be_bytes()
    }
}

/// XOR `data` with an AES counter keystream from counter block `start`, `offset` bytes in.
fn aes_keystream(aes: &Aes, start: [u8; 16], low32: bool, offset: u64, data: &[u8]) -> Vec<u8> {
    (offset..)
        .zip(data)
        .map(|(pos, &byte)| {
            let mut ks = counter_add(start, pos / 16, low32);
            aes.encrypt(&mut ks);
            byte ^ ks[(pos % 16) as usize]
        })
        .collect()
}

/// GCM's hash subkey H and pre-counter block J0 for `iv` (NIST SP 800-38D, 7.1).
fn gcm_setup(aes: &Aes, iv: &[u8]) -> ([u8; 16], [u8; 16]) {
    let mut h = [0; 16];
    aes.encrypt(&mut h);
    let j0 = if iv.len() == 12 {
        let mut j0 = [0; 16];
        j0[..12].copy_from_slice(iv);
        j0[15] = 1;
        j0
    } else {
        let mut lengths = [0; 16];
        lengths[8..].copy_from_slice(&(iv.len() as u64 * 8).to_be_bytes());
        ghash(&h, &[iv], lengths)
    };
    (h, j0)
}

/// GHASH over each part zero-padded to a block, then the lengths block.
fn ghash(h: &[u8; 16], parts: &[&[u8]], lengths: [u8; 16]) -> [u8; 16] {
    let mut g = <ghash::GHash as ghash::universal_hash::KeyInit>::new(GenericArray::from_slice(h));
    for part in parts {
        g.update_padded(part);
    }
    g.update(&[GenericArray::clone_from_slice(&lengths)]);
    g.finalize().into()
}

/// XOR `data` with the keystream of a CTR, GCM or ChaCha20-Poly1305 cipher, `offset` bytes into
/// the message (so a stream of updates is processed piece by piece).
pub fn keystream(mode: Mode, key: &[u8], iv: &[u8], offset: u64, data: &[u8]) -> Option<Vec<u8>> {
    match mode {
        Mode::Ctr => Some(aes_keystream(
            &Aes::new(key)?,
            block_of(iv),
            false,
            offset,
            data,
        )),
        Mode::Gcm => {
            let aes = Aes::new(key)?;
            let (_, j0) = gcm_setup(&aes, iv);
            Some(aes_keystream(
                &aes,
                counter_add(j0, 1, true),
                true,
                offset,
                data,
            ))
        }
        Mode::ChaCha20Poly1305 => {
            let mut c = chacha(key, iv)?;
            // Block 0 keys Poly1305; the message starts at block 1.
            c.seek(64 + offset);
            let mut out = data.to_vec();
            c.apply_keystream(&mut out);
            Some(out)
        }
        Mode::Ecb | Mode::Cbc => None,
    }
}

fn chacha(key: &[u8], iv: &[u8]) -> Option<chacha20::ChaCha20> {
    if key.len() != 32 || iv.len() != 12 {
        return None;
    }
    Some(chacha20::ChaCha20::new(
        GenericArray::from_slice(key),
        GenericArray::from_slice(iv),
    ))
}

/// The authentication tag of an AEAD message (`ciphertext` whole), `tag_len` bytes.
pub fn tag(
    mode: Mode,
    key: &[u8],
    iv: &[u8],
    aad: &[u8],
    ciphertext: &[u8],
    tag_len: usize,
) -> Option<Vec<u8>> {
    let full: [u8; 16] = match mode {
        Mode::Gcm => {
            let aes = Aes::new(key)?;
            let (h, mut j0) = gcm_setup(&aes, iv);
            let mut lengths = [0; 16];
            lengths[..8].copy_from_slice(&(aad.len() as u64 * 8).to_be_bytes());
            lengths[8..].copy_from_slice(&(ciphertext.len() as u64 * 8).to_be_bytes());
            let s = ghash(&h, &[aad, ciphertext], lengths);
            aes.encrypt(&mut j0);
            std::array::from_fn(|i| s[i] ^ j0[i])
        }
        Mode::ChaCha20Poly1305 => {
            let mut c = chacha(key, iv)?;
            let mut otk = [0u8; 32];
            c.apply_keystream(&mut otk);
            let mut p = <poly1305::Poly1305 as poly1305::universal_hash::KeyInit>::new(
                GenericArray::from_slice(&otk),
            );
            p.update_padded(aad);
            p.update_padded(ciphertext);
            let mut lengths = [0; 16];
            lengths[..8].copy_from_slice(&(aad.len() as u64).to_le_bytes());
            lengths[8..].copy_from_slice(&(ciphertext.len() as u64).to_le_bytes());
            p.update(&[GenericArray::clone_from_slice(&lengths)]);
            p.finalize().into()
        }
        _ => return None,
    };
    Some(full[..tag_len.min(16)].to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn known_answers_from_node() {
        let key = [1u8; 16];
        let iv = [2u8; 16];
        // createCipheriv('aes-128-ctr', alloc(16, 1), alloc(16, 2)) on 'hello world'.
        let ct = keystream(Mode::Ctr, &key, &iv, 0, b"hello world").unwrap();
        assert_eq!(hex(&ct), "7fb3789f168942ff058531");
        // The same in two pieces.
        let mut two = keystream(Mode::Ctr, &key, &iv, 0, b"hello").unwrap();
        two.extend(keystream(Mode::Ctr, &key, &iv, 5, b" world").unwrap());
        assert_eq!(two, ct);
        // aes-128-gcm with a 16-byte IV on 'hello': ciphertext and tag.
        let ct = keystream(Mode::Gcm, &key, &iv, 0, b"hello").unwrap();
        assert_eq!(hex(&ct), "81c5771b89");
        let t = tag(Mode::Gcm, &key, &iv, b"", &ct, 16).unwrap();
        assert_eq!(hex(&t), "4d1e633cde786c2ae608f163481d937a");
        // chacha20-poly1305, key alloc(32, 1), iv alloc(12, 2), 'hello'.
        let ct = keystream(Mode::ChaCha20Poly1305, &[1; 32], &[2; 12], 0, b"hello").unwrap();
        assert_eq!(hex(&ct), "8e799e42e2");
        let t = tag(Mode::ChaCha20Poly1305, &[1; 32], &[2; 12], b"", &ct, 16).unwrap();
        assert_eq!(hex(&t), "dd562ebe25c86689bee99b6fd7664412");
    }

    #[test]
    fn names_as_openssl() {
        assert_eq!(by_name("AES-128-CBC").map(|c| c.name), Some("aes-128-cbc"));
        assert_eq!(by_name("aes256").map(|c| c.name), Some("aes-256-cbc"));
        assert_eq!(by_name("aes-256-gcm").map(|c| c.nid), Some(901));
        assert!(by_name("aes-128-xyz").is_none());
    }
}
