//! Unit tests; every expected value was printed by real node v20
//! (`node -e ...`), not worked out by hand.

use super::access::{self, Endian};
use super::base64;
use super::codec::{self, units};
use super::encoding::Encoding;
use super::error::{BufferError, JsArg};
use super::inspect::inspect_bytes;
use super::number::{add_numerical_separator, inspect_number, js_number_to_string};
use super::ops::{self, FillValue};
use super::string_decoder::StringDecoder;
use super::text::{TextDecoder, TextEncoding};

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn from(s: &str, enc: &str) -> String {
    hex(&codec::encode(&units(s), Encoding::parse(enc).unwrap()))
}

fn from_units(s: &[u16], enc: &str) -> String {
    hex(&codec::encode(s, Encoding::parse(enc).unwrap()))
}

fn n(x: f64) -> JsArg {
    JsArg::Number(x)
}

#[test]
fn encoding_names() {
    // Buffer.isEncoding(...)
    for (name, ok) in [
        ("UTF8", true),
        ("Utf-8", true),
        ("utf-16le", true),
        ("UCS-2", true),
        ("Binary", true),
        ("BASE64URL", true),
        ("Hex", true),
        ("latin-1", false),
        ("utf16", false),
        ("", false),
        ("buffer", false),
        ("ucs2 ", false),
    ] {
        assert_eq!(Encoding::is_encoding(name), ok, "{name}");
    }
    assert_eq!(Encoding::parse("UCS2"), Some(Encoding::Utf16le));
    assert_eq!(Encoding::parse("binary"), Some(Encoding::Latin1));
    assert_eq!(Encoding::normalize(""), Some(Encoding::Utf8));
    assert_eq!(Encoding::parse(""), None);
    // String(new TypeError) for Buffer.from('a', 'xyz')
    let e = BufferError::UnknownEncoding { name: "xyz".into() };
    assert_eq!(
        e.to_js_string(),
        "TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: xyz"
    );
}

#[test]
fn base64_decoding_oddities() {
    // Buffer.from(s, 'base64').toString('hex'), Buffer.byteLength(s, 'base64')
    for (s, want, len) in [
        ("ab", "69", 1),
        ("abc", "69b7", 2),
        ("ab=cd", "69", 3),
        ("ab==cd", "69", 4),
        ("a===", "", 1),
        ("=abc", "", 3),
        ("ab c\nd", "69b71d", 4),
        ("a-_b", "6befdb", 3),
        ("ab$$cd", "69b71d", 4),
        ("YQ===", "61", 2),
        ("YW=Jj", "61", 3),
        ("====", "", 1),
        ("  ", "", 1),
        ("YQ==YQ==", "61", 4),
        ("YWJjZA==x", "61626364", 6),
    ] {
        assert_eq!(from(s, "base64"), want, "{s}");
        assert_eq!(from(s, "base64url"), want, "{s}");
        assert_eq!(codec::byte_length(&units(s), Encoding::Base64), len, "{s}");
    }
    // Two-byte strings are read through their low byte: '\u0159\u0161' is "Ya".
    assert_eq!(from_units(&[0x159, 0x161], "base64"), "61");
    assert_eq!(base64::encode(&[1, 2, 3, 4], false), "AQIDBA==");
    assert_eq!(base64::encode(&[0xfb, 0xff], true), "-_8");
    assert_eq!(base64::encode(&[0xfb, 0xff, 0xbf, 0], true), "-_-_AA");
}

#[test]
fn hex_latin1_ascii_utf16() {
    for (s, want) in [
        ("abc", "ab"),
        ("zz", ""),
        ("a z1", ""),
        ("1234567", "123456"),
        ("12 34", "12"),
        ("aBcD", "abcd"),
    ] {
        assert_eq!(from(s, "hex"), want, "{s}");
    }
    assert_eq!(from_units(&[0x161, 0x162], "hex"), "ab");
    assert_eq!(from_units(&[0xe9, 0x20ac, 0xd83d], "ascii"), "e9ac3d");
    assert_eq!(from_units(&[0xe9, 0x20ac, 0xd83d], "latin1"), "e9ac3d");
    assert_eq!(from_units(&[0x61, 0xd83d], "utf16le"), "61003dd8");
    // [0x41,0x80,0xc3,0xa9,0xff,0x7f].toString('ascii') masks the top bit.
    let b = [0x41, 0x80, 0xc3, 0xa9, 0xff, 0x7f];
    assert_eq!(
        codec::decode(&b, Encoding::Ascii),
        vec![0x41, 0x00, 0x43, 0x29, 0x7f, 0x7f]
    );
    // Buffer.from([0x61,0x62,0x63]).toString('utf16le') === '扡'
    assert_eq!(codec::decode(b"abc", Encoding::Utf16le), vec![0x6261]);
}

#[test]
fn utf8_encode_and_decode() {
    assert_eq!(from_units(&[0x61, 0xd83d], "utf8"), "61efbfbd");
    assert_eq!(from_units(&[0xdc00, 0x61], "utf8"), "efbfbd61");
    assert_eq!(from_units(&[0xd83d, 0xde00], "utf8"), "f09f9880");
    assert_eq!(from_units(&[0xde00, 0xd83d], "utf8"), "efbfbdefbfbd");
    // toString().length for F0 9F 98 / C0 80 / ED A0 80
    assert_eq!(
        codec::decode(&[0xf0, 0x9f, 0x98], Encoding::Utf8),
        vec![0xfffd]
    );
    assert_eq!(
        codec::decode(&[0xc0, 0x80], Encoding::Utf8),
        vec![0xfffd, 0xfffd]
    );
    assert_eq!(
        codec::decode(&[0xed, 0xa0, 0x80], Encoding::Utf8),
        vec![0xfffd; 3]
    );
}

#[test]
fn partial_writes() {
    // b = Buffer.alloc(n, 0xaa); b.write(s, enc) → written, hex
    let cases: [(usize, &[u16], &str, usize, &str); 14] = [
        (2, &[0x20ac], "utf8", 0, "aaaa"),
        (3, &[0x20ac], "utf8", 3, "e282ac"),
        (4, &[0x61, 0xd83d, 0xde00], "utf8", 1, "61aaaaaa"),
        (3, &[0x61, 0xd83d], "utf8", 1, "61aaaa"),
        (4, &[0xd83d, 0xd83d], "utf8", 3, "efbfbdaa"),
        (3, &[0x61, 0x62, 0x63], "ucs2", 2, "6100aa"),
        (1, &[0x61, 0x62, 0x63], "ucs2", 0, "aa"),
        (2, &[0x61, 0x62, 0x63, 0x64, 0x65, 0x66], "hex", 2, "abcd"),
        (3, &[0x61, 0x62], "hex", 1, "abaaaa"),
        (
            2,
            &[0x59, 0x57, 0x4a, 0x6a, 0x5a, 0x41, 0x3d, 0x3d],
            "base64",
            2,
            "6162",
        ),
        (
            5,
            &[0x59, 0x57, 0x4a, 0x6a, 0x5a, 0x41, 0x3d, 0x3d],
            "base64",
            4,
            "61626364aa",
        ),
        (3, &[0xe9, 0x20ac], "latin1", 2, "e9acaa"),
        (3, &[0xe9, 0x20ac], "ascii", 2, "e9acaa"),
        (
            3,
            &[0x61, 0x62, 0x63, 0x64, 0x65, 0x66],
            "latin1",
            3,
            "616263",
        ),
    ];
    for (size, s, enc, written, want) in cases {
        let mut b = vec![0xaa; size];
        assert_eq!(
            codec::write(&mut b, s, Encoding::parse(enc).unwrap()),
            written,
            "{s:x?} {enc}"
        );
        assert_eq!(hex(&b), want, "{s:x?} {enc}");
    }
}

#[test]
fn number_formatting() {
    for (x, s) in [
        (1e21, "1e+21"),
        (1e300, "1e+300"),
        (-1e-7, "-1e-7"),
        (255.5, "255.5"),
        (8589934592.0, "8589934592"),
        (0.1, "0.1"),
        (123456789012345680000.0, "123456789012345680000"),
        (1.5e-7, "1.5e-7"),
        (0.000001, "0.000001"),
    ] {
        assert_eq!(js_number_to_string(x), s);
    }
    assert_eq!(inspect_number(-0.0), "-0");
    assert_eq!(
        add_numerical_separator("1099511627776"),
        "1_099_511_627_776"
    );
    assert_eq!(
        add_numerical_separator("-140737488355329"),
        "-140_737_488_355_329"
    );
    assert_eq!(add_numerical_separator("1e+21"), "1e_+21");
    assert_eq!(add_numerical_separator("1e+300"), "1e+_300");
    assert_eq!(add_numerical_separator("4294"), "4_294");
    assert_eq!(add_numerical_separator("-429"), "-429");
}

fn msg<T: std::fmt::Debug>(r: Result<T, BufferError>) -> String {
    r.unwrap_err().to_js_string()
}

#[test]
fn accessor_errors() {
    let mut b = vec![0u8; 8];
    assert_eq!(
        msg(access::write_uint(
            &mut b,
            256.0,
            &JsArg::Undefined,
            1,
            Endian::Little
        )),
        "RangeError [ERR_OUT_OF_RANGE]: The value of \"value\" is out of range. It must be >= 0 and <= 255. Received 256"
    );
    assert_eq!(
        msg(access::write_uint(&mut b, 1.0, &n(1.5), 1, Endian::Little)),
        "RangeError [ERR_OUT_OF_RANGE]: The value of \"offset\" is out of range. It must be an integer. Received 1.5"
    );
    assert_eq!(
        msg(access::write_uint_var(
            &mut b,
            2f64.powi(40),
            &n(0.0),
            &n(5.0),
            Endian::Little
        )),
        "RangeError [ERR_OUT_OF_RANGE]: The value of \"value\" is out of range. It must be >= 0 and < 2 ** 40. Received 1_099_511_627_776"
    );
    assert_eq!(
        msg(access::write_int_var(
            &mut b,
            -(2f64.powi(47)) - 1.0,
            &n(0.0),
            &n(6.0),
            Endian::Little
        )),
        "RangeError [ERR_OUT_OF_RANGE]: The value of \"value\" is out of range. It must be >= -(2 ** 47) and < 2 ** 47. Received -140_737_488_355_329"
    );
    assert_eq!(
        msg(access::write_uint_var(
            &mut b,
            1.0,
            &n(0.0),
            &JsArg::Undefined,
            Endian::Little
        )),
        "TypeError [ERR_INVALID_ARG_TYPE]: The \"byteLength\" argument must be of type number. Received undefined"
    );
    assert_eq!(
        msg(access::write_big64(
            &mut b,
            "9223372036854775808",
            &JsArg::Undefined,
            true,
            Endian::Little
        )),
        "RangeError [ERR_OUT_OF_RANGE]: The value of \"value\" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. Received 9_223_372_036_854_775_808n"
    );
    assert_eq!(
        msg(access::write_big64(
            &mut b,
            "-1",
            &JsArg::Undefined,
            false,
            Endian::Little
        )),
        "RangeError [ERR_OUT_OF_RANGE]: The value of \"value\" is out of range. It must be >= 0n and < 2n ** 64n. Received -1n"
    );
    assert_eq!(
        msg(access::read_uint(&b, &JsArg::str("1"), 1, Endian::Little)),
        "TypeError [ERR_INVALID_ARG_TYPE]: The \"offset\" argument must be of type number. Received type string ('1')"
    );
    assert_eq!(
        msg(access::read_uint(&b, &n(1e21), 2, Endian::Little)),
        "RangeError [ERR_OUT_OF_RANGE]: The value of \"offset\" is out of range. It must be >= 0 and <= 6. Received 1e_+21"
    );
    assert_eq!(
        msg(access::read_uint(&[], &n(0.0), 4, Endian::Little)),
        "RangeError [ERR_BUFFER_OUT_OF_BOUNDS]: Attempt to access memory outside buffer bounds"
    );
    assert_eq!(
        msg(access::read_uint_var(&b, &n(0.0), &n(7.0), Endian::Little)),
        "RangeError [ERR_OUT_OF_RANGE]: The value of \"byteLength\" is out of range. It must be >= 1 and <= 6. Received 7"
    );
    assert_eq!(
        msg(access::read_uint_var(
            &b,
            &JsArg::Undefined,
            &n(1.0),
            Endian::Little
        )),
        "TypeError [ERR_INVALID_ARG_TYPE]: The \"offset\" argument must be of type number. Received undefined"
    );
    // writeUInt8(1000, 'x'): the offset type is checked before the value.
    assert_eq!(
        msg(access::write_uint(
            &mut b,
            1000.0,
            &JsArg::str("x"),
            1,
            Endian::Little
        )),
        "TypeError [ERR_INVALID_ARG_TYPE]: The \"offset\" argument must be of type number. Received type string ('x')"
    );
    // writeUInt16LE(100000, 'x'): the value is checked first.
    assert_eq!(
        msg(access::write_uint(
            &mut b,
            100000.0,
            &JsArg::str("x"),
            2,
            Endian::Little
        )),
        "RangeError [ERR_OUT_OF_RANGE]: The value of \"value\" is out of range. It must be >= 0 and <= 65535. Received 100000"
    );
}

#[test]
fn accessor_values() {
    let mut b = vec![0u8; 8];
    assert_eq!(
        access::write_int_var(&mut b, -1.5, &n(0.0), &n(6.0), Endian::Big),
        Ok(6)
    );
    assert_eq!(hex(&b), "ffffffffffff0000");
    b.fill(0);
    access::write_f32(&mut b, 1e40, &n(0.0), Endian::Big).unwrap();
    assert_eq!(hex(&b), "7f80000000000000");
    b.fill(0);
    access::write_f32(&mut b, f64::NAN, &n(0.0), Endian::Little).unwrap();
    assert_eq!(hex(&b), "0000c07f00000000");
    b.fill(0);
    access::write_f64(&mut b, -0.0, &n(0.0), Endian::Big).unwrap();
    assert_eq!(hex(&b), "8000000000000000");
    b.fill(0);
    access::write_f32(&mut b, 1.1, &n(0.0), Endian::Big).unwrap();
    assert_eq!(hex(&b), "3f8ccccd00000000");
    b.fill(0);
    access::write_int(&mut b, -1.5, &n(0.0), 1, Endian::Little).unwrap();
    assert_eq!(hex(&b), "ff00000000000000");
}

#[test]
fn index_of_semantics() {
    let b = b"abcabc";
    let s = |x: &str| units(x);
    let idx = |needle: &str, off: f64, fwd: bool| {
        ops::index_of_string(
            b,
            &s(needle),
            Encoding::Utf8,
            ops::index_of_start(off, b.len(), fwd),
            fwd,
        )
    };
    // [indexOf, lastIndexOf] from node
    for (needle, off, want) in [
        ("b", f64::NAN, [1, 4]),
        ("b", 1.5, [1, 1]),
        ("b", -1.5, [-1, 4]),
        ("b", -4.5, [4, 1]),
        ("", 3.0, [3, 3]),
        ("", 10.0, [6, 6]),
        ("", -10.0, [0, 0]),
        ("", -1.0, [5, 5]),
        ("c", 100.0, [-1, 5]),
        ("a", -100.0, [0, -1]),
        ("bc", 5.0, [-1, 4]),
    ] {
        assert_eq!(
            [idx(needle, off, true), idx(needle, off, false)],
            want,
            "{needle:?} {off}"
        );
    }
    assert_eq!(idx("", f64::NAN, false), 6);
    assert_eq!(ops::index_of_byte(b, 98 + 256, 0, true), 1);
    assert_eq!(ops::index_of_byte(b, u32::MAX, 0, true), -1);
    // ucs2 searches whole units from offset / 2
    let u = codec::encode(&s("abcd"), Encoding::Utf16le);
    let ui = |off: i64, fwd: bool| ops::index_of_string(&u, &s("b"), Encoding::Utf16le, off, fwd);
    assert_eq!(
        [
            ui(0, true),
            ui(1, true),
            ui(3, true),
            ui(3, false),
            ui(1, false)
        ],
        [2, 2, 2, 2, -1]
    );
    // A buffer needle with 'ucs2' on an odd-length haystack misses as len - 1.
    let o = [0x61, 0, 0x62, 0, 0x63];
    assert_eq!(
        ops::index_of_string(&o, &s("c"), Encoding::Utf16le, 0, true),
        -1
    );
    assert_eq!(ops::index_of_bytes(&o, &[0x63, 0], 0, true, true), 4);
    assert_eq!(ops::index_of_bytes(&o, &[0x78, 0], 0, true, true), 4);
    assert_eq!(ops::index_of_bytes(&o, &[0x62], 0, true, true), -1);
    assert_eq!(
        ops::index_of_string(b"abcd", &s("ZA"), Encoding::Base64, 0, true),
        3
    );
    assert_eq!(
        ops::index_of_string(b"abc", &s("zz"), Encoding::Hex, 0, true),
        0
    );
}

#[test]
fn fill_semantics() {
    let run = |value: FillValue, off: JsArg, end: JsArg| -> String {
        let mut b = vec![0xaa; 7];
        match ops::fill_range(7, &off, &end).and_then(|r| match r {
            Some((s, e)) => ops::fill(&mut b, value, s, e),
            None => Ok(()),
        }) {
            Ok(()) => hex(&b),
            Err(e) => e.to_js_string(),
        }
    };
    let u = |x: &str| units(x);
    let und = JsArg::Undefined;
    assert_eq!(
        run(
            FillValue::Str(&u("abc"), Encoding::Hex),
            und.clone(),
            und.clone()
        ),
        "ababababababab"
    );
    assert_eq!(
        run(
            FillValue::Str(&u("abcdef"), Encoding::Hex),
            n(1.0),
            und.clone()
        ),
        "aaabcdefabcdef"
    );
    assert_eq!(
        run(
            FillValue::Str(&u("é"), Encoding::Utf8),
            und.clone(),
            und.clone()
        ),
        "c3a9c3a9c3a9c3"
    );
    assert_eq!(
        run(FillValue::Str(&u("€"), Encoding::Utf8), n(1.0), n(3.0)),
        "aae282aaaaaaaa"
    );
    assert_eq!(
        run(
            FillValue::Str(&[0xd83d], Encoding::Utf8),
            und.clone(),
            und.clone()
        ),
        "efbfbdefbfbdef"
    );
    assert_eq!(
        run(
            FillValue::Str(&u("ab"), Encoding::Utf16le),
            und.clone(),
            und.clone()
        ),
        "61006200610062"
    );
    assert_eq!(
        run(
            FillValue::Str(&[0x100], Encoding::Latin1),
            und.clone(),
            und.clone()
        ),
        "00000000000000"
    );
    assert_eq!(
        run(
            FillValue::Str(&u("YWJj"), Encoding::Base64),
            und.clone(),
            und.clone()
        ),
        "61626361626361"
    );
    assert_eq!(
        run(FillValue::Bytes(&[1, 2, 3]), n(1.0), n(6.0)),
        "aa0102030102aa"
    );
    assert_eq!(
        run(FillValue::Str(&u("a"), Encoding::Utf8), n(8.0), und.clone()),
        "aaaaaaaaaaaaaa"
    );
    assert_eq!(
        run(
            FillValue::Str(&u("zz"), Encoding::Hex),
            und.clone(),
            und.clone()
        ),
        "TypeError [ERR_INVALID_ARG_VALUE]: The argument 'value' is invalid. Received 'zz'"
    );
    assert_eq!(
        run(FillValue::Bytes(&[]), und.clone(), und.clone()),
        "TypeError [ERR_INVALID_ARG_VALUE]: The argument 'value' is invalid. Received <Buffer >"
    );
    assert_eq!(
        run(FillValue::Byte(1), n(-1.0), und.clone()),
        "RangeError [ERR_OUT_OF_RANGE]: The value of \"offset\" is out of range. It must be >= 0 && <= 4294967296. Received -1"
    );
    assert_eq!(
        run(FillValue::Byte(1), n(0.0), n(8.0)),
        "RangeError [ERR_OUT_OF_RANGE]: The value of \"end\" is out of range. It must be >= 0 && <= 7. Received 8"
    );
    assert_eq!(
        run(FillValue::Byte(1), JsArg::Null, und),
        "TypeError [ERR_INVALID_ARG_TYPE]: The \"offset\" argument must be of type number. Received null"
    );
}

#[test]
fn inspect_and_swap() {
    assert_eq!(inspect_bytes(b"Hello"), "<Buffer 48 65 6c 6c 6f>");
    assert_eq!(inspect_bytes(b""), "<Buffer >");
    let long: Vec<u8> = (0..52).collect();
    assert!(inspect_bytes(&long).ends_with("30 31 ... 2 more bytes>"));
    let mut b = vec![1, 2, 3];
    assert_eq!(
        ops::swap16(&mut b).unwrap_err().to_js_string(),
        "RangeError [ERR_INVALID_BUFFER_SIZE]: Buffer size must be a multiple of 16-bits"
    );
    let mut b = vec![1, 2, 3, 4, 5, 6, 7, 8];
    ops::swap64(&mut b).unwrap();
    assert_eq!(b, [8, 7, 6, 5, 4, 3, 2, 1]);
}

#[test]
fn atob_btoa() {
    let a = |s: &str| base64::atob(&units(s)).map_err(|e| e.message());
    assert_eq!(a(" YW Jj "), Ok(b"abc".to_vec()));
    assert_eq!(a("YR=="), Ok(b"a".to_vec()));
    assert_eq!(a("YQ= ="), Ok(b"a".to_vec()));
    assert_eq!(
        a("a"),
        Err("The string to be decoded is not correctly encoded.")
    );
    for bad in ["YQ=", "Y===", "YQ==YQ==", "YQ=a", "*", "-_"] {
        assert_eq!(a(bad), Err("Invalid character"), "{bad}");
    }
    assert_eq!(base64::btoa(&[0xff, 0xfe]).as_deref(), Some("//4="));
    assert_eq!(base64::btoa(&[0x100]), None);
}

#[test]
fn decoders() {
    // new TextDecoder('utf-8'): stream split of "\ufeffA€"
    let mut d = TextDecoder::new(TextEncoding::Utf8, false, false);
    assert_eq!(
        d.decode(&[0xef, 0xbb, 0xbf, 0x41, 0xe2, 0x82], true),
        Ok(vec![0x41])
    );
    assert_eq!(d.decode(&[0xac], false), Ok(vec![0x20ac]));
    assert_eq!(d.decode(&[0xef, 0xbb, 0xbf, 0x41], false), Ok(vec![0x41]));
    let mut d = TextDecoder::new(TextEncoding::Utf16le, false, false);
    assert_eq!(d.decode(&[0xff, 0xfe, 0x41, 0, 0x3d], true), Ok(vec![0x41]));
    assert_eq!(d.decode(&[0xd8], false), Ok(vec![0xfffd]));
    let mut d = TextDecoder::new(TextEncoding::Utf8, true, false);
    assert!(d.decode(&[0xff], false).is_err());
    let mut d = TextDecoder::new(TextEncoding::Windows1252, false, false);
    assert_eq!(d.decode(&[0x80, 0x41], false), Ok(vec![0x80, 0x41]));
    assert_eq!(d.decode(&[0x80, 0x41], true), Ok(vec![0x20ac, 0x41]));
    // StringDecoder keeps the partial euro sign until it completes.
    let mut sd = StringDecoder::new(Encoding::Utf8);
    assert_eq!(sd.write(&[0xe2, 0x82]), Vec::<u16>::new());
    assert_eq!(sd.write(&[0xac, 0x41]), vec![0x20ac, 0x41]);
    assert_eq!(sd.write(&[0xe2]), Vec::<u16>::new());
    assert_eq!(sd.end(), vec![0xfffd]);
}

#[test]
fn ranges() {
    assert_eq!(
        ops::array_buffer_range(4, Some(5.0), None)
            .unwrap_err()
            .to_js_string(),
        "RangeError [ERR_BUFFER_OUT_OF_BOUNDS]: \"offset\" is outside of buffer bounds"
    );
    assert_eq!(ops::array_buffer_range(8, Some(2.0), Some(3.0)), Ok((2, 3)));
    assert_eq!(ops::concat(&[b"ab", b"cd"], Some(3)), b"abc");
    assert_eq!(ops::concat(&[b"ab"], Some(4)), b"ab\0\0");
    assert_eq!(
        ops::validate_size(&n(-1.0)).unwrap_err().message(),
        "The value of \"size\" is out of range. It must be >= 0 && <= 4294967296. Received -1"
    );
}

/// No panics on arbitrary input: a deterministic sweep.
#[test]
fn never_panics() {
    let mut state = 0x1234_5678u32;
    let mut rnd = || {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        state
    };
    for _ in 0..3000 {
        let len = (rnd() % 20) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| rnd() as u8).collect();
        let text: Vec<u16> = (0..len).map(|_| rnd() as u16).collect();
        for enc in super::encoding::ALL_ENCODINGS {
            let _ = codec::decode(&bytes, enc);
            let _ = codec::encode(&text, enc);
            let mut dst = vec![0u8; (rnd() % 8) as usize];
            let _ = codec::write(&mut dst, &text, enc);
            let mut sd = StringDecoder::new(enc);
            let _ = sd.write(&bytes);
            let _ = sd.end();
            let start = (rnd() % 40) as i64 - 20;
            let _ = ops::index_of_string(&bytes, &text[..len.min(3)], enc, start, rnd() % 2 == 0);
            let _ = ops::fill(&mut dst.clone(), FillValue::Str(&text, enc), 0, dst.len());
        }
        let _ = base64::atob(&text);
        let off = JsArg::Number(f64::from(rnd() % 24) - 4.0);
        for w in 1..=6 {
            let _ = access::read_int(&bytes, &off, w, Endian::Big);
            let mut b = bytes.clone();
            let _ = access::write_uint(&mut b, f64::from(rnd()), &off, w, Endian::Little);
        }
        let _ = ops::copy_plan(
            len,
            (rnd() % 10) as usize,
            Some(f64::from(rnd() % 12)),
            Some(f64::from(rnd() % 12)),
            None,
        );
    }
}

#[test]
fn invalid_arg_type_messages() {
    // Messages printed by node for Buffer.from(5), Buffer.byteLength(5), buf.indexOf({}), …
    let e = BufferError::invalid_arg_type(
        "first argument",
        &[
            "string",
            "Buffer",
            "ArrayBuffer",
            "Array",
            "Array-like Object",
        ],
        JsArg::Number(5.0),
    );
    assert_eq!(
        e.message(),
        "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type number (5)"
    );
    let e = BufferError::invalid_arg_type(
        "string",
        &["string", "Buffer", "ArrayBuffer"],
        JsArg::Instance("Object".into()),
    );
    assert_eq!(
        e.message(),
        "The \"string\" argument must be of type string or an instance of Buffer or ArrayBuffer. Received an instance of Object"
    );
    let e = BufferError::invalid_arg_type(
        "value",
        &["number", "string", "Buffer", "Uint8Array"],
        JsArg::Bool(true),
    );
    assert_eq!(
        e.message(),
        "The \"value\" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received type boolean (true)"
    );
    let e = BufferError::invalid_arg_type("list", &["Array"], JsArg::str("abc"));
    assert_eq!(
        e.to_js_string(),
        "TypeError [ERR_INVALID_ARG_TYPE]: The \"list\" argument must be an instance of Array. Received type string ('abc')"
    );
    let e = BufferError::invalid_arg_type(
        "first argument",
        &["string"],
        JsArg::Symbol("Symbol(s)".into()),
    );
    assert!(e.message().ends_with("Received type symbol (Symbol(s))"));
    let e = BufferError::invalid_arg_type("x", &["number"], JsArg::Function("named".into()));
    assert!(e.message().ends_with("Received function named"));
    let long = JsArg::str("abcdefghijklmnopqrstuvwxyz0123456789");
    assert!(
        BufferError::invalid_arg_type("x", &["number"], long)
            .message()
            .ends_with("Received type string ('abcdefghijklmnopqrstuvwxy...')")
    );
}

#[test]
fn write_ranges() {
    // Buffer.alloc(4).write('a', off, len) argument checks, as node reports them.
    assert_eq!(ops::write_range(4, &n(1.0), &JsArg::Undefined), Ok((1, 4)));
    assert_eq!(ops::write_range(4, &n(1.0), &n(2.0)), Ok((1, 3)));
    assert_eq!(ops::write_range(4, &n(3.0), &n(4.0)), Ok((3, 4)));
    assert_eq!(ops::write_range(4, &n(4.0), &JsArg::Undefined), Ok((4, 4)));
    assert_eq!(
        ops::write_range(4, &n(5.0), &JsArg::Undefined)
            .unwrap_err()
            .message(),
        "The value of \"offset\" is out of range. It must be >= 0 && <= 4. Received 5"
    );
    assert_eq!(
        ops::write_range(4, &n(0.0), &n(5.0)).unwrap_err().message(),
        "The value of \"length\" is out of range. It must be >= 0 && <= 4. Received 5"
    );
    assert_eq!(
        ops::write_range(4, &n(1.5), &JsArg::Undefined)
            .unwrap_err()
            .message(),
        "The value of \"offset\" is out of range. It must be an integer. Received 1.5"
    );
}
