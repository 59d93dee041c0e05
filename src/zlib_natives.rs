//! The natives behind `src/js/zlib.js`: the compression contexts of Node's `node_zlib.cc`
//! (`ZlibContext`, `BrotliEncoderContext`, `BrotliDecoderContext`) over zlib-rs and Dropbox's
//! brotli port. Each context lives in the run's handle table; `write` does one
//! `DoThreadPoolWork` and reports what Node's `AfterThreadPoolWork` checks (`GetErrorInfo`).
//! The JavaScript side decides when the result is delivered (at once for the Sync forms, from
//! a thread-pool request otherwise).

use std::cell::RefCell;

use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue, NativeFunction, js_string};
use brotli::enc::StandardAlloc;
use brotli::enc::encode::{
    BrotliEncoderOperation, BrotliEncoderParameter, BrotliEncoderStateStruct,
};
use brotli::{BrotliDecompressStream, BrotliResult, BrotliState};
use zlib_rs::{DeflateConfig, DeflateFlush, InflateFlush, Method, Status, Strategy};

use crate::crypto::{bytes_arg, uint8_array};
use crate::native_args::arg;

// node_zlib.h's modes.
const DEFLATE: i32 = 1;
const INFLATE: i32 = 2;
const GZIP: i32 = 3;
const GUNZIP: i32 = 4;
const DEFLATERAW: i32 = 5;
const INFLATERAW: i32 = 6;
const UNZIP: i32 = 7;
const BROTLI_DECODE: i32 = 8;
const BROTLI_ENCODE: i32 = 9;

const Z_FINISH: i32 = 4;
const Z_NEED_DICT: i32 = 2;
const Z_BUF_ERROR: i32 = -5;
const GZIP_HEADER_ID1: u8 = 0x1f;
const GZIP_HEADER_ID2: u8 = 0x8b;
const BROTLI_OPERATION_FINISH: i32 = 2;
/// One output buffer is at most this big, whatever `chunkSize` says: a run must not ask for
/// gigabytes because a program passed a huge chunk size.
const MAX_OUT: usize = 64 << 20;

type Decoder = BrotliState<StandardAlloc, StandardAlloc, StandardAlloc>;

/// One compression context (a `binding.Zlib`, `BrotliEncoder` or `BrotliDecoder`).
enum Engine {
    Deflate(Deflate),
    Inflate(Inflate),
    BrotliEncode(Box<BrotliEncoderStateStruct<StandardAlloc>>),
    BrotliDecode(Box<Decoder>),
}

struct Deflate {
    z: zlib_rs::Deflate,
    /// DEFLATE, GZIP or DEFLATERAW.
    mode: i32,
    /// Node's level and strategy, which the stream header names (see zlib_compat.rs).
    level: i32,
    strategy: i32,
    header_written: bool,
}

struct Inflate {
    z: zlib_rs::Inflate,
    /// The mode now: an UNZIP context becomes GUNZIP or INFLATE once it has seen the magic.
    mode: i32,
    /// The window bits handed to zlib (with +16 or +32 for the gzip or automatic header).
    window_bits: u8,
    gzip_id_bytes_read: u8,
    dictionary: Option<Vec<u8>>,
}

/// What `GetErrorInfo` reports: message, code name and errno.
struct Failure {
    message: String,
    code: String,
    errno: i32,
}

#[derive(Default)]
struct Handles {
    engines: RefCell<Vec<Option<Engine>>>,
}

fn with_handles<R>(context: &mut Context, f: impl FnOnce(&mut Vec<Option<Engine>>) -> R) -> R {
    if context.get_data::<Handles>().is_none() {
        context.insert_data(Handles::default());
    }
    match context.get_data::<Handles>() {
        Some(handles) => f(&mut handles.engines.borrow_mut()),
        None => f(&mut Vec::new()),
    }
}

fn int_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<i32> {
    arg(args, i).to_i32(context)
}

/// zlib's `zError` names, as `ZlibStrerror` gives them.
fn zlib_code_name(code: i32) -> &'static str {
    match code {
        0 => "Z_OK",
        1 => "Z_STREAM_END",
        2 => "Z_NEED_DICT",
        -1 => "Z_ERRNO",
        -2 => "Z_STREAM_ERROR",
        -3 => "Z_DATA_ERROR",
        -4 => "Z_MEM_ERROR",
        -5 => "Z_BUF_ERROR",
        _ => "Z_VERSION_ERROR",
    }
}

fn new_inflate(window_bits: u8) -> zlib_rs::Inflate {
    // zlib-rs takes the signed window bits as (header, magnitude).
    zlib_rs::Inflate::new(true, window_bits)
}

/// `init(mode, windowBits, level, memLevel, strategy, dictionary)`: a zlib context's id, or
/// -1 when zlib refuses the parameters (Node throws `ERR_ZLIB_INITIALIZATION_FAILED`). The
/// JavaScript side has validated the ranges as lib/zlib.js does.
fn init(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let mode = int_arg(args, 0, context)?;
    let window_bits = int_arg(args, 1, context)?;
    let level = int_arg(args, 2, context)?;
    let mem_level = int_arg(args, 3, context)?;
    let strategy = int_arg(args, 4, context)?;
    let dictionary = match arg(args, 5) {
        v if v.is_undefined() => None,
        v => Some(bytes_arg(&v, context)?),
    };
    let ranges_ok = (0..=15).contains(&window_bits)
        && (-1..=9).contains(&level)
        && (1..=9).contains(&mem_level)
        && (0..=4).contains(&strategy);
    if !ranges_ok {
        return Ok(JsValue::from(-1));
    }
    let engine = match mode {
        DEFLATE | GZIP | DEFLATERAW => {
            // zlib's window is at least 2^9: deflateInit2 turns 8 into 9 (raw and zlib only).
            let bits = window_bits.max(8);
            let window_bits = match mode {
                GZIP => bits + 16,
                DEFLATERAW => -bits,
                _ => bits,
            };
            let config = DeflateConfig {
                level: crate::zlib_compat::engine_level(level),
                method: Method::Deflated,
                window_bits,
                mem_level,
                strategy: Strategy::try_from(strategy).unwrap_or_default(),
            };
            if mode == GZIP && bits < 9 {
                return Ok(JsValue::from(-1));
            }
            let mut z = zlib_rs::Deflate::new_with_config(config);
            if let Some(dictionary) = dictionary.as_deref()
                && mode != GZIP
                && z.set_dictionary(dictionary).is_err()
            {
                return Ok(JsValue::from(-1));
            }
            Engine::Deflate(Deflate {
                z,
                mode,
                level,
                strategy,
                header_written: mode == DEFLATERAW,
            })
        }
        INFLATE | GUNZIP | INFLATERAW | UNZIP => {
            // Window bits 0 ("as the header says") is passed as 15 where zlib-rs wants a size:
            // a window at least as large as the stream's accepts every valid stream.
            let bits = if window_bits == 0 && mode != INFLATE {
                15
            } else {
                window_bits
            };
            let bits = u8::try_from(bits).unwrap_or(15);
            let (z, window_bits) = match mode {
                GUNZIP => (new_inflate(bits + 16), bits + 16),
                UNZIP => (new_inflate(bits + 32), bits + 32),
                INFLATERAW => (zlib_rs::Inflate::new(false, bits.max(8)), bits),
                _ => (new_inflate(bits), bits),
            };
            let mut inflate = Inflate {
                z,
                mode,
                window_bits,
                gzip_id_bytes_read: 0,
                dictionary,
            };
            // A raw stream has no header to ask for its dictionary: Node sets it at once.
            if mode == INFLATERAW
                && let Some(dictionary) = inflate.dictionary.clone()
                && inflate.z.set_dictionary(&dictionary).is_err()
            {
                return Ok(JsValue::from(-1));
            }
            Engine::Inflate(inflate)
        }
        _ => return Ok(JsValue::from(-1)),
    };
    Ok(JsValue::from(store(context, engine)))
}

/// What making a context costs the main thread, in virtual microseconds: the first one in a
/// run also loads the binding and compiles lib/zlib.js's stream paths (about 0.7 ms in Node
/// 20; later ones about 30 µs), so a 0 ms timer set before it is due by the first timers phase.
const FIRST_INIT_COST_US: u64 = 1_000;
const INIT_COST_US: u64 = 30;

fn store(context: &mut Context, engine: Engine) -> i32 {
    let first = with_handles(context, |engines| engines.is_empty());
    crate::host::Host::of(context).clock.advance_us(if first {
        FIRST_INIT_COST_US
    } else {
        INIT_COST_US
    });
    with_handles(context, |engines| {
        engines.push(Some(engine));
        i32::try_from(engines.len() - 1).unwrap_or(-1)
    })
}

/// `initBrotli(mode, params)`: a brotli context's id, or -1 when a parameter is refused.
/// `params` is Node's array of parameter values by id, -1 where unset.
fn init_brotli(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let mode = int_arg(args, 0, context)?;
    let params = match arg(args, 1).as_object() {
        Some(array) => {
            let length = array.get(js_string!("length"), context)?.to_u32(context)?;
            let mut values = Vec::new();
            for i in 0..length.min(16) {
                values.push(array.get(i, context)?.to_i32(context)?);
            }
            values
        }
        None => Vec::new(),
    };
    let set = params
        .iter()
        .enumerate()
        .filter(|&(_, &v)| v != -1)
        .map(|(k, &v)| (k, v as u32));
    let engine = if mode == BROTLI_ENCODE {
        let mut state = Box::new(BrotliEncoderStateStruct::new(StandardAlloc::default()));
        for (key, value) in set {
            let param = match key {
                0 => BrotliEncoderParameter::BROTLI_PARAM_MODE,
                1 => BrotliEncoderParameter::BROTLI_PARAM_QUALITY,
                2 => BrotliEncoderParameter::BROTLI_PARAM_LGWIN,
                3 => BrotliEncoderParameter::BROTLI_PARAM_LGBLOCK,
                4 => BrotliEncoderParameter::BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING,
                5 => BrotliEncoderParameter::BROTLI_PARAM_SIZE_HINT,
                6 => BrotliEncoderParameter::BROTLI_PARAM_LARGE_WINDOW,
                // NPOSTFIX and NDIRECT shape the distance codes only; the port has no setter.
                7 | 8 => continue,
                _ => return Ok(JsValue::from(-1)),
            };
            if !state.set_parameter(param, value) {
                return Ok(JsValue::from(-1));
            }
        }
        Engine::BrotliEncode(state)
    } else if mode == BROTLI_DECODE {
        let mut state = Box::new(BrotliState::new(
            StandardAlloc::default(),
            StandardAlloc::default(),
            StandardAlloc::default(),
        ));
        // BROTLI_DECODER_PARAM_LARGE_WINDOW (1): the port reads large windows when asked.
        state.large_window = params.get(1).is_some_and(|&v| v > 0);
        Engine::BrotliDecode(state)
    } else {
        return Ok(JsValue::from(-1));
    };
    Ok(JsValue::from(store(context, engine)))
}

/// The result of one unit of work: bytes out, and what input and output space is left.
struct Written {
    out: Vec<u8>,
    avail_in: usize,
    avail_out: usize,
}

fn deflate_flush(flush: i32) -> DeflateFlush {
    match flush {
        1 => DeflateFlush::PartialFlush,
        2 => DeflateFlush::SyncFlush,
        3 => DeflateFlush::FullFlush,
        4 => DeflateFlush::Finish,
        5 => DeflateFlush::Block,
        _ => DeflateFlush::NoFlush,
    }
}

fn inflate_flush(flush: i32) -> InflateFlush {
    // zlib's inflate treats Z_PARTIAL_FLUSH and Z_FULL_FLUSH as any flush short of Z_FINISH.
    InflateFlush::try_from(flush).unwrap_or(InflateFlush::SyncFlush)
}

fn zlib_failure(message: &str, msg: Option<&str>, err: i32) -> Failure {
    Failure {
        message: msg.unwrap_or(message).to_string(),
        code: zlib_code_name(err).to_string(),
        errno: err,
    }
}

/// `GetErrorInfo` of a zlib context after a call that returned `err`.
fn zlib_check(
    err: i32,
    avail_out: usize,
    flush: i32,
    msg: Option<&str>,
    dict: bool,
) -> Option<Failure> {
    match err {
        0 | Z_BUF_ERROR if avail_out != 0 && flush == Z_FINISH => {
            Some(zlib_failure("unexpected end of file", msg, err))
        }
        0 | 1 | Z_BUF_ERROR => None,
        Z_NEED_DICT if dict => Some(zlib_failure("Bad dictionary", msg, err)),
        Z_NEED_DICT => Some(zlib_failure("Missing dictionary", msg, err)),
        _ => Some(zlib_failure("Zlib error", msg, err)),
    }
}

fn deflate_code(result: Result<Status, zlib_rs::DeflateError>) -> i32 {
    match result {
        Ok(Status::Ok) => 0,
        Ok(Status::StreamEnd) => 1,
        Ok(Status::BufError) => Z_BUF_ERROR,
        Err(e) => e as i32,
    }
}

fn inflate_code(result: Result<Status, zlib_rs::InflateError>) -> i32 {
    match result {
        Ok(Status::Ok) => 0,
        Ok(Status::StreamEnd) => 1,
        Ok(Status::BufError) => Z_BUF_ERROR,
        Err(zlib_rs::InflateError::NeedDict { .. }) => Z_NEED_DICT,
        Err(e) => i32::from(zlib_rs::ReturnCode::from(e) as i8),
    }
}

fn deflate_work(
    d: &mut Deflate,
    flush: i32,
    input: &[u8],
    out: &mut [u8],
) -> Result<(usize, usize), Failure> {
    let z = &mut d.z;
    let (in0, out0) = (z.total_in(), z.total_out());
    let err = deflate_code(z.compress(input, out, deflate_flush(flush)));
    let used_in = (z.total_in() - in0) as usize;
    let used_out = (z.total_out() - out0) as usize;
    // The first output of a stream opens with its header, which names Node's level.
    if !d.header_written && used_out > 0 {
        crate::zlib_compat::fix_header(&mut out[..used_out], d.mode == GZIP, d.level, d.strategy);
        d.header_written = true;
    }
    match zlib_check(err, out.len() - used_out, flush, z.error_message(), false) {
        Some(failure) => Err(failure),
        None => Ok((used_in, used_out)),
    }
}

/// ZlibContext::DoThreadPoolWork for the inflating modes, then GetErrorInfo.
fn inflate_work(
    inf: &mut Inflate,
    flush: i32,
    input: &[u8],
    out: &mut [u8],
) -> Result<(usize, usize), Failure> {
    if inf.mode == UNZIP {
        // Node looks at the magic itself, so that a gzip member can be followed by another.
        let mut next = input.iter();
        if inf.gzip_id_bytes_read == 0 {
            match next.next() {
                Some(&GZIP_HEADER_ID1) => inf.gzip_id_bytes_read = 1,
                Some(_) => inf.mode = INFLATE,
                None => {}
            }
        }
        if inf.gzip_id_bytes_read == 1 && inf.mode == UNZIP {
            match next.next() {
                Some(&GZIP_HEADER_ID2) => {
                    inf.gzip_id_bytes_read = 2;
                    inf.mode = GUNZIP;
                }
                Some(_) => inf.mode = INFLATE,
                None => {}
            }
        }
    }
    let (mut used_in, mut used_out) = (0usize, 0usize);
    let mut run = |inf: &mut Inflate, used_in: &mut usize, used_out: &mut usize| {
        let (in0, out0) = (inf.z.total_in(), inf.z.total_out());
        let err = inflate_code(inf.z.decompress(
            &input[*used_in..],
            &mut out[*used_out..],
            inflate_flush(flush),
        ));
        *used_in += (inf.z.total_in() - in0) as usize;
        *used_out += (inf.z.total_out() - out0) as usize;
        err
    };
    let mut err = run(inf, &mut used_in, &mut used_out);
    if inf.mode != INFLATERAW
        && err == Z_NEED_DICT
        && let Some(dictionary) = inf.dictionary.clone()
    {
        err = match inf.z.set_dictionary(&dictionary) {
            Ok(_) => run(inf, &mut used_in, &mut used_out),
            // Both a bad dictionary and bad input are Z_DATA_ERROR: keep them apart.
            Err(_) => Z_NEED_DICT,
        };
    }
    // Bytes after a gzip member: another member, or trailing garbage (zero padding is fine).
    while used_in < input.len() && inf.mode == GUNZIP && err == 1 && input[used_in] != 0 {
        // inflateReset keeps the window size; the next member must be gzip (+16).
        inf.z = new_inflate((inf.window_bits & 15) + 16);
        err = run(inf, &mut used_in, &mut used_out);
    }
    let dict = inf.dictionary.is_some();
    match zlib_check(
        err,
        out.len() - used_out,
        flush,
        inf.z.error_message(),
        dict,
    ) {
        Some(failure) => Err(failure),
        None => Ok((used_in, used_out)),
    }
}

fn brotli_encode_work(
    state: &mut BrotliEncoderStateStruct<StandardAlloc>,
    flush: i32,
    input: &[u8],
    out: &mut [u8],
) -> Result<(usize, usize), Failure> {
    let op = match flush {
        1 => BrotliEncoderOperation::BROTLI_OPERATION_FLUSH,
        2 => BrotliEncoderOperation::BROTLI_OPERATION_FINISH,
        3 => BrotliEncoderOperation::BROTLI_OPERATION_EMIT_METADATA,
        _ => BrotliEncoderOperation::BROTLI_OPERATION_PROCESS,
    };
    let (mut avail_in, mut in_off) = (input.len(), 0);
    let (mut avail_out, mut out_off) = (out.len(), 0);
    let mut total = None;
    let ok = state.compress_stream(
        op,
        &mut avail_in,
        input,
        &mut in_off,
        &mut avail_out,
        out,
        &mut out_off,
        &mut total,
        &mut |_, _, _, _| (),
    );
    if ok {
        Ok((in_off, out_off))
    } else {
        Err(Failure {
            message: "Compression failed".into(),
            code: "ERR_BROTLI_COMPRESSION_FAILED".into(),
            errno: -1,
        })
    }
}

fn brotli_decode_work(
    state: &mut Decoder,
    flush: i32,
    input: &[u8],
    out: &mut [u8],
) -> Result<(usize, usize), Failure> {
    let (mut avail_in, mut in_off) = (input.len(), 0);
    let (mut avail_out, mut out_off) = (out.len(), 0);
    let mut total = 0;
    let result = BrotliDecompressStream(
        &mut avail_in,
        &mut in_off,
        input,
        &mut avail_out,
        &mut out_off,
        out,
        &mut total,
        state,
    );
    match result {
        BrotliResult::ResultFailure => {
            // The C library's BrotliDecoderErrorString is the enum's name without its
            // `BROTLI_DECODER` prefix; Node puts `ERR_` before it.
            let name = format!("{:?}", state.error_code);
            let name = name.strip_prefix("BROTLI_DECODER").unwrap_or(&name);
            Err(Failure {
                message: "Decompression failed".into(),
                code: format!("ERR_{name}"),
                errno: state.error_code as i32,
            })
        }
        BrotliResult::NeedsMoreInput if flush == BROTLI_OPERATION_FINISH => Err(Failure {
            message: "unexpected end of file".into(),
            code: "Z_BUF_ERROR".into(),
            errno: Z_BUF_ERROR,
        }),
        _ => Ok((in_off, out_off)),
    }
}

/// `write(id, flush, chunk, inOff, inLen, availOut)`: one unit of work. Returns
/// `[out, availInAfter, availOutAfter]`, or `{ message, code, errno }` for an error, or
/// `null` for a closed context.
fn write(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let id = int_arg(args, 0, context)?;
    let flush = int_arg(args, 1, context)?;
    let chunk = bytes_arg(&arg(args, 2), context)?;
    let in_off = (arg(args, 3).to_length(context)? as usize).min(chunk.len());
    let in_len = (arg(args, 4).to_length(context)? as usize).min(chunk.len() - in_off);
    let avail_out = (arg(args, 5).to_length(context)? as usize).min(MAX_OUT);
    let input = &chunk[in_off..in_off + in_len];
    let mut out = vec![0u8; avail_out];
    let result = with_handles(context, |engines| {
        let engine = usize::try_from(id)
            .ok()
            .and_then(|i| engines.get_mut(i))
            .and_then(Option::as_mut)?;
        Some(match engine {
            Engine::Deflate(z) => deflate_work(z, flush, input, &mut out),
            Engine::Inflate(inf) => inflate_work(inf, flush, input, &mut out),
            Engine::BrotliEncode(state) => brotli_encode_work(state, flush, input, &mut out),
            Engine::BrotliDecode(state) => brotli_decode_work(state, flush, input, &mut out),
        })
    });
    match result {
        None => Ok(JsValue::null()),
        Some(Ok((used_in, used_out))) => {
            out.truncate(used_out);
            let written = Written {
                avail_in: in_len - used_in,
                avail_out: avail_out - used_out,
                out,
            };
            let bytes = uint8_array(&written.out, context)?;
            let array = boa_engine::object::builtins::JsArray::from_iter(
                [
                    bytes,
                    JsValue::from(written.avail_in as f64),
                    JsValue::from(written.avail_out as f64),
                ],
                context,
            );
            Ok(array.into())
        }
        Some(Err(failure)) => {
            let mut init = ObjectInitializer::new(context);
            init.property(
                js_string!("message"),
                JsString::from(failure.message),
                Attribute::all(),
            );
            init.property(
                js_string!("code"),
                JsString::from(failure.code),
                Attribute::all(),
            );
            init.property(js_string!("errno"), failure.errno, Attribute::all());
            Ok(init.build().into())
        }
    }
}

/// `params(id, level, strategy)`: deflateParams. Returns zlib's code.
fn params(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let id = int_arg(args, 0, context)?;
    let level = int_arg(args, 1, context)?;
    let code = with_handles(context, |engines| {
        match usize::try_from(id).ok().and_then(|i| engines.get_mut(i)) {
            // zlib-rs sets the level only (the strategy stays as it was made).
            Some(Some(Engine::Deflate(d))) => {
                d.level = level;
                deflate_code(d.z.set_level(crate::zlib_compat::engine_level(level)))
            }
            _ => 0,
        }
    });
    Ok(JsValue::from(code))
}

/// `reset(id)`: deflateReset / inflateReset (a fresh stream with the same parameters).
fn reset(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let id = int_arg(args, 0, context)?;
    with_handles(context, |engines| {
        match usize::try_from(id).ok().and_then(|i| engines.get_mut(i)) {
            Some(Some(Engine::Deflate(d))) => {
                d.z.reset();
                d.header_written = d.mode == DEFLATERAW;
            }
            Some(Some(Engine::Inflate(inf))) => {
                inf.z = if inf.mode == INFLATERAW {
                    zlib_rs::Inflate::new(false, inf.window_bits.max(8))
                } else {
                    new_inflate(inf.window_bits)
                };
                inf.gzip_id_bytes_read = 0;
            }
            Some(Some(Engine::BrotliDecode(state))) => {
                **state = BrotliState::new(
                    StandardAlloc::default(),
                    StandardAlloc::default(),
                    StandardAlloc::default(),
                );
            }
            _ => {}
        }
    });
    Ok(JsValue::undefined())
}

/// `close(id)`: frees the context.
fn close(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let id = int_arg(args, 0, context)?;
    with_handles(context, |engines| {
        if let Some(slot) = usize::try_from(id).ok().and_then(|i| engines.get_mut(i)) {
            *slot = None;
        }
    });
    Ok(JsValue::undefined())
}

/// The natives object zlib.js receives.
pub fn natives(context: &mut Context) -> JsObject {
    let functions: [(&str, crate::bindings::NativeFn, usize); 7] = [
        ("request", crate::fs::request, 3),
        ("init", init, 6),
        ("initBrotli", init_brotli, 2),
        ("write", write, 6),
        ("params", params, 3),
        ("reset", reset, 1),
        ("close", close, 1),
    ];
    let mut init = ObjectInitializer::new(context);
    for (name, f, length) in functions {
        init.function(NativeFunction::from_fn_ptr(f), JsString::from(name), length);
    }
    init.property(
        js_string!("requestCostUs"),
        crate::io::REQUEST_COST_US as f64,
        Attribute::all(),
    );
    init.build()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(engine: &mut Engine, flush: i32, input: &[u8]) -> Vec<u8> {
        let mut all = Vec::new();
        let mut off = 0;
        loop {
            let mut out = vec![0u8; 16384];
            let (used_in, used_out) = match engine {
                Engine::Deflate(z) => deflate_work(z, flush, &input[off..], &mut out),
                Engine::Inflate(inf) => inflate_work(inf, flush, &input[off..], &mut out),
                Engine::BrotliEncode(s) => brotli_encode_work(s, flush, &input[off..], &mut out),
                Engine::BrotliDecode(s) => brotli_decode_work(s, flush, &input[off..], &mut out),
            }
            .map_err(|f| f.message)
            .unwrap();
            off += used_in;
            all.extend_from_slice(&out[..used_out]);
            if used_out < out.len() {
                return all;
            }
        }
    }

    #[test]
    fn gzip_matches_node_on_a_short_text() {
        // node -p "zlib.gzipSync('hello hello hello world').toString('hex')"
        let config = DeflateConfig {
            window_bits: 31,
            level: crate::zlib_compat::engine_level(-1),
            ..DeflateConfig::default()
        };
        let mut engine = Engine::Deflate(Deflate {
            z: zlib_rs::Deflate::new_with_config(config),
            mode: GZIP,
            level: -1,
            strategy: 0,
            header_written: false,
        });
        let out = run(&mut engine, Z_FINISH, b"hello hello hello world");
        let hex: String = out.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            hex,
            "1f8b0800000000000003cb48cdc9c957c84022cbf38b72520026e65a8117000000"
        );
        let mut inflate = Engine::Inflate(Inflate {
            z: new_inflate(31),
            mode: GUNZIP,
            window_bits: 31,
            gzip_id_bytes_read: 0,
            dictionary: None,
        });
        assert_eq!(
            run(&mut inflate, Z_FINISH, &out),
            b"hello hello hello world"
        );
    }

    #[test]
    fn truncated_input_is_an_unexpected_end_of_file() {
        let mut inf = Inflate {
            z: new_inflate(15),
            mode: INFLATE,
            window_bits: 15,
            gzip_id_bytes_read: 0,
            dictionary: None,
        };
        let mut out = vec![0u8; 64];
        let failure = inflate_work(&mut inf, Z_FINISH, &[0x78], &mut out)
            .err()
            .unwrap();
        assert_eq!(
            (
                failure.message.as_str(),
                failure.code.as_str(),
                failure.errno
            ),
            ("unexpected end of file", "Z_BUF_ERROR", -5)
        );
    }
}
