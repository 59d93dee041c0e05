//! Node's Buffer encodings and their names.

/// One of the encodings a `Buffer` understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Encoding {
    Utf8,
    /// `utf16le`, alias `ucs2`.
    Utf16le,
    /// `latin1`, alias `binary`.
    Latin1,
    Ascii,
    Base64,
    Base64url,
    Hex,
}

/// Every encoding, in the order of Node's `encodingsMap` names.
pub const ALL_ENCODINGS: [Encoding; 7] = [
    Encoding::Utf8,
    Encoding::Utf16le,
    Encoding::Latin1,
    Encoding::Ascii,
    Encoding::Base64,
    Encoding::Base64url,
    Encoding::Hex,
];

impl Encoding {
    /// Node's `getEncodingOps(encoding)` (lib/buffer.js) applied to
    /// `String(encoding)`: the exact names `utf8 utf-8 ucs2 ucs-2 utf16le
    /// utf-16le latin1 binary base64 base64url hex ascii`, case-insensitively.
    /// Anything else, including `""`, is `None`, and the caller throws
    /// `ERR_UNKNOWN_ENCODING` ([`super::BufferError::UnknownEncoding`]).
    ///
    /// Node lower-cases with the full Unicode `toLowerCase`, but no non-ASCII
    /// character lower-cases into these ASCII names (the Kelvin sign becomes `k`,
    /// which none contains), so ASCII case folding is exact.
    pub fn parse(name: &str) -> Option<Encoding> {
        Self::parse_units(&name.encode_utf16().collect::<Vec<u16>>())
    }

    /// [`Encoding::parse`] on a JS string's UTF-16 code units.
    pub fn parse_units(name: &[u16]) -> Option<Encoding> {
        // Longest name is "base64url" (9); bail out early on anything longer.
        if name.is_empty() || name.len() > 9 {
            return None;
        }
        let mut lower = String::with_capacity(name.len());
        for &u in name {
            let c = char::from_u32(u32::from(u))?;
            if !c.is_ascii() {
                return None;
            }
            lower.push(c.to_ascii_lowercase());
        }
        Some(match lower.as_str() {
            "utf8" | "utf-8" => Encoding::Utf8,
            "ucs2" | "ucs-2" | "utf16le" | "utf-16le" => Encoding::Utf16le,
            "latin1" | "binary" => Encoding::Latin1,
            "ascii" => Encoding::Ascii,
            "base64" => Encoding::Base64,
            "base64url" => Encoding::Base64url,
            "hex" => Encoding::Hex,
            _ => return None,
        })
    }

    /// Node's `normalizeEncoding` (lib/internal/util.js) for a string argument:
    /// like [`Encoding::parse`] but `""` means utf8. (`null`/`undefined` also mean
    /// utf8 there; that is the caller's business.) Used by `buf.fill`,
    /// `StringDecoder` and `Buffer.isEncoding` (which first rejects `""`).
    pub fn normalize(name: &str) -> Option<Encoding> {
        if name.is_empty() {
            Some(Encoding::Utf8)
        } else {
            Self::parse(name)
        }
    }

    /// `Buffer.isEncoding(name)` for a string argument.
    pub fn is_encoding(name: &str) -> bool {
        !name.is_empty() && Self::parse(name).is_some()
    }

    /// Node's canonical name (what `normalizeEncoding` returns, and what
    /// `StringDecoder#encoding` shows).
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf8",
            Encoding::Utf16le => "utf16le",
            Encoding::Latin1 => "latin1",
            Encoding::Ascii => "ascii",
            Encoding::Base64 => "base64",
            Encoding::Base64url => "base64url",
            Encoding::Hex => "hex",
        }
    }
}

impl std::fmt::Display for Encoding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
