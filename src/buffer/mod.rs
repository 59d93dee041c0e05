//! The pure-Rust heart of Node 20's `Buffer`: encodings, codecs, byte operations, numeric accessors and Node's exact error messages (no engine types; std only).
//!
//! Every behaviour here is modelled on Node v20's sources (lib/buffer.js,
//! lib/internal/buffer.js, lib/internal/errors.js, src/string_bytes.cc,
//! src/base64-inl.h, src/node_buffer.cc, src/string_decoder.cc) and checked
//! against real `node`: the unit tests' expected values and
//! tests/data/buffer_vectors.json were produced by node itself.
//!
//! JS strings cross this boundary as UTF-16 code units (`&[u16]` /
//! `Vec<u16>`) because they may contain lone surrogates. JS arguments whose
//! type matters for validation cross as [`JsArg`]. Nothing here panics on any
//! input; lengths are `usize` and arithmetic is checked or saturating.
//!
//! Map from the JS API to this module:
//!
//! | JS | Rust |
//! | --- | --- |
//! | encoding names, `Buffer.isEncoding` | [`Encoding::parse`], [`Encoding::normalize`], [`Encoding::is_encoding`] |
//! | `Buffer.from(str, enc)` | [`codec::encode`] |
//! | `buf.toString(enc, s, e)` | [`ops::to_string_range`] + [`codec::decode`] |
//! | `buf.write(str, off, len, enc)` | [`ops::write_range`] + [`codec::write`] |
//! | `Buffer.byteLength` | [`codec::byte_length`] |
//! | `buf.fill` / `Buffer.alloc(n, fill, enc)` | [`ops::fill_range`] + [`ops::fill`] |
//! | `indexOf` / `lastIndexOf` / `includes` | [`ops::index_of_start`] + [`ops::index_of_byte`] / [`ops::index_of_bytes`] / [`ops::index_of_string`] |
//! | `Buffer.compare`, `equals`, `buf.compare` | [`ops::compare`], [`ops::compare_ranges`] |
//! | `buf.copy` | [`ops::copy_plan`] |
//! | `subarray` / `slice` | [`ops::subarray_range`] |
//! | `Buffer.from(arrayBuffer, off, len)` | [`ops::array_buffer_range`] |
//! | `Buffer.concat` | [`ops::concat`] |
//! | `swap16/32/64` | [`ops::swap16`] … |
//! | `read*/write*` | [`access`] |
//! | `util.inspect(buf)` | [`inspect::inspect_bytes`] |
//! | `atob` / `btoa` | [`base64::atob`] / [`base64::btoa`] |
//! | `StringDecoder` | [`string_decoder::StringDecoder`] |
//! | `TextDecoder` / `TextEncoder` | [`text::TextDecoder`], [`utf8::encode_utf8`], [`utf8::encode_utf8_into`] |

pub mod access;
pub mod base64;
pub mod codec;
pub mod encoding;
pub mod error;
pub mod hex;
pub mod inspect;
pub mod number;
pub mod ops;
pub mod string_decoder;
pub mod text;
pub mod utf8;

pub use access::Endian;
pub use encoding::Encoding;
pub use error::{BufferError, ErrorKind, JsArg};
pub use inspect::{INSPECT_MAX_BYTES, inspect_bytes};
pub use ops::{K_MAX_LENGTH, K_STRING_MAX_LENGTH};

/// `Buffer.poolSize`.
pub const POOL_SIZE: usize = 8 * 1024;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod vectors_test;
