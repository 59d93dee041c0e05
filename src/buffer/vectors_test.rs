//! Compares this module with real Node's answers recorded by
//! tests/buffer_vectors.mjs in tests/data/buffer_vectors.json.

use super::access::{self, Endian};
use super::base64;
use super::codec;
use super::encoding::Encoding;
use super::error::{BufferError, JsArg};
use super::inspect::inspect_bytes;
use super::number::{inspect_number, to_uint32};
use super::ops::{self, FillValue};
use super::string_decoder::StringDecoder;
use super::text::{TextDecoder, TextEncoding, invalid_data_message};

const DATA: &str = include_str!("../../tests/data/buffer_vectors.json");

// ---- a tiny JSON reader (strings are kept as UTF-16 so lone surrogates survive) ----

#[derive(Clone, Debug, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(Vec<u16>),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) {
        self.ws();
        assert_eq!(self.s[self.i] as char, c as char, "at byte {}", self.i);
        self.i += 1;
    }

    fn value(&mut self) -> Json {
        self.ws();
        match self.s[self.i] {
            b'n' => {
                self.i += 4;
                Json::Null
            }
            b't' => {
                self.i += 4;
                Json::Bool(true)
            }
            b'f' => {
                self.i += 5;
                Json::Bool(false)
            }
            b'"' => Json::Str(self.string()),
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.s[self.i] == b']' {
                    self.i += 1;
                    return Json::Arr(items);
                }
                loop {
                    items.push(self.value());
                    self.ws();
                    let c = self.s[self.i];
                    self.i += 1;
                    if c == b']' {
                        return Json::Arr(items);
                    }
                }
            }
            b'{' => {
                self.i += 1;
                let mut fields = Vec::new();
                self.ws();
                if self.s[self.i] == b'}' {
                    self.i += 1;
                    return Json::Obj(fields);
                }
                loop {
                    self.ws();
                    let key = String::from_utf16(&self.string()).unwrap();
                    self.eat(b':');
                    fields.push((key, self.value()));
                    self.ws();
                    let c = self.s[self.i];
                    self.i += 1;
                    if c == b'}' {
                        return Json::Obj(fields);
                    }
                }
            }
            _ => {
                let start = self.i;
                while self.i < self.s.len()
                    && matches!(
                        self.s[self.i],
                        b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'
                    )
                {
                    self.i += 1;
                }
                Json::Num(
                    std::str::from_utf8(&self.s[start..self.i])
                        .unwrap()
                        .parse()
                        .unwrap(),
                )
            }
        }
    }

    fn string(&mut self) -> Vec<u16> {
        self.eat(b'"');
        let mut out = Vec::new();
        loop {
            let c = self.s[self.i];
            self.i += 1;
            match c {
                b'"' => return out,
                b'\\' => {
                    let e = self.s[self.i];
                    self.i += 1;
                    match e {
                        b'u' => {
                            let h = std::str::from_utf8(&self.s[self.i..self.i + 4]).unwrap();
                            out.push(u16::from_str_radix(h, 16).unwrap());
                            self.i += 4;
                        }
                        b'n' => out.push(10),
                        b't' => out.push(9),
                        b'r' => out.push(13),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        other => out.push(u16::from(other)),
                    }
                }
                _ => {
                    // Copy one UTF-8 encoded char.
                    let start = self.i - 1;
                    let len = match c {
                        0x00..=0x7F => 1,
                        0xC0..=0xDF => 2,
                        0xE0..=0xEF => 3,
                        _ => 4,
                    };
                    self.i = start + len;
                    let ch = std::str::from_utf8(&self.s[start..self.i]).unwrap();
                    out.extend(ch.encode_utf16());
                }
            }
        }
    }
}

impl Json {
    fn get(&self, key: &str) -> &Json {
        match self {
            Json::Obj(fields) => fields
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v)
                .unwrap_or(&Json::Null),
            _ => &Json::Null,
        }
    }
    fn has(&self, key: &str) -> bool {
        matches!(self, Json::Obj(fields) if fields.iter().any(|(k, _)| k == key))
    }
    fn arr(&self) -> &[Json] {
        match self {
            Json::Arr(items) => items,
            _ => &[],
        }
    }
    fn units(&self) -> Vec<u16> {
        match self {
            Json::Str(u) => u.clone(),
            other => panic!("not a string: {other:?}"),
        }
    }
    fn text(&self) -> String {
        String::from_utf16_lossy(&self.units())
    }
    fn num(&self) -> f64 {
        match self {
            Json::Num(n) => *n,
            other => panic!("not a number: {other:?}"),
        }
    }
    fn boolean(&self) -> bool {
        matches!(self, Json::Bool(true))
    }
    fn bytes(&self) -> Vec<u8> {
        let h = self.text();
        (0..h.len() / 2)
            .map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).unwrap())
            .collect()
    }
    /// A `["num", "1.5"]`-style argument.
    fn arg(&self) -> JsArg {
        let a = self.arr();
        match a[0].text().as_str() {
            "undef" => JsArg::Undefined,
            "null" => JsArg::Null,
            "num" => JsArg::Number(parse_num(&a[1].text())),
            "str" => JsArg::String(a[1].units()),
            "big" => JsArg::BigInt(a[1].text()),
            "bool" => JsArg::Bool(a[1].boolean()),
            other => panic!("bad arg tag {other}"),
        }
    }
}

fn parse_num(s: &str) -> f64 {
    s.parse().unwrap_or_else(|_| panic!("bad number {s}"))
}

fn data() -> Json {
    Parser {
        s: DATA.as_bytes(),
        i: 0,
    }
    .value()
}

fn hexs(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn err_json(e: &BufferError) -> String {
    format!(
        "{} {} {}",
        e.code().unwrap_or("null"),
        e.name(),
        e.message()
    )
}

fn expected_err(v: &Json) -> String {
    let e = v.get("err");
    let code = match e.get("code") {
        Json::Str(_) => e.get("code").text(),
        _ => "null".to_string(),
    };
    format!(
        "{} {} {}",
        code,
        e.get("name").text(),
        e.get("message").text()
    )
}

/// Runs `check` on every vector of a section and fails listing the mismatches.
fn run(section: &str, check: impl Fn(&Json) -> Option<String>) {
    let d = data();
    let items = d.get(section).arr();
    assert!(!items.is_empty(), "no vectors for {section}");
    let failures: Vec<String> = items.iter().filter_map(&check).collect();
    if !failures.is_empty() {
        panic!(
            "{section}: {} of {} vectors differ from node, e.g.:\n{}",
            failures.len(),
            items.len(),
            failures
                .iter()
                .take(15)
                .cloned()
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

fn enc(v: &Json) -> Encoding {
    Encoding::parse(&v.text()).expect("known encoding")
}

#[test]
fn from_string_and_byte_length() {
    run("from", |v| {
        let s = v.get("s").units();
        let e = enc(v.get("enc"));
        let got = hexs(&codec::encode(&s, e));
        let len = codec::byte_length(&s, e);
        (got != v.get("hex").text() || len as f64 != v.get("len").num()).then(|| {
            format!(
                "{:?} {e}: got {got} len {len}, node {} len {}",
                v.get("s").text(),
                v.get("hex").text(),
                v.get("len").num()
            )
        })
    });
}

#[test]
fn to_string() {
    run("toString", |v| {
        let b = v.get("hex").bytes();
        let e = enc(v.get("enc"));
        let got = codec::decode(&b, e);
        (got != v.get("s").units()).then(|| {
            format!(
                "{} {e}: got {:x?} node {:x?}",
                v.get("hex").text(),
                got,
                v.get("s").units()
            )
        })
    });
}

#[test]
fn write_string() {
    run("write", |v| {
        let n = v.get("n").num() as usize;
        let offset = v.get("offset").num() as usize;
        let length = (v.get("length").num() as usize).min(n - offset);
        let mut buf = vec![0xaa; n];
        let e = enc(v.get("enc"));
        let written = codec::write(&mut buf[offset..offset + length], &v.get("s").units(), e);
        (written as f64 != v.get("written").num() || hexs(&buf) != v.get("hex").text()).then(|| {
            format!(
                "{:?} {e} n={n} off={offset} len={length}: got {written} {}, node {:?}",
                v.get("s").text(),
                hexs(&buf),
                v
            )
        })
    });
}

#[test]
fn fill() {
    run("fill", |v| {
        let n = v.get("n").num() as usize;
        let mut buf = vec![0xaa; n];
        let e = enc(v.get("enc"));
        let s = v.get("s").units();
        let result =
            ops::fill_range(n, &v.get("start").arg(), &v.get("end").arg()).and_then(|r| match r {
                Some((a, b)) => ops::fill(&mut buf, FillValue::Str(&s, e), a, b),
                None => Ok(()),
            });
        let got = match result {
            Ok(()) => hexs(&buf),
            Err(err) => err_json(&err),
        };
        let want = if v.has("ok") {
            v.get("ok").text()
        } else {
            expected_err(v)
        };
        (got != want).then(|| format!("{:?} {e} n={n}: got {got}, node {want}", v.get("s").text()))
    });
}

#[test]
fn index_of() {
    run("indexOf", |v| {
        let hay = v.get("hay").bytes();
        let forward = v.get("forward").boolean();
        let offset = match v.get("offset").arg() {
            JsArg::Number(n) => n,
            _ => f64::NAN,
        };
        let start = ops::index_of_start(offset, hay.len(), forward);
        let enc_name = match v.get("enc") {
            Json::Str(_) => Some(v.get("enc").text()),
            _ => None,
        };
        let needle = v.get("needle").arr();
        let got = match needle[0].text().as_str() {
            "buf" => {
                let ucs2 = matches!(enc_name.as_deref(), Some("ucs2" | "utf16le"));
                ops::index_of_bytes(&hay, &needle[1].bytes(), start, forward, ucs2)
            }
            "num" => ops::index_of_byte(
                &hay,
                to_uint32(parse_num(&needle[1].text())),
                start,
                forward,
            ),
            "str" => {
                let e = enc_name.map_or(Encoding::Utf8, |n| Encoding::parse(&n).unwrap());
                ops::index_of_string(&hay, &needle[1].units(), e, start, forward)
            }
            other => panic!("{other}"),
        };
        (got as f64 != v.get("result").num()).then(|| format!("got {got}: {v:?}"))
    });
}

fn read_dispatch(buf: &[u8], method: &str, args: &[JsArg]) -> Result<String, BufferError> {
    let e = if method.ends_with("BE") {
        Endian::Big
    } else {
        Endian::Little
    };
    let a0 = args.first().cloned().unwrap_or(JsArg::Undefined);
    let a1 = args.get(1).cloned().unwrap_or(JsArg::Undefined);
    let m = method.replace("Uint", "UInt");
    let n = |x: f64| inspect_number(x);
    Ok(match m.trim_end_matches("LE").trim_end_matches("BE") {
        "readUInt8" => n(access::read_uint(buf, &a0, 1, e)?),
        "readInt8" => n(access::read_int(buf, &a0, 1, e)?),
        "readUInt16" => n(access::read_uint(buf, &a0, 2, e)?),
        "readInt16" => n(access::read_int(buf, &a0, 2, e)?),
        "readUInt32" => n(access::read_uint(buf, &a0, 4, e)?),
        "readInt32" => n(access::read_int(buf, &a0, 4, e)?),
        "readFloat" => n(access::read_f32(buf, &a0, e)?),
        "readDouble" => n(access::read_f64(buf, &a0, e)?),
        "readBigUInt64" => format!("{}n", access::read_big_u64(buf, &a0, e)?),
        "readBigInt64" => format!("{}n", access::read_big_i64(buf, &a0, e)?),
        "readUInt" => n(access::read_uint_var(buf, &a0, &a1, e)?),
        "readInt" => n(access::read_int_var(buf, &a0, &a1, e)?),
        other => panic!("unknown {other}"),
    })
}

#[test]
fn read_accessors() {
    run("read", |v| {
        let buf = v.get("hex").bytes();
        let method = v.get("method").text();
        let args: Vec<JsArg> = v.get("args").arr().iter().map(Json::arg).collect();
        let got = match read_dispatch(&buf, &method, &args) {
            Ok(s) => s,
            Err(e) => err_json(&e),
        };
        let want = if v.has("ok") {
            v.get("ok").text()
        } else {
            expected_err(v)
        };
        (got != want).then(|| {
            format!(
                "{method}({args:?}) on {}: got {got}, node {want}",
                v.get("hex").text()
            )
        })
    });
}

fn write_dispatch(buf: &mut [u8], method: &str, args: &[JsArg]) -> Result<usize, BufferError> {
    let e = if method.ends_with("BE") {
        Endian::Big
    } else {
        Endian::Little
    };
    let value = args[0].clone();
    let off = args.get(1).cloned().unwrap_or(JsArg::Undefined);
    let bl = args.get(2).cloned().unwrap_or(JsArg::Undefined);
    let m = method.replace("Uint", "UInt");
    let x = value.number().unwrap_or(f64::NAN);
    match m.trim_end_matches("LE").trim_end_matches("BE") {
        "writeUInt8" => access::write_uint(buf, x, &off, 1, e),
        "writeInt8" => access::write_int(buf, x, &off, 1, e),
        "writeUInt16" => access::write_uint(buf, x, &off, 2, e),
        "writeInt16" => access::write_int(buf, x, &off, 2, e),
        "writeUInt32" => access::write_uint(buf, x, &off, 4, e),
        "writeInt32" => access::write_int(buf, x, &off, 4, e),
        "writeFloat" => access::write_f32(buf, x, &off, e),
        "writeDouble" => access::write_f64(buf, x, &off, e),
        "writeBigUInt64" | "writeBigInt64" => {
            let JsArg::BigInt(text) = &value else {
                panic!("bigint expected")
            };
            access::write_big64(buf, text, &off, m.starts_with("writeBigInt"), e)
        }
        "writeUInt" => access::write_uint_var(buf, x, &off, &bl, e),
        "writeInt" => access::write_int_var(buf, x, &off, &bl, e),
        other => panic!("unknown {other}"),
    }
}

#[test]
fn write_accessors() {
    run("writeNum", |v| {
        let mut buf = vec![0xaa; v.get("len").num() as usize];
        let method = v.get("method").text();
        let args: Vec<JsArg> = v.get("args").arr().iter().map(Json::arg).collect();
        let got = match write_dispatch(&mut buf, &method, &args) {
            Ok(ret) => format!("{ret} {}", hexs(&buf)),
            Err(e) => err_json(&e),
        };
        let want = if v.has("ok") {
            format!(
                "{} {}",
                v.get("ok").get("ret").text(),
                v.get("ok").get("hex").text()
            )
        } else {
            expected_err(v)
        };
        (got != want).then(|| {
            format!(
                "{method}({args:?}) len {}: got {got}, node {want}",
                v.get("len").num()
            )
        })
    });
}

#[test]
fn atob() {
    run("atob", |v| {
        let got = match base64::atob(&v.get("s").units()) {
            Ok(bytes) => {
                String::from_utf16_lossy(&bytes.iter().map(|&b| u16::from(b)).collect::<Vec<_>>())
            }
            Err(e) => format!("InvalidCharacterError {}", e.message()),
        };
        let want = if v.has("ok") {
            v.get("ok").text()
        } else {
            format!(
                "{} {}",
                v.get("err").get("name").text(),
                v.get("err").get("message").text()
            )
        };
        (got != want).then(|| format!("{:?}: got {got:?}, node {want:?}", v.get("s").text()))
    });
}

#[test]
fn btoa() {
    run("btoa", |v| {
        let got = base64::btoa(&v.get("s").units())
            .unwrap_or_else(|| "InvalidCharacterError Invalid character".into());
        let want = if v.has("ok") {
            v.get("ok").text()
        } else {
            format!(
                "{} {}",
                v.get("err").get("name").text(),
                v.get("err").get("message").text()
            )
        };
        (got != want).then(|| format!("{:?}: got {got:?}, node {want:?}", v.get("s").text()))
    });
}

#[test]
fn string_decoder() {
    run("stringDecoder", |v| {
        let mut d = StringDecoder::new(enc(v.get("enc")));
        let mut got: Vec<Vec<u16>> = v
            .get("chunks")
            .arr()
            .iter()
            .map(|c| d.write(&c.bytes()))
            .collect();
        got.push(d.end());
        let mut want: Vec<Vec<u16>> = v.get("outs").arr().iter().map(Json::units).collect();
        want.push(v.get("end").units());
        (got != want).then(|| {
            format!(
                "{}: {:?}: got {got:x?}, node {want:x?}",
                v.get("enc").text(),
                v.get("chunks")
            )
        })
    });
}

#[test]
fn text_decoder() {
    run("textDecoder", |v| {
        let te = TextEncoding::from_label(&v.get("label").text()).unwrap();
        let mut d = TextDecoder::new(te, v.get("fatal").boolean(), v.get("ignoreBOM").boolean());
        let mut bad = None;
        for (call, result) in v.get("calls").arr().iter().zip(v.get("results").arr()) {
            let got = match d.decode(&call.get("hex").bytes(), call.get("stream").boolean()) {
                Ok(units) => format!("{units:x?}"),
                Err(_) => format!(
                    "ERR_ENCODING_INVALID_ENCODED_DATA TypeError {}",
                    invalid_data_message(te)
                ),
            };
            let want = if result.has("ok") {
                format!("{:x?}", result.get("ok").units())
            } else {
                expected_err(result)
            };
            if got != want && bad.is_none() {
                bad = Some(format!("{v:?}: got {got}, node {want}"));
            }
        }
        bad
    });
}

#[test]
fn encoding_names() {
    run("encodingNames", |v| {
        let name = v.get("name").text();
        let is = Encoding::is_encoding(&name);
        let ok = name.is_empty() || Encoding::parse(&name).is_some();
        (is != v.get("isEncoding").boolean() || ok != v.get("ok").boolean())
            .then(|| format!("{name:?}: got {is} {ok}"))
    });
}

#[test]
fn number_to_string() {
    run("numberToString", |v| {
        let bits = v.get("bits").bytes();
        let x = f64::from_le_bytes(bits.try_into().unwrap());
        let got = inspect_number(x);
        (got != v.get("s").text()).then(|| format!("{x:e}: got {got}, node {}", v.get("s").text()))
    });
}

#[test]
fn inspect() {
    run("inspect", |v| {
        let got = inspect_bytes(&v.get("hex").bytes());
        (got != v.get("s").text()).then(|| format!("got {got}, node {}", v.get("s").text()))
    });
}

#[test]
fn compare_ranges() {
    run("compare", |v| {
        let a = v.get("a").bytes();
        let t = v.get("t").bytes();
        let mut args: Vec<JsArg> = v.get("args").arr().iter().map(Json::arg).collect();
        let got = if args.is_empty() {
            Ok(ops::compare(&a, &t))
        } else {
            args.resize(4, JsArg::Undefined);
            ops::compare_ranges(&a, &t, &args[0], &args[1], &args[2], &args[3])
        };
        let got = match got {
            Ok(n) => n.to_string(),
            Err(e) => err_json(&e),
        };
        let want = if v.has("ok") {
            v.get("ok").num().to_string()
        } else {
            expected_err(v)
        };
        (got != want).then(|| format!("{v:?}: got {got}, node {want}"))
    });
}

#[test]
fn copy() {
    run("copy", |v| {
        let a = v.get("a").bytes();
        let mut t = vec![0u8; v.get("tlen").num() as usize];
        let args: Vec<Option<f64>> = v
            .get("args")
            .arr()
            .iter()
            .map(|j| j.arg().number())
            .collect();
        let got = match ops::copy_plan(a.len(), t.len(), args[0], args[1], args[2]) {
            Ok((ts, ss, n)) => {
                t[ts..ts + n].copy_from_slice(&a[ss..ss + n]);
                format!("{n} {}", hexs(&t))
            }
            Err(e) => err_json(&e),
        };
        let want = if v.has("ok") {
            format!(
                "{} {}",
                v.get("ok").get("n").num(),
                v.get("ok").get("hex").text()
            )
        } else {
            expected_err(v)
        };
        (got != want).then(|| format!("{v:?}: got {got}, node {want}"))
    });
}

#[test]
fn subarray_and_to_string_ranges() {
    let b = b"abcde";
    let num_or_nan = |j: &Json| j.arg().number().unwrap_or(f64::NAN);
    let opt = |j: &Json| j.arg().number();
    run("subarray", |v| {
        let (s, e) = ops::subarray_range(5, num_or_nan(v.get("start")), opt(v.get("end")));
        let got = String::from_utf8_lossy(&b[s..e]).to_string();
        (got != v.get("s").text()).then(|| format!("{v:?}: got {got}"))
    });
    run("toStringRange", |v| {
        let got = match ops::to_string_range(5, num_or_nan(v.get("start")), opt(v.get("end"))) {
            Some((s, e)) => String::from_utf8_lossy(&b[s..e]).to_string(),
            None => String::new(),
        };
        (got != v.get("s").text()).then(|| format!("{v:?}: got {got}"))
    });
}
