//! WHATWG `TextDecoder` as Node 20 behaves (lib/internal/encoding.js), for
//! the encodings it is used with here: utf-8, utf-16le and windows-1252
//! (`latin1`, `ascii`, … labels).

use super::utf8::{Malformed, REPLACEMENT, Utf8Decoder};

/// An encoding a [`TextDecoder`] can be made for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf16le,
    Windows1252,
}

impl TextEncoding {
    /// `getEncodingFromLabel`: ASCII whitespace trimmed, ASCII lowercased,
    /// then the WHATWG label table (only the labels of the three supported
    /// encodings; others are `None`, i.e. ERR_ENCODING_NOT_SUPPORTED here).
    pub fn from_label(label: &str) -> Option<TextEncoding> {
        let l = label
            .trim_matches(|c| matches!(c, '\t' | '\n' | '\x0C' | '\r' | ' '))
            .to_ascii_lowercase();
        Some(match l.as_str() {
            "unicode-1-1-utf-8" | "unicode11utf8" | "unicode20utf8" | "utf-8" | "utf8"
            | "x-unicode20utf8" => TextEncoding::Utf8,
            "csunicode" | "iso-10646-ucs-2" | "ucs-2" | "unicode" | "unicodefeff" | "utf-16"
            | "utf-16le" => TextEncoding::Utf16le,
            "ansi_x3.4-1968" | "ascii" | "cp1252" | "cp819" | "csisolatin1" | "ibm819"
            | "iso-8859-1" | "iso-ir-100" | "iso8859-1" | "iso88591" | "iso_8859-1"
            | "iso_8859-1:1987" | "l1" | "latin1" | "us-ascii" | "windows-1252" | "x-cp1252" => {
                TextEncoding::Windows1252
            }
            _ => return None,
        })
    }

    /// `decoder.encoding`.
    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "utf-8",
            TextEncoding::Utf16le => "utf-16le",
            TextEncoding::Windows1252 => "windows-1252",
        }
    }
}

/// windows-1252 bytes 0x80..=0x9F (the rest are latin1).
const WINDOWS_1252_HIGH: [u16; 32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
];

/// Decodes windows-1252.
pub fn decode_windows_1252(bytes: &[u8]) -> Vec<u16> {
    bytes
        .iter()
        .map(|&b| {
            if (0x80..0xA0).contains(&b) {
                WINDOWS_1252_HIGH[usize::from(b - 0x80)]
            } else {
                u16::from(b)
            }
        })
        .collect()
}

/// The UTF-16LE decoder with its carried-over byte and surrogate, as ICU's converter (Node's
/// TextDecoder) keeps them between streaming calls.
#[derive(Clone, Debug, Default)]
pub struct Utf16leDecoder {
    lead_byte: Option<u8>,
    lead_surrogate: Option<u16>,
}

impl Utf16leDecoder {
    /// On `Err` (fatal only) the state is what ICU leaves after the error: nothing, except when
    /// the unmatched lead surrogate began in an earlier call. ICU then checks the next unit in
    /// its `toUBytes` path, whose back-out (`ucnv_u16.cpp`, "back out reading the code unit
    /// after it") always keeps that unit's first byte pending, so a later chunk decodes from it.
    pub fn decode(
        &mut self,
        bytes: &[u8],
        out: &mut Vec<u16>,
        fatal: bool,
    ) -> Result<(), Malformed> {
        // Whether the next unit completes one begun in an earlier call, and whether the pending
        // lead surrogate did.
        let mut unit_carried = self.lead_byte.is_some();
        let mut lead_carried = self.lead_surrogate.is_some();
        for &b in bytes {
            let Some(lead) = self.lead_byte.take() else {
                self.lead_byte = Some(b);
                continue;
            };
            let carried = std::mem::take(&mut unit_carried);
            let cu = u16::from_le_bytes([lead, b]);
            if let Some(hi) = self.lead_surrogate.take() {
                if (0xDC00..0xE000).contains(&cu) {
                    out.push(hi);
                    out.push(cu);
                    continue;
                }
                if fatal {
                    self.lead_byte = lead_carried.then_some(lead);
                    return Err(Malformed);
                }
                out.push(REPLACEMENT);
            }
            if (0xD800..0xDC00).contains(&cu) {
                self.lead_surrogate = Some(cu);
                lead_carried = carried;
            } else if (0xDC00..0xE000).contains(&cu) {
                if fatal {
                    return Err(Malformed);
                }
                out.push(REPLACEMENT);
            } else {
                out.push(cu);
            }
        }
        Ok(())
    }

    pub fn finish(&mut self, out: &mut Vec<u16>, fatal: bool) -> Result<(), Malformed> {
        if self.lead_byte.take().is_some() | self.lead_surrogate.take().is_some() {
            if fatal {
                return Err(Malformed);
            }
            out.push(REPLACEMENT);
        }
        Ok(())
    }
}

/// The `RangeError [ERR_ENCODING_NOT_SUPPORTED]` message for a label that
/// [`TextEncoding::from_label`] rejects (the label as given, untrimmed).
pub fn not_supported_message(label: &str) -> String {
    format!("The \"{label}\" encoding is not supported")
}

/// The `TypeError [ERR_ENCODING_INVALID_ENCODED_DATA]` a fatal decoder throws.
pub fn invalid_data_message(enc: TextEncoding) -> String {
    format!("The encoded data was not valid for encoding {}", enc.name())
}

/// A `TextDecoder` instance.
///
/// Node 20 quirk reproduced: windows-1252 decoding uses a latin1 fast path
/// (bytes 0x80–0x9F map to U+0080–U+009F) until the first `{ stream: true }`
/// call, after which that instance always goes through ICU's real
/// windows-1252. That fast path also drops a leading 0xFF byte when
/// `ignoreBOM` is set (sic).
#[derive(Clone, Debug)]
pub struct TextDecoder {
    encoding: TextEncoding,
    fatal: bool,
    ignore_bom: bool,
    bom_seen: bool,
    /// The previous `decode` had `{ stream: true }`.
    streaming: bool,
    /// Node's `kLatin1FastPath`, cleared for good by a streaming call.
    latin1_fast_path: bool,
    utf8: Utf8Decoder,
    utf16: Utf16leDecoder,
}

impl TextDecoder {
    pub fn new(encoding: TextEncoding, fatal: bool, ignore_bom: bool) -> TextDecoder {
        TextDecoder {
            encoding,
            fatal,
            ignore_bom,
            bom_seen: false,
            streaming: false,
            latin1_fast_path: true,
            utf8: Utf8Decoder::new(),
            utf16: Utf16leDecoder::default(),
        }
    }

    pub fn encoding(&self) -> TextEncoding {
        self.encoding
    }

    pub fn fatal(&self) -> bool {
        self.fatal
    }

    pub fn ignore_bom(&self) -> bool {
        self.ignore_bom
    }

    /// `decoder.decode(bytes, { stream })`. `Err` means throw
    /// `TypeError [ERR_ENCODING_INVALID_ENCODED_DATA]` ([`invalid_data_message`]).
    pub fn decode(&mut self, bytes: &[u8], stream: bool) -> Result<Vec<u16>, Malformed> {
        if !self.streaming {
            // A new stream: fresh decoder state and BOM handling.
            self.bom_seen = false;
            self.utf8 = Utf8Decoder::new();
            self.utf16 = Utf16leDecoder::default();
        }
        self.streaming = stream;
        let mut out = Vec::with_capacity(bytes.len());
        let result = match self.encoding {
            TextEncoding::Utf8 => self
                .utf8
                .decode(bytes, &mut out, self.fatal)
                .and_then(|()| {
                    if stream {
                        Ok(())
                    } else {
                        self.utf8.finish(&mut out, self.fatal)
                    }
                }),
            TextEncoding::Utf16le => {
                self.utf16
                    .decode(bytes, &mut out, self.fatal)
                    .and_then(|()| {
                        if stream {
                            Ok(())
                        } else {
                            self.utf16.finish(&mut out, self.fatal)
                        }
                    })
            }
            TextEncoding::Windows1252 => {
                self.latin1_fast_path &= !stream;
                out = if self.latin1_fast_path {
                    // Node 20's fast path drops a leading 0xFF when ignoreBOM is set.
                    let bytes = match bytes {
                        [0xFF, rest @ ..] if self.ignore_bom => rest,
                        _ => bytes,
                    };
                    bytes.iter().map(|&b| u16::from(b)).collect()
                } else {
                    decode_windows_1252(bytes)
                };
                Ok(())
            }
        };
        if let Err(e) = result {
            // Node resets its ICU converter after every flush, failed or not. A failed
            // streaming call keeps what the converter kept (the UTF-16LE decoder left that
            // state; the UTF-8 one drops its partial character) and the BOM position.
            self.utf8 = Utf8Decoder::new();
            if !stream {
                self.utf16 = Utf16leDecoder::default();
                self.streaming = false;
            }
            return Err(e);
        }
        if !self.ignore_bom
            && !self.bom_seen
            && self.encoding != TextEncoding::Windows1252
            && !out.is_empty()
        {
            if out[0] == 0xFEFF {
                out.remove(0);
            }
            self.bom_seen = true;
        }
        Ok(out)
    }
}
