//! Where Node 20.20.2 throws each Buffer error, as the "arrow" it prints when the error ends
//! the process: Node shows its own source line there, not the user's.

pub const VALIDATOR: &str = "node:internal/errors:541\n      throw error;\n      ^\n";
pub const BOUNDS_INTEGER: &str = "node:internal/buffer:82\n    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);\n    ^\n";
pub const BOUNDS_OOB: &str =
    "node:internal/buffer:86\n    throw new ERR_BUFFER_OUT_OF_BOUNDS();\n    ^\n";
pub const BOUNDS_RANGE: &str =
    "node:internal/buffer:88\n  throw new ERR_OUT_OF_RANGE(type || 'offset',\n  ^\n";
pub const CHECK_INT: &str =
    "node:internal/buffer:74\n    throw new ERR_OUT_OF_RANGE('value', range, value);\n    ^\n";
pub const WRITE_U8: &str = "node:internal/buffer:740\n    throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);\n    ^\n";
pub const READ_UINT_LE_OFFSET: &str = "node:internal/buffer:172\n    throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);\n    ^\n";
pub const READ_UINT_BE_OFFSET: &str = "node:internal/buffer:261\n    throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);\n    ^\n";
pub const READ_INT_LE_OFFSET: &str = "node:internal/buffer:341\n    throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);\n    ^\n";
pub const READ_INT_BE_OFFSET: &str = "node:internal/buffer:433\n    throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);\n    ^\n";
pub const FROM_TYPE: &str = "node:buffer:322\n  throw new ERR_INVALID_ARG_TYPE(\n  ^\n";
pub const FROM_ENCODING: &str =
    "node:buffer:484\n      throw new ERR_UNKNOWN_ENCODING(encoding);\n      ^\n";
pub const AB_OFFSET: &str =
    "node:buffer:503\n    throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');\n    ^\n";
pub const AB_LENGTH: &str =
    "node:buffer:512\n        throw new ERR_BUFFER_OUT_OF_BOUNDS('length');\n        ^\n";
pub const COMPARE_BUF1: &str = "node:buffer:557\n    throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);\n    ^\n";
pub const COMPARE_BUF2: &str = "node:buffer:561\n    throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);\n    ^\n";
pub const CONCAT_ITEM: &str = "node:buffer:601\n      throw new ERR_INVALID_ARG_TYPE(\n      ^\n";
pub const COPY_TARGET: &str = "node:buffer:209\n    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);\n    ^\n";
pub const COPY_TARGET_START: &str = "node:buffer:216\n      throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);\n      ^\n";
pub const COPY_SOURCE_START: &str = "node:buffer:224\n      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);\n      ^\n";
pub const COPY_SOURCE_END: &str =
    "node:buffer:232\n      throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);\n      ^\n";
pub const COPY_BYTES_VIEW: &str =
    "node:buffer:339\n    throw new ERR_INVALID_ARG_TYPE('view', [ 'TypedArray' ], view);\n    ^\n";
pub const BYTE_LENGTH_TYPE: &str = "node:buffer:776\n    throw new ERR_INVALID_ARG_TYPE(\n    ^\n";
pub const TO_STRING_ENCODING: &str =
    "node:buffer:861\n    throw new ERR_UNKNOWN_ENCODING(encoding);\n    ^\n";
pub const EQUALS: &str = "node:buffer:868\n    throw new ERR_INVALID_ARG_TYPE(\n    ^\n";
pub const COMPARE_TARGET: &str = "node:buffer:923\n    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);\n    ^\n";
pub const INDEX_OF_ENCODING: &str =
    "node:buffer:996\n      throw new ERR_UNKNOWN_ENCODING(encoding);\n      ^\n";
pub const INDEX_OF_TYPE: &str = "node:buffer:1006\n  throw new ERR_INVALID_ARG_TYPE(\n  ^\n";
pub const FILL_ENCODING: &str =
    "node:buffer:1045\n      throw new ERR_UNKNOWN_ENCODING(encoding);\n      ^\n";
pub const FILL_VALUE: &str =
    "node:buffer:1094\n        throw new ERR_INVALID_ARG_VALUE('value', value);\n        ^\n";
pub const WRITE_ENCODING: &str =
    "node:buffer:1138\n    throw new ERR_UNKNOWN_ENCODING(encoding);\n    ^\n";
pub const SWAP16: &str =
    "node:buffer:1193\n    throw new ERR_INVALID_BUFFER_SIZE('16-bits');\n    ^\n";
pub const SWAP32: &str =
    "node:buffer:1208\n    throw new ERR_INVALID_BUFFER_SIZE('32-bits');\n    ^\n";
pub const SWAP64: &str =
    "node:buffer:1225\n    throw new ERR_INVALID_BUFFER_SIZE('64-bits');\n    ^\n";
pub const IS_UTF8: &str = "node:buffer:1312\n  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);\n  ^\n";
pub const IS_ASCII: &str = "node:buffer:1320\n  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);\n  ^\n";
pub const ENCODE_INTO_DEST: &str = "node:internal/encoding:360\n      throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);\n      ^\n";
pub const TEXT_DECODER_LABEL: &str = "node:internal/encoding:409\n        throw new ERR_ENCODING_NOT_SUPPORTED(encoding);\n        ^\n";
pub const STRING_DECODER_ENCODING: &str =
    "node:string_decoder:69\n      throw new ERR_UNKNOWN_ENCODING(enc);\n      ^\n";
// A DOMException is not an engine error in Node, which prints it after a blank line and
// with no blank line after the arrow: the arrow carries that layout.
pub const ATOB_INVALID: &str = "\nnode:buffer:1294\n      throw lazyDOMException('Invalid character', 'InvalidCharacterError');\n      ^";
pub const ATOB_LENGTH: &str = "\nnode:buffer:1296\n      throw lazyDOMException(\n      ^";
pub const ATOB_MISSING: &str =
    "node:buffer:1287\n    throw new ERR_MISSING_ARGS('input');\n    ^\n";
pub const BTOA_INVALID: &str = "\nnode:buffer:1280\n    throw lazyDOMException('Invalid character', 'InvalidCharacterError');\n    ^";
pub const BTOA_MISSING: &str =
    "node:buffer:1276\n    throw new ERR_MISSING_ARGS('input');\n    ^\n";
pub const STRING_DECODER_WRITE: &str =
    "node:string_decoder:98\n    throw new ERR_INVALID_ARG_TYPE('buf',\n    ^\n";

/// `buf.write(notAString, ...)`: the call into C++ that throws, per path and encoding.
pub fn write_not_string(offset_given: bool, encoding: Option<&str>) -> &'static str {
    match encoding {
        _ if !offset_given => {
            "node:buffer:1105\n    return this.utf8Write(string, 0, this.length);\n                ^\n"
        }
        None | Some("utf8") => {
            "node:buffer:1132\n    return this.utf8Write(string, offset, length);\n                ^\n"
        }
        Some("ascii") => {
            "node:buffer:1134\n    return this.asciiWrite(string, offset, length);\n                ^\n"
        }
        Some(name) => match name.to_ascii_lowercase().as_str() {
            "utf8" | "utf-8" => {
                "node:buffer:634\n    write: (buf, string, offset, len) => buf.utf8Write(string, offset, len),\n                                             ^\n"
            }
            "ucs2" | "ucs-2" => {
                "node:buffer:643\n    write: (buf, string, offset, len) => buf.ucs2Write(string, offset, len),\n                                             ^\n"
            }
            "utf16le" | "utf-16le" => {
                "node:buffer:652\n    write: (buf, string, offset, len) => buf.ucs2Write(string, offset, len),\n                                             ^\n"
            }
            "latin1" | "binary" => {
                "node:buffer:661\n    write: (buf, string, offset, len) => buf.latin1Write(string, offset, len),\n                                             ^\n"
            }
            "ascii" => {
                "node:buffer:670\n    write: (buf, string, offset, len) => buf.asciiWrite(string, offset, len),\n                                             ^\n"
            }
            "base64" => {
                "node:buffer:683\n    write: (buf, string, offset, len) => buf.base64Write(string, offset, len),\n                                             ^\n"
            }
            "base64url" => {
                "node:buffer:697\n      buf.base64urlWrite(string, offset, len),\n          ^\n"
            }
            _ => {
                "node:buffer:710\n    write: (buf, string, offset, len) => buf.hexWrite(string, offset, len),\n                                             ^\n"
            }
        },
    }
}
