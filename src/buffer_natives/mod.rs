//! The natives behind `src/js/buffer.js` and `src/js/string_decoder.js`: they read and write
//! the bytes of typed arrays' ArrayBuffers, turn JavaScript arguments into the shapes of the
//! pure-Rust Buffer core (`crate::buffer`), and throw its `BufferError`s as Node's errors.
//!
//! Most of `Buffer.prototype` is made of these natives (`toString`, `write`, `fill`, `indexOf`,
//! every `read*`/`write*` accessor, ...): buffer.js installs them as they are, so a call such as
//! `buf.readUInt32LE(0)` is one native call. buffer.js keeps what Node writes in JavaScript
//! around them: `FastBuffer`, the 8 KiB pool, `Buffer.from`'s dispatch, `Blob`, the classes.
//!
//! Errors are built by a JavaScript factory that buffer.js hands over at start-up (`setup`), so
//! they carry `code`, Node's `stack` header and the user's frames like any error from the prelude.
//!
//! Memory: a single Buffer (and, through the engine's host hook, any ArrayBuffer) may hold at
//! most [`MAX_BUFFER_BYTES`]; a larger but legal size fails with a clear `RangeError` instead of
//! exhausting the machine (or the browser tab).
//!
//! This module holds what the natives share and the table buffer.js reads (`natives`); the
//! methods live in the submodules declared below, one family each.

use std::cell::{Cell, RefCell};

use boa_engine::builtins::typed_array::{TypedArray, TypedArrayKind};
use boa_engine::object::builtins::{
    AlignedVec, JsArray, JsArrayBuffer, JsDataView, JsFunction, JsSharedArrayBuffer, JsTypedArray,
    JsUint8Array,
};
use boa_engine::object::{FunctionObjectBuilder, ObjectInitializer};
use boa_engine::property::Attribute;
use boa_engine::string::{JsStr, JsStrVariant};
use boa_engine::{
    Context, Finalize, JsBigInt, JsData, JsError, JsNativeError, JsObject, JsResult, JsString,
    JsValue, NativeFunction, Trace, js_string,
};

use crate::buffer::access::{self, Endian};
use crate::buffer::number::{to_uint8, to_uint32};
use crate::buffer::ops::{self, FillValue};
use crate::buffer::string_decoder::StringDecoder;
use crate::buffer::text::{self, TextDecoder, TextEncoding};
use crate::buffer::{
    BufferError, Encoding, JsArg, K_MAX_LENGTH, K_STRING_MAX_LENGTH, POOL_SIZE, base64, codec, utf8,
};

mod accessors;
mod prototype;
mod site;
mod string_decoder;
mod web_encoding;

use crate::bindings::NativeFn;
use crate::native_args::arg;
use accessors::*;
use prototype::*;
use string_decoder::*;
use web_encoding::*;

/// The most bytes one Buffer or ArrayBuffer may hold in a run (256 MiB). Node allows up to
/// `buffer.constants.MAX_LENGTH` (4 GiB); a playground run, possibly in a browser tab, cannot.
pub const MAX_BUFFER_BYTES: usize = 256 << 20;

/// What buffer.js registers at start-up: the classes and the error factory the natives use.
struct BufferState {
    /// `FastBuffer`, the class every Buffer is made by.
    fast_buffer: JsObject,
    /// `Buffer`, whose `poolSize` the pool follows.
    buffer_ctor: JsObject,
    /// `Buffer.prototype` (= `FastBuffer.prototype`): the brand of a Buffer.
    prototype: JsObject,
    /// `(kind, code, message, plain) => Error`.
    make_error: JsFunction,
    /// Node's `allocPool`: small Buffers are views of one shared ArrayBuffer.
    pool: RefCell<Pool>,
    /// How many errors were given Node's internal arrow (see [`MAX_ARROWS`]).
    arrows: Cell<usize>,
    /// `Buffer.prototype[util.inspect.custom]` as buffer.js made it: while a Buffer still
    /// inspects through it, `capture.rs` formats the Buffer in Rust instead of calling it.
    inspect: RefCell<Option<JsObject>>,
    /// `buffer.INSPECT_MAX_BYTES`: any number >= 0, as the user set it (2.5 shows
    /// `... 23.5 more bytes` in Node).
    inspect_max_bytes: Cell<f64>,
}

/// The 8 KiB pool of lib/buffer.js (`allocPool`, `poolSize`, `poolOffset`).
struct Pool {
    buffer: Option<JsArrayBuffer>,
    size: f64,
    /// A JavaScript number, as in Node (a fractional array-like length can leave it fractional).
    offset: f64,
}

fn state_handles(context: &Context) -> Option<(JsObject, JsObject, JsFunction)> {
    context.get_data::<BufferState>().map(|s| {
        (
            s.fast_buffer.clone(),
            s.prototype.clone(),
            s.make_error.clone(),
        )
    })
}

// ---------------------------------------------------------------- errors

/// An error built by buffer.js's factory: `plain` errors (thrown from C++ in Node) have a
/// `code` but a stack header without it (`TypeError: argument must be a string`).
fn js_error(
    context: &mut Context,
    kind: &str,
    code: Option<&str>,
    message: &str,
    plain: bool,
) -> JsError {
    let Some((_, _, make_error)) = state_handles(context) else {
        return JsNativeError::typ()
            .with_message(message.to_string())
            .into();
    };
    let code = code.map_or(JsValue::undefined(), |c| JsString::from(c).into());
    let args = [
        JsString::from(kind).into(),
        code,
        JsString::from(message).into(),
        plain.into(),
    ];
    match make_error.call(&JsValue::undefined(), &args, context) {
        Ok(error) => JsError::from_opaque(error),
        Err(e) => e,
    }
}

/// A `BufferError` as Node throws it.
fn node_error(context: &mut Context, error: BufferError) -> JsError {
    js_error(context, error.name(), error.code(), &error.message(), false)
}

/// A `BufferError` as Node throws it, at a site of Node's.
fn node_error_at(context: &mut Context, error: BufferError, site: &str) -> JsError {
    let error = node_error(context, error);
    at(context, error, site)
}

/// `invalid_arg_type` at a site of Node's.
fn invalid_arg_type_at(
    context: &mut Context,
    name: &str,
    expected: &[&str],
    value: &JsValue,
    site: &str,
) -> JsError {
    let error = invalid_arg_type(context, name, expected, value);
    at(context, error, site)
}

/// An error Node throws from C++: `code` set, header without it.
fn plain_error(context: &mut Context, kind: &str, code: &str, message: &str) -> JsError {
    js_error(context, kind, Some(code), message, true)
}

/// How many errors of a run get Node's internal arrow (each one is remembered by the host
/// until the run ends, so a loop of caught errors must not grow that list without bound).
const MAX_ARROWS: usize = 64;

/// Remember where Node would have thrown `error`, for the report of an uncaught exception,
/// and give its stack the frames of Node's between the learner's call and that throw
/// (`builtin_frames::buffer`, found by the Buffer function called and the arrow's line).
fn at(context: &mut Context, error: JsError, site: &str) -> JsError {
    at_width(context, error, site, None)
}

/// `at`, for a variable-width accessor called with `width` (its `byteLength` as the frames'
/// table keys it: `6`, `*`), which decides the functions of Node's it went through.
fn at_width(context: &mut Context, error: JsError, site: &str, width: Option<&str>) -> JsError {
    let Some(object) = error.as_opaque().and_then(JsValue::as_object) else {
        return error;
    };
    with_node_frames(&object, site, width, context);
    let Some(state) = context.get_data::<BufferState>() else {
        return error;
    };
    if state.arrows.get() >= MAX_ARROWS {
        return error;
    }
    state.arrows.set(state.arrows.get() + 1);
    crate::host::Host::of(context).set_arrow(&object, site.to_string());
    error
}

/// Put Node's frames for the throw at `site` on `error`'s stack, when the Buffer function
/// the learner called has a row for it.
fn with_node_frames(error: &JsObject, site: &str, width: Option<&str>, context: &mut Context) {
    let Some((entry, shown)) = crate::stack::builtin_entry(error, context) else {
        return;
    };
    let entry = match width {
        Some(width) => format!("{entry}/{width}"),
        None => entry,
    };
    let code = error
        .get(js_string!("code"), context)
        .ok()
        .and_then(|c| c.as_string().map(|s| s.to_std_string_escaped()))
        .unwrap_or_default();
    let arrow = site
        .trim_start_matches('\n')
        .lines()
        .next()
        .unwrap_or_default();
    if let Some(frames) = crate::builtin_frames::buffer::thrown_frames(&entry, &code, arrow) {
        let lines: Vec<String> = frames.iter().map(|f| format!("    at {f}")).collect();
        // A stack that cannot be read leaves the error as it is.
        let _ = crate::stack::prepend_frames_over(error, &lines.join("\n"), shown, context);
    }
}

/// The site of an accessor's error (lib/internal/buffer.js `boundsError`, `checkInt`, ...).
fn accessor_site(error: &BufferError, accessor: Accessor) -> &'static str {
    use Accessor::*;
    match error {
        BufferError::BufferOutOfBounds { .. } => site::BOUNDS_OOB,
        BufferError::InvalidArgType { name, received, .. }
            if name == "offset" && received.is_undefined() =>
        {
            match accessor {
                ReadUIntVar(Endian::Little) => site::READ_UINT_LE_OFFSET,
                ReadUIntVar(Endian::Big) => site::READ_UINT_BE_OFFSET,
                ReadIntVar(Endian::Little) => site::READ_INT_LE_OFFSET,
                ReadIntVar(Endian::Big) => site::READ_INT_BE_OFFSET,
                _ => site::VALIDATOR,
            }
        }
        BufferError::InvalidArgType { .. } => site::VALIDATOR,
        BufferError::OutOfRange { name, .. } if name == "value" => match accessor {
            WriteUInt(1, _) | WriteInt(1, _) => site::WRITE_U8,
            _ => site::CHECK_INT,
        },
        BufferError::OutOfRange { range, .. } if range == "an integer" => site::BOUNDS_INTEGER,
        _ => site::BOUNDS_RANGE,
    }
}

fn not_a_buffer(context: &mut Context) -> JsError {
    plain_error(
        context,
        "TypeError",
        "ERR_INVALID_ARG_TYPE",
        "argument must be a buffer",
    )
}

/// `RangeError` for a legal size this run cannot hold.
fn too_large(context: &mut Context, size: f64) -> JsError {
    let message = format!(
        "Array buffer allocation failed: {} bytes asked for, but looplab lets one buffer hold at most {} bytes (256 MiB)",
        crate::buffer::number::js_number_to_string(size),
        MAX_BUFFER_BYTES
    );
    js_error(
        context,
        "RangeError",
        Some("ERR_LOOPLAB_BUFFER_TOO_LARGE"),
        &message,
        true,
    )
}

fn check_alloc(context: &mut Context, size: usize) -> JsResult<()> {
    if size > MAX_BUFFER_BYTES {
        return Err(too_large(context, size as f64));
    }
    Ok(())
}

/// A JavaScript value as the Buffer core's error messages describe it.
pub fn js_arg(value: &JsValue, context: &mut Context) -> JsArg {
    if value.is_undefined() {
        return JsArg::Undefined;
    }
    if value.is_null() {
        return JsArg::Null;
    }
    if let Some(b) = value.as_boolean() {
        return JsArg::Bool(b);
    }
    if let Some(n) = value.as_number() {
        return JsArg::Number(n);
    }
    if let Some(b) = value.as_bigint() {
        return JsArg::BigInt(b.to_string());
    }
    if let Some(s) = value.as_string() {
        return JsArg::String(s.to_vec());
    }
    if let Some(s) = value.as_symbol() {
        return JsArg::Symbol(s.descriptive_string().to_std_string_escaped());
    }
    let Some(object) = value.as_object() else {
        return JsArg::Other(value.display().to_string());
    };
    if object.is_callable() {
        let name = object
            .get(js_string!("name"), context)
            .ok()
            .and_then(|n| n.as_string().map(|s| s.to_std_string_escaped()))
            .unwrap_or_default();
        return JsArg::Function(name);
    }
    let ctor_name = object
        .get(js_string!("constructor"), context)
        .ok()
        .and_then(|c| c.as_object())
        .and_then(|c| c.get(js_string!("name"), context).ok())
        .and_then(|n| n.as_string().map(|s| s.to_std_string_escaped()))
        .filter(|n| !n.is_empty());
    match ctor_name {
        Some(name) => JsArg::Instance(name),
        None => JsArg::Other(
            // Node's ERR_INVALID_ARG_TYPE: `inspect(value, { depth: -1 })`.
            crate::capture::inspect_value(
                value,
                &crate::inspect::InspectOptions {
                    depth: -1.0,
                    ..crate::inspect::InspectOptions::default()
                },
                context,
            )
            .unwrap_or_else(|_| "[Object]".into()),
        ),
    }
}

fn invalid_arg_type(
    context: &mut Context,
    name: &str,
    expected: &[&str],
    value: &JsValue,
) -> JsError {
    let received = js_arg(value, context);
    node_error(
        context,
        BufferError::invalid_arg_type(name, expected, received),
    )
}

// ---------------------------------------------------------------- bytes of views

#[derive(Clone)]
enum Backing {
    Plain(JsArrayBuffer),
    Shared(JsSharedArrayBuffer),
}

impl Backing {
    fn of(value: &JsValue) -> Option<Backing> {
        let object = value.as_object()?;
        if let Ok(ab) = JsArrayBuffer::from_object(object.clone()) {
            return Some(Backing::Plain(ab));
        }
        JsSharedArrayBuffer::from_object(object)
            .ok()
            .map(Backing::Shared)
    }

    fn len(&self) -> usize {
        match self {
            Backing::Plain(ab) => ab.data().map_or(0, |d| d.len()),
            Backing::Shared(sab) => sab.byte_length(),
        }
    }

    fn object(&self) -> JsObject {
        match self {
            Backing::Plain(ab) => ab.clone().into(),
            Backing::Shared(sab) => sab.clone().into(),
        }
    }
}

/// A byte range of an ArrayBuffer or SharedArrayBuffer: what a view (or a whole buffer) sees.
#[derive(Clone)]
pub struct Bytes {
    backing: Backing,
    offset: usize,
    len: usize,
}

/// Which values may give their bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Accept {
    /// `isUint8Array`: Uint8Arrays, Buffers.
    Uint8,
    /// `ArrayBuffer.isView`: typed arrays and DataViews.
    View,
    /// Views, ArrayBuffers and SharedArrayBuffers.
    ViewOrBuffer,
}

impl Bytes {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Runs `f` on the bytes (empty if the buffer was detached or shrank).
    pub fn read<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match &self.backing {
            Backing::Plain(ab) => match ab.data() {
                Some(data) => {
                    let end = (self.offset + self.len).min(data.len());
                    let start = self.offset.min(end);
                    f(&data[start..end])
                }
                None => f(&[]),
            },
            Backing::Shared(sab) => {
                let all = sab.to_vec();
                let end = (self.offset + self.len).min(all.len());
                let start = self.offset.min(end);
                f(&all[start..end])
            }
        }
    }

    pub fn to_vec(&self) -> Vec<u8> {
        self.read(<[u8]>::to_vec)
    }

    /// Runs `f` on the bytes, mutably. A SharedArrayBuffer's bytes are copied out and stored
    /// back through `TypedArray.prototype.set` (Boa gives no mutable view of them).
    fn write<R>(&self, context: &mut Context, f: impl FnOnce(&mut [u8]) -> R) -> JsResult<R> {
        match &self.backing {
            Backing::Plain(ab) => match ab.data_mut() {
                Some(mut data) => {
                    let end = (self.offset + self.len).min(data.len());
                    let start = self.offset.min(end);
                    Ok(f(&mut data[start..end]))
                }
                None => Ok(f(&mut [])),
            },
            Backing::Shared(sab) => {
                let all = sab.to_vec();
                let end = (self.offset + self.len).min(all.len());
                let start = self.offset.min(end);
                let mut part = all[start..end].to_vec();
                let result = f(&mut part);
                let target = JsUint8Array::from_shared_array_buffer(sab.clone(), context)?;
                let source = new_uint8_array(&part, context)?;
                target.set_values(source.into(), Some(start as u64), context)?;
                Ok(result)
            }
        }
    }

    fn same_memory(&self, other: &Bytes) -> bool {
        JsObject::equals(&self.backing.object(), &other.backing.object())
    }
}

fn kind_of(object: &JsObject) -> Option<(TypedArrayKind, u64)> {
    object
        .downcast_ref::<TypedArray>()
        .map(|ta| (ta.kind(), ta.byte_offset()))
}

/// The bytes a value shows, if it is of an accepted kind.
fn bytes_of(value: &JsValue, accept: Accept, context: &mut Context) -> JsResult<Option<Bytes>> {
    let Some(object) = value.as_object() else {
        return Ok(None);
    };
    if let Some((kind, offset)) = kind_of(&object) {
        if accept == Accept::Uint8 && kind != TypedArrayKind::Uint8 {
            return Ok(None);
        }
        let buffer = JsTypedArray::from_object(object.clone())?.buffer(context)?;
        let Some(backing) = Backing::of(&buffer) else {
            return Ok(None);
        };
        let buf_len = backing.len();
        let len = object
            .downcast_ref::<TypedArray>()
            .map_or(0, |ta| ta.byte_length(buf_len)) as usize;
        return Ok(Some(Bytes {
            backing,
            offset: offset as usize,
            len,
        }));
    }
    if accept == Accept::Uint8 {
        return Ok(None);
    }
    if let Ok(view) = JsDataView::from_object(object.clone()) {
        let buffer = view.buffer(context)?;
        let Some(backing) = Backing::of(&buffer) else {
            return Ok(None);
        };
        let offset = view.byte_offset(context)? as usize;
        let len = view.byte_length(context)? as usize;
        return Ok(Some(Bytes {
            backing,
            offset,
            len,
        }));
    }
    if accept == Accept::ViewOrBuffer
        && let Some(backing) = Backing::of(value)
    {
        let len = backing.len();
        return Ok(Some(Bytes {
            backing,
            offset: 0,
            len,
        }));
    }
    Ok(None)
}

fn this_bytes(this: &JsValue, context: &mut Context) -> JsResult<Bytes> {
    match bytes_of(this, Accept::Uint8, context)? {
        Some(b) => Ok(b),
        None => Err(not_a_buffer(context)),
    }
}

/// A plain `Uint8Array` holding a copy of `bytes`.
fn new_uint8_array(bytes: &[u8], context: &mut Context) -> JsResult<JsUint8Array> {
    let ab = JsArrayBuffer::from_byte_block(AlignedVec::from_slice(64, bytes), context)?;
    JsUint8Array::from_array_buffer(ab, context)
}

fn new_array_buffer(bytes: &[u8], context: &mut Context) -> JsResult<JsValue> {
    check_alloc(context, bytes.len())?;
    Ok(JsArrayBuffer::from_byte_block(AlignedVec::from_slice(64, bytes), context)?.into())
}

/// `new FastBuffer(buffer, byteOffset, length)`.
/// What `class FastBuffer extends Uint8Array` would make, without running the derived
/// constructor: `Uint8Array` constructed with `FastBuffer` as the new target.
fn new_fast_buffer(args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some((fast_buffer, _, _)) = state_handles(context) else {
        return Err(JsNativeError::typ()
            .with_message("buffer module not set up")
            .into());
    };
    let uint8_array = context
        .intrinsics()
        .constructors()
        .typed_uint8_array()
        .constructor();
    Ok(uint8_array
        .construct(args, Some(&fast_buffer), context)?
        .into())
}

/// `new FastBuffer(a, b, c)` for buffer.js, the fast way.
fn create(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    new_fast_buffer(args, context)
}

/// Node's `createPool` + the view of `allocate`/`fromArrayLike`/`fromStringFast`: a Buffer of
/// `length` bytes at the pool's offset (a new pool when this one has no room), the offset then
/// moved on by `advance` and 8-byte aligned.
fn pool_view(
    length: f64,
    advance: f64,
    pool_size: f64,
    context: &mut Context,
) -> JsResult<JsValue> {
    let Some(state) = context.get_data::<BufferState>() else {
        return Err(JsNativeError::typ()
            .with_message("buffer module not set up")
            .into());
    };
    let needs_pool = {
        let pool = state.pool.borrow();
        pool.buffer.is_none() || length > pool.size - pool.offset
    };
    if needs_pool {
        let size = pool_size.max(0.0);
        let buffer = JsArrayBuffer::new(size as usize, context)?;
        if let Some(state) = context.get_data::<BufferState>() {
            *state.pool.borrow_mut() = Pool {
                buffer: Some(buffer),
                size,
                offset: 0.0,
            };
        }
    }
    let (buffer, offset) = match context.get_data::<BufferState>() {
        Some(state) => {
            let pool = state.pool.borrow();
            (pool.buffer.clone(), pool.offset)
        }
        None => (None, 0.0),
    };
    let Some(buffer) = buffer else {
        return Err(JsNativeError::typ().with_message("no buffer pool").into());
    };
    let view = new_fast_buffer(&[buffer.into(), offset.into(), length.into()], context)?;
    if let Some(state) = context.get_data::<BufferState>() {
        let mut pool = state.pool.borrow_mut();
        let mut next = pool.offset + advance;
        let low = crate::buffer::number::to_int32(next);
        if low & 7 != 0 {
            next = f64::from((low | 7) + 1);
        }
        pool.offset = next;
    }
    Ok(view)
}

/// Node's `allocate(size)`: `(size, Buffer.poolSize)`.
fn allocate(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let size = arg(args, 0).as_number().unwrap_or(0.0);
    let pool_size = arg(args, 1).as_number().unwrap_or(8192.0);
    if size.is_nan() || size <= 0.0 {
        return new_fast_buffer(&[], context);
    }
    if size < f64::from(to_uint32(pool_size) >> 1) {
        return pool_view(size, size, pool_size, context);
    }
    new_fast_buffer(&[size.into()], context)
}

/// Node's `fromArrayLike(obj)`: `(obj, Buffer.poolSize)`, a copy of an array-like's elements.
fn from_array_like(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let pool_size = arg(args, 1).as_number().unwrap_or(8192.0);
    array_like_to_buffer(arg(args, 0), pool_size, context)
}

fn array_like_to_buffer(
    source: JsValue,
    pool_size: f64,
    context: &mut Context,
) -> JsResult<JsValue> {
    let Some(object) = source.as_object() else {
        return new_fast_buffer(&[], context);
    };
    let length = object.get(js_string!("length"), context)?;
    let length = to_number(&length, context)?;
    if length.is_nan() || length <= 0.0 {
        return new_fast_buffer(&[], context);
    }
    if length < f64::from(to_uint32(pool_size) >> 1) {
        let view = pool_view(length, length, pool_size, context)?;
        if let Some(target) = view.as_object() {
            JsTypedArray::from_object(target)?.set_values(source, Some(0), context)?;
        }
        return Ok(view);
    }
    new_fast_buffer(&[source], context)
}

/// Node's `fromStringFast(string, ops)`.
fn string_to_buffer(
    string: &JsString,
    enc: Encoding,
    pool_size: f64,
    context: &mut Context,
) -> JsResult<JsValue> {
    let string = string.clone();
    let half = f64::from(to_uint32(pool_size) >> 1);
    // Beyond 4 characters per pooled byte every encoding needs more than the pool's half.
    let length = if string.len() as f64 >= 4.0 * half {
        f64::INFINITY
    } else {
        string_length_in(&string, enc) as f64
    };
    if length >= half {
        let buffer = encode_to_array_buffer(&string, enc, context)?;
        return new_fast_buffer(&[buffer], context);
    }
    // Reserve `length` bytes; `actual` (base64's estimate may be high) is what the view keeps.
    let probe = pool_view(length, 0.0, pool_size, context)?;
    let bytes = this_bytes(&probe, context)?;
    let actual = bytes.write(context, |b| {
        with_units(&string, |units| codec::write(b, units, enc))
    })? as f64;
    let (buffer, offset) = (bytes.backing.object(), bytes.offset as f64);
    let view = if actual == length {
        probe
    } else {
        new_fast_buffer(&[buffer.into(), offset.into(), actual.into()], context)?
    };
    if let Some(state) = context.get_data::<BufferState>() {
        let mut pool = state.pool.borrow_mut();
        let mut next = pool.offset + actual;
        let low = crate::buffer::number::to_int32(next);
        if low & 7 != 0 {
            next = f64::from((low | 7) + 1);
        }
        pool.offset = next;
    }
    Ok(view)
}

/// A new Buffer (not from the pool) holding a copy of `bytes`.
fn new_buffer(bytes: &[u8], context: &mut Context) -> JsResult<JsValue> {
    let ab = new_array_buffer(bytes, context)?;
    new_fast_buffer(&[ab], context)
}

/// Is `object` a Buffer: a Uint8Array whose prototype chain holds `Buffer.prototype`? This is
/// the brand `util.inspect` uses to print `<Buffer 68 69>`.
pub fn is_buffer(object: &JsObject, context: &Context) -> bool {
    let Some(proto) = context
        .get_data::<BufferState>()
        .map(|s| s.prototype.clone())
    else {
        return false;
    };
    if !matches!(kind_of(object), Some((TypedArrayKind::Uint8, _))) {
        return false;
    }
    let mut current = object.prototype();
    for _ in 0..64 {
        match current {
            Some(p) if JsObject::equals(&p, &proto) => return true,
            Some(p) => current = p.prototype(),
            None => return false,
        }
    }
    false
}

/// The bytes of a typed array, DataView or (Shared)ArrayBuffer, for inspection.
pub fn view_bytes(value: &JsValue, context: &mut Context) -> Option<Vec<u8>> {
    bytes_of(value, Accept::ViewOrBuffer, context)
        .ok()
        .flatten()
        .map(|b| b.to_vec())
}

/// The name of a typed array's kind (`Uint8Array`), if `object` is one.
pub fn typed_array_name(object: &JsObject) -> Option<&'static str> {
    Some(match kind_of(object)?.0 {
        TypedArrayKind::Int8 => "Int8Array",
        TypedArrayKind::Uint8 => "Uint8Array",
        TypedArrayKind::Uint8Clamped => "Uint8ClampedArray",
        TypedArrayKind::Int16 => "Int16Array",
        TypedArrayKind::Uint16 => "Uint16Array",
        TypedArrayKind::Int32 => "Int32Array",
        TypedArrayKind::Uint32 => "Uint32Array",
        TypedArrayKind::BigInt64 => "BigInt64Array",
        TypedArrayKind::BigUint64 => "BigUint64Array",
        TypedArrayKind::Float32 => "Float32Array",
        TypedArrayKind::Float64 => "Float64Array",
        #[allow(unreachable_patterns)]
        _ => "TypedArray",
    })
}

// ---------------------------------------------------------------- argument helpers

fn units_of(value: &JsValue) -> Option<Vec<u16>> {
    value.as_string().map(|s| s.to_vec())
}

fn js_units(units: &[u16]) -> JsValue {
    JsString::from(units).into()
}

/// `getEncodingOps(encoding)`: `String(encoding)` looked up; `Err` holds that string.
fn encoding_of(value: &JsValue, context: &mut Context) -> JsResult<Result<Encoding, String>> {
    let name = value.to_string(context)?;
    let units = name.to_vec();
    Ok(Encoding::parse_units(&units).ok_or_else(|| String::from_utf16_lossy(&units)))
}

/// `getEncodingOps`, throwing `ERR_UNKNOWN_ENCODING` for an unknown name.
fn require_encoding(value: &JsValue, context: &mut Context, site: &str) -> JsResult<Encoding> {
    match encoding_of(value, context)? {
        Ok(enc) => Ok(enc),
        Err(name) => {
            let error = node_error(context, BufferError::UnknownEncoding { name });
            Err(at(context, error, site))
        }
    }
}

/// `normalizeEncoding` then Node's checks (`buf.fill`, `StringDecoder`): null and undefined
/// mean utf8, other non-strings are `ERR_INVALID_ARG_TYPE`, unknown names `ERR_UNKNOWN_ENCODING`.
fn normalized_encoding(value: &JsValue, context: &mut Context) -> JsResult<Encoding> {
    if value.is_null_or_undefined() {
        return Ok(Encoding::Utf8);
    }
    let Some(name) = value.as_string() else {
        return Err(invalid_arg_type_at(
            context,
            "encoding",
            &["string"],
            value,
            site::VALIDATOR,
        ));
    };
    let name = name.to_std_string_lossy();
    match Encoding::normalize(&name) {
        Some(enc) => Ok(enc),
        None => Err(node_error_at(
            context,
            BufferError::UnknownEncoding { name },
            site::FILL_ENCODING,
        )),
    }
}

/// `ToNumber`, with V8's words for the values it refuses.
fn to_number(value: &JsValue, context: &mut Context) -> JsResult<f64> {
    if value.is_bigint() {
        return Err(JsNativeError::typ()
            .with_message("Cannot convert a BigInt value to a number")
            .into());
    }
    if value.is_symbol() {
        return Err(JsNativeError::typ()
            .with_message("Cannot convert a Symbol value to a number")
            .into());
    }
    value.to_number(context)
}

fn number_or_nan(value: &JsValue, context: &mut Context) -> JsResult<f64> {
    if value.is_undefined() {
        Ok(f64::NAN)
    } else {
        to_number(value, context)
    }
}

fn optional_number(value: &JsValue, context: &mut Context) -> JsResult<Option<f64>> {
    if value.is_undefined() {
        Ok(None)
    } else {
        to_number(value, context).map(Some)
    }
}

/// The length of `enc`'s text for `n` bytes, to refuse strings V8 could not hold.
fn decoded_length(n: usize, enc: Encoding) -> usize {
    match enc {
        Encoding::Hex => n.saturating_mul(2),
        Encoding::Base64 | Encoding::Base64url => n.div_ceil(3).saturating_mul(4),
        Encoding::Utf16le => n / 2,
        _ => n,
    }
}

fn decode_to_js(
    bytes: &Bytes,
    start: usize,
    end: usize,
    enc: Encoding,
    context: &mut Context,
) -> JsResult<JsValue> {
    if decoded_length(end - start, enc) > K_STRING_MAX_LENGTH {
        return Err(js_error(
            context,
            "Error",
            Some("ERR_STRING_TOO_LONG"),
            "Cannot create a string longer than 0x1fffffe8 characters",
            false,
        ));
    }
    Ok(bytes.read(|b| {
        let end = end.min(b.len());
        decode_bytes(&b[start.min(end)..end], enc)
    }))
}

/// A string of one-byte characters (what Boa stores as Latin1) made without a UTF-16 detour.
fn latin1_string(bytes: &[u8]) -> JsValue {
    JsString::from(JsStr::latin1(bytes)).into()
}

const HEX_PAIRS: &[u8; 512] = &{
    let digits = b"0123456789abcdef";
    let mut table = [0u8; 512];
    let mut i = 0;
    while i < 256 {
        table[2 * i] = digits[i >> 4];
        table[2 * i + 1] = digits[i & 15];
        i += 1;
    }
    table
};

/// `buf.toString(enc)` of some bytes: the same text as `codec::decode`, built the fast way
/// for the encodings whose text is one byte per character.
fn decode_bytes(b: &[u8], enc: Encoding) -> JsValue {
    match enc {
        Encoding::Latin1 => latin1_string(b),
        Encoding::Ascii | Encoding::Utf8 if b.is_ascii() => latin1_string(b),
        Encoding::Ascii => latin1_string(&b.iter().map(|x| x & 0x7F).collect::<Vec<_>>()),
        Encoding::Hex => {
            let mut out = Vec::with_capacity(b.len() * 2);
            for &x in b {
                let i = usize::from(x) * 2;
                out.extend_from_slice(&HEX_PAIRS[i..i + 2]);
            }
            latin1_string(&out)
        }
        Encoding::Base64 => latin1_string(&base64::encode_ascii(b, false)),
        Encoding::Base64url => latin1_string(&base64::encode_ascii(b, true)),
        Encoding::Utf8 | Encoding::Utf16le => js_units(&codec::decode(b, enc)),
    }
}

/// Runs `f` on a JS string's code units, copying only a Latin1-stored string.
fn with_units<R>(s: &JsString, f: impl FnOnce(&[u16]) -> R) -> R {
    match s.as_str().variant() {
        JsStrVariant::Utf16(units) => f(units),
        JsStrVariant::Latin1(bytes) => {
            let units: Vec<u16> = bytes.iter().map(|&b| u16::from(b)).collect();
            f(&units)
        }
    }
}

/// A string encoded straight into the storage of a new ArrayBuffer.
fn encode_to_array_buffer(s: &JsString, enc: Encoding, context: &mut Context) -> JsResult<JsValue> {
    // One-byte strings in one-byte encodings are their own bytes.
    if let JsStrVariant::Latin1(bytes) = s.as_str().variant()
        && (matches!(enc, Encoding::Latin1 | Encoding::Ascii)
            || (enc == Encoding::Utf8 && bytes.is_ascii()))
    {
        return new_array_buffer(bytes, context);
    }
    let block = with_units(s, |units| {
        // utf8 needs at most 3 bytes per unit: count exactly only near the cap.
        let bound = match enc {
            Encoding::Utf8 if units.len().saturating_mul(3) <= MAX_BUFFER_BYTES => 0,
            _ => codec::byte_length(units, enc),
        };
        if bound > MAX_BUFFER_BYTES {
            return Err(bound);
        }
        let length = codec::byte_length(units, enc);
        let mut block = AlignedVec::<u8>::new(64);
        block.resize(length, 0);
        let written = codec::write(&mut block, units, enc);
        block.truncate(written);
        Ok(block)
    });
    match block {
        Ok(block) => Ok(JsArrayBuffer::from_byte_block(block, context)?.into()),
        Err(size) => Err(too_large(context, size as f64)),
    }
}

// ---------------------------------------------------------------- setup

fn setup(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let (Some(fast_buffer), Some(make_error), Some(buffer_ctor)) = (
        arg(args, 0).as_object(),
        arg(args, 1).as_object().and_then(JsFunction::from_object),
        arg(args, 2).as_object(),
    ) else {
        return Err(JsNativeError::typ()
            .with_message("setup(FastBuffer, makeError, Buffer)")
            .into());
    };
    let prototype = fast_buffer
        .get(js_string!("prototype"), context)?
        .as_object()
        .ok_or_else(|| JsNativeError::typ().with_message("FastBuffer has no prototype"))?;
    context.insert_data(BufferState {
        fast_buffer,
        buffer_ctor,
        prototype,
        make_error,
        pool: RefCell::new(Pool {
            buffer: None,
            size: 0.0,
            offset: 0.0,
        }),
        arrows: Cell::new(0),
        inspect: RefCell::new(None),
        inspect_max_bytes: Cell::new(50.0),
    });
    // Node makes its first pool when the module loads.
    let first = JsArrayBuffer::new(POOL_SIZE, context)?;
    if let Some(state) = context.get_data::<BufferState>() {
        *state.pool.borrow_mut() = Pool {
            buffer: Some(first),
            size: POOL_SIZE as f64,
            offset: 0.0,
        };
    }
    Ok(JsValue::undefined())
}

/// `(fn)`: buffer.js's `Buffer.prototype[util.inspect.custom]`, recognised by
/// [`own_inspect_max_bytes`].
fn register_inspect(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if let Some(state) = context.get_data::<BufferState>() {
        *state.inspect.borrow_mut() = arg(args, 0).as_object();
    }
    Ok(JsValue::undefined())
}

/// `(n)`: buffer.js validated a new `buffer.INSPECT_MAX_BYTES`.
fn set_inspect_max_bytes(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let n = arg(args, 0).as_number().unwrap_or(0.0);
    if let Some(state) = context.get_data::<BufferState>() {
        state.inspect_max_bytes.set(n);
    }
    Ok(JsValue::undefined())
}

/// `Some(INSPECT_MAX_BYTES)` when `object` is a Buffer whose `[util.inspect.custom]` (`custom`)
/// is still buffer.js's own: then inspecting it prints `<Buffer ..>` exactly as that function
/// would, so the formatter can do it without the call. A replaced or deleted function is
/// Node's general mechanism again.
pub fn own_inspect_max_bytes(
    object: &JsObject,
    custom: &JsValue,
    context: &Context,
) -> Option<f64> {
    let state = context.get_data::<BufferState>()?;
    let own = state.inspect.borrow().clone()?;
    let max = state.inspect_max_bytes.get();
    let same = custom
        .as_object()
        .is_some_and(|f| JsObject::equals(&f, &own));
    (same && is_buffer(object, context)).then_some(max)
}

// ---------------------------------------------------------------- type checks

fn is_any_array_buffer(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(Backing::of(&arg(args, 0)).is_some().into())
}

fn is_uint8_array(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let value = arg(args, 0);
    Ok(value
        .as_object()
        .is_some_and(|o| matches!(kind_of(&o), Some((TypedArrayKind::Uint8, _))))
        .into())
}

fn is_typed_array(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(arg(args, 0)
        .as_object()
        .is_some_and(|o| kind_of(&o).is_some())
        .into())
}

// ---------------------------------------------------------------- creation

/// `validateNumber(size, 'size', 0, kMaxLength)`, then looplab's own cap; the size truncated.
fn validate_size(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let value = arg(args, 0);
    let size_arg = js_arg(&value, context);
    let size =
        ops::validate_size(&size_arg).map_err(|e| node_error_at(context, e, site::VALIDATOR))?;
    check_alloc(context, size)?;
    Ok((size as f64).into())
}

/// `Buffer.byteLength(string, encoding)` without copying the string.
fn string_length_in(string: &JsString, enc: Encoding) -> usize {
    match (string.as_str().variant(), enc) {
        (JsStrVariant::Latin1(b), Encoding::Latin1 | Encoding::Ascii) => b.len(),
        (JsStrVariant::Latin1(b), Encoding::Utf8) => {
            b.len() + b.iter().filter(|&&x| x >= 0x80).count()
        }
        _ => with_units(string, |units| codec::byte_length(units, enc)),
    }
}

/// `Buffer.from(arrayBuffer, byteOffset, length)`: a Buffer viewing the same memory.
fn from_array_buffer(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let buffer = arg(args, 0);
    let Some(backing) = Backing::of(&buffer) else {
        return Err(invalid_arg_type(
            context,
            "buffer",
            &["ArrayBuffer"],
            &buffer,
        ));
    };
    let offset = optional_number(&arg(args, 1), context)?;
    let length = optional_number(&arg(args, 2), context)?;
    let (offset, length) = ops::array_buffer_range(backing.len(), offset, length).map_err(|e| {
        let site = match &e {
            BufferError::BufferOutOfBounds { name: Some(n) } if n == "length" => {
                Some(site::AB_LENGTH)
            }
            BufferError::BufferOutOfBounds { .. } => Some(site::AB_OFFSET),
            _ => None,
        };
        let error = node_error(context, e);
        match site {
            Some(site) => at(context, error, site),
            None => error,
        }
    })?;
    new_fast_buffer(
        &[buffer, (offset as f64).into(), (length as f64).into()],
        context,
    )
}

/// `Buffer.poolSize`, as the program has it now.
fn pool_size(context: &mut Context) -> JsResult<f64> {
    let Some(ctor) = context
        .get_data::<BufferState>()
        .map(|s| s.buffer_ctor.clone())
    else {
        return Ok(POOL_SIZE as f64);
    };
    let size = ctor.get(js_string!("poolSize"), context)?;
    to_number(&size, context)
}

/// `fromString(string, encoding)` of lib/buffer.js.
fn buffer_from_string(
    string: &JsString,
    encoding: &JsValue,
    context: &mut Context,
) -> JsResult<JsValue> {
    let enc = match encoding.as_string() {
        Some(name) if !name.is_empty() => require_encoding(encoding, context, site::FROM_ENCODING)?,
        _ => Encoding::Utf8,
    };
    if string.is_empty() {
        return new_fast_buffer(&[], context);
    }
    let pool_size = pool_size(context)?;
    string_to_buffer(string, enc, pool_size, context)
}

/// `Buffer.from(value, encodingOrOffset, length)`: strings, ArrayBuffers, array-likes,
/// `{ type: 'Buffer', data }`, and objects through `valueOf` or `Symbol.toPrimitive`.
fn buffer_from(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let (mut value, encoding_or_offset, length) = (arg(args, 0), arg(args, 1), arg(args, 2));
    // `from(valueOf, ...)` recursion, bounded as the engine's stack would bound it.
    for _ in 0..1000 {
        if let Some(string) = value.as_string() {
            return buffer_from_string(&string, &encoding_or_offset, context);
        }
        let Some(object) = value.as_object().filter(|o| !o.is_callable()) else {
            break;
        };
        if Backing::of(&value).is_some() {
            return from_array_buffer(
                &JsValue::undefined(),
                &[value, encoding_or_offset, length],
                context,
            );
        }
        let value_of = object.get(js_string!("valueOf"), context)?;
        let primitive = if value_of.to_boolean() {
            match value_of.as_callable() {
                Some(f) => f.call(&value, &[], context)?,
                None => {
                    return Err(JsNativeError::typ()
                        .with_message("value.valueOf is not a function")
                        .into());
                }
            }
        } else {
            value_of
        };
        let is_other = !primitive.is_null_or_undefined()
            && !(primitive
                .as_object()
                .is_some_and(|p| JsObject::equals(&p, &object)))
            && (primitive.is_string() || primitive.is_object());
        if is_other {
            value = primitive;
            continue;
        }
        // fromObject
        let object_length = object.get(js_string!("length"), context)?;
        let array_like = !object_length.is_undefined() || {
            let buffer = object.get(js_string!("buffer"), context)?;
            Backing::of(&buffer).is_some()
        };
        if array_like {
            if !object_length.is_number() {
                return new_fast_buffer(&[], context);
            }
            let pool_size = pool_size(context)?;
            return array_like_to_buffer(value, pool_size, context);
        }
        let kind = object.get(js_string!("type"), context)?;
        if kind.as_string().is_some_and(|k| k == js_string!("Buffer")) {
            let data = object.get(js_string!("data"), context)?;
            if data.as_object().is_some_and(|d| d.is_array()) {
                let pool_size = pool_size(context)?;
                return array_like_to_buffer(data, pool_size, context);
            }
        }
        let to_primitive = object.get(boa_engine::JsSymbol::to_primitive(), context)?;
        if let Some(f) = to_primitive.as_callable() {
            let primitive = f.call(&value, &[js_string!("string").into()], context)?;
            if let Some(string) = primitive.as_string() {
                return buffer_from_string(&string, &encoding_or_offset, context);
            }
        }
        break;
    }
    Err(invalid_arg_type_at(
        context,
        "first argument",
        &[
            "string",
            "Buffer",
            "ArrayBuffer",
            "Array",
            "Array-like Object",
        ],
        &value,
        site::FROM_TYPE,
    ))
}

/// The bytes `Buffer.copyBytesFrom(view, offset, length)` copies, as a plain Uint8Array.
fn copy_bytes_from(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let view = arg(args, 0);
    let element = match view.as_object().as_ref().and_then(kind_of) {
        Some((kind, _)) => element_size(kind),
        None => {
            return Err(invalid_arg_type_at(
                context,
                "view",
                &["TypedArray"],
                &view,
                site::COPY_BYTES_VIEW,
            ));
        }
    };
    let Some(bytes) = bytes_of(&view, Accept::View, context)? else {
        return Err(invalid_arg_type(context, "view", &["TypedArray"], &view));
    };
    let count = bytes.len() / element;
    let (offset_arg, length_arg) = (arg(args, 1), arg(args, 2));
    let mut start = 0usize;
    let mut end = count;
    if count > 0 && !(offset_arg.is_undefined() && length_arg.is_undefined()) {
        if !offset_arg.is_undefined() {
            let o = js_arg(&offset_arg, context);
            let o = ops::validate_integer(&o, "offset", 0.0, 9_007_199_254_740_991.0)
                .map_err(|e| node_error_at(context, e, site::VALIDATOR))?;
            if o >= count as f64 {
                return Ok(new_uint8_array(&[], context)?.into());
            }
            start = o as usize;
        }
        if !length_arg.is_undefined() {
            let l = js_arg(&length_arg, context);
            let l = ops::validate_integer(&l, "length", 0.0, 9_007_199_254_740_991.0)
                .map_err(|e| node_error_at(context, e, site::VALIDATOR))?;
            end = (start as f64 + l).min(count as f64) as usize;
        }
    }
    let end = end.max(start);
    let copied =
        bytes.read(|b| b[(start * element).min(b.len())..(end * element).min(b.len())].to_vec());
    Ok(new_uint8_array(&copied, context)?.into())
}

fn element_size(kind: TypedArrayKind) -> usize {
    match kind {
        TypedArrayKind::Int8 | TypedArrayKind::Uint8 | TypedArrayKind::Uint8Clamped => 1,
        TypedArrayKind::Int16 | TypedArrayKind::Uint16 => 2,
        TypedArrayKind::Int32 | TypedArrayKind::Uint32 | TypedArrayKind::Float32 => 4,
        #[allow(unreachable_patterns)]
        _ => 8,
    }
}

// ---------------------------------------------------------------- statics

/// `Buffer.byteLength(string, encoding)`.
fn byte_length(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let value = arg(args, 0);
    let Some(units) = units_of(&value) else {
        if let Some(bytes) = bytes_of(&value, Accept::ViewOrBuffer, context)? {
            return Ok((bytes.len() as f64).into());
        }
        return Err(invalid_arg_type_at(
            context,
            "string",
            &["string", "Buffer", "ArrayBuffer"],
            &value,
            site::BYTE_LENGTH_TYPE,
        ));
    };
    let must_match = args.len() > 2 && arg(args, 2).as_boolean() == Some(true);
    if !must_match && units.is_empty() {
        return Ok(0.into());
    }
    let encoding = arg(args, 1);
    let enc = if encoding.to_boolean() {
        encoding_of(&encoding, context)?.ok()
    } else {
        None
    };
    Ok(match (enc, must_match) {
        (Some(enc), _) => codec::byte_length(&units, enc) as f64,
        (None, true) => -1.0,
        (None, false) => codec::byte_length(&units, Encoding::Utf8) as f64,
    }
    .into())
}

fn uint8_arg(value: &JsValue, name: &str, context: &mut Context, site: &str) -> JsResult<Bytes> {
    match bytes_of(value, Accept::Uint8, context)? {
        Some(b) => Ok(b),
        None => Err(invalid_arg_type_at(
            context,
            name,
            &["Buffer", "Uint8Array"],
            value,
            site,
        )),
    }
}

/// `Buffer.compare(buf1, buf2)`.
fn compare_static(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let a = uint8_arg(&arg(args, 0), "buf1", context, site::COMPARE_BUF1)?;
    let b = uint8_arg(&arg(args, 1), "buf2", context, site::COMPARE_BUF2)?;
    Ok(a.read(|x| b.read(|y| ops::compare(x, y))).into())
}

/// `Buffer.isEncoding(encoding)`.
fn is_encoding(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(arg(args, 0)
        .as_string()
        .is_some_and(|s| Encoding::is_encoding(&s.to_std_string_lossy()))
        .into())
}

/// `Buffer.concat`'s first half: the list must be an Array; the total length is summed or
/// validated.
fn concat_length(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let list = arg(args, 0);
    let Some(array) = list.as_object().filter(JsObject::is_array) else {
        return Err(invalid_arg_type(context, "list", &["Array"], &list));
    };
    let length = arg(args, 1);
    if !length.is_undefined() {
        let l = js_arg(&length, context);
        let n = ops::validate_offset(&l, "length", K_MAX_LENGTH)
            .map_err(|e| node_error_at(context, e, site::VALIDATOR))?;
        return Ok((n as f64).into());
    }
    let array = JsArray::from_object(array)?;
    let count = array.length(context)?;
    let mut total = 0f64;
    for i in 0..count {
        let item = array.get(i, context)?;
        let n = match item.as_object() {
            Some(o) if kind_of(&o).is_some() => {
                bytes_of(&item, Accept::View, context)?.map_or(0.0, |b| {
                    let element = kind_of(&o).map_or(1, |(k, _)| element_size(k));
                    (b.len() / element) as f64
                })
            }
            Some(o) => o
                .get(js_string!("length"), context)?
                .as_number()
                .unwrap_or(0.0),
            None if item.is_null_or_undefined() => {
                // `list[i].length` throws on nullish entries, as in Node.
                item.to_object(context)?;
                0.0
            }
            None => item
                .to_object(context)?
                .get(js_string!("length"), context)?
                .as_number()
                .unwrap_or(0.0),
        };
        if n.is_finite() && n != 0.0 {
            total += n;
        }
    }
    Ok(total.into())
}

/// `Buffer.concat`'s second half: copy every item into `target`; the bytes copied.
fn concat_copy(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(array) = arg(args, 0).as_object() else {
        return Ok(0.into());
    };
    let target = this_bytes(&arg(args, 1), context)?;
    let array = JsArray::from_object(array)?;
    let count = array.length(context)?;
    let mut parts = Vec::with_capacity(count as usize);
    for i in 0..count {
        let item = array.get(i, context)?;
        match bytes_of(&item, Accept::Uint8, context)? {
            Some(b) => parts.push(b),
            None => {
                return Err(invalid_arg_type_at(
                    context,
                    &format!("list[{i}]"),
                    &["Buffer", "Uint8Array"],
                    &item,
                    site::CONCAT_ITEM,
                ));
            }
        }
    }
    let mut pos = 0usize;
    for part in &parts {
        let room = target.len().saturating_sub(pos);
        if room == 0 {
            break;
        }
        let n = part.len().min(room);
        copy_between(part, 0, &target, pos, n, context)?;
        pos += n;
    }
    let total = target.len();
    if pos < total {
        target.write(context, |t| t[pos..].fill(0))?;
    }
    Ok((pos as f64).into())
}

/// Copies `count` bytes from `src[src_start..]` to `dst[dst_start..]` (memmove semantics when
/// both are views of the same memory).
fn copy_between(
    src: &Bytes,
    src_start: usize,
    dst: &Bytes,
    dst_start: usize,
    count: usize,
    context: &mut Context,
) -> JsResult<()> {
    if count == 0 {
        return Ok(());
    }
    if let (Backing::Plain(s), Backing::Plain(d)) = (&src.backing, &dst.backing) {
        if src.same_memory(dst) {
            if let Some(mut data) = d.data_mut() {
                let from = src.offset + src_start;
                let to = dst.offset + dst_start;
                if from + count <= data.len() && to + count <= data.len() {
                    data.copy_within(from..from + count, to);
                }
            }
            return Ok(());
        }
        if let (Some(sd), Some(mut dd)) = (s.data(), d.data_mut()) {
            let from = src.offset + src_start;
            let to = dst.offset + dst_start;
            if from + count <= sd.len() && to + count <= dd.len() {
                dd[to..to + count].copy_from_slice(&sd[from..from + count]);
            }
        }
        return Ok(());
    }
    let chunk = src.read(|b| b[src_start.min(b.len())..(src_start + count).min(b.len())].to_vec());
    dst.write(context, |b| {
        let end = (dst_start + chunk.len()).min(b.len());
        let start = dst_start.min(end);
        b[start..end].copy_from_slice(&chunk[..end - start]);
    })
}

/// `buffer.isUtf8(input)` / `buffer.isAscii(input)`.
fn validate_bytes(value: &JsValue, context: &mut Context, site: &str) -> JsResult<Bytes> {
    let is_typed_or_buffer =
        value.as_object().is_some_and(|o| kind_of(&o).is_some()) || Backing::of(value).is_some();
    match bytes_of(value, Accept::ViewOrBuffer, context)? {
        Some(b) if is_typed_or_buffer => Ok(b),
        _ => Err(invalid_arg_type_at(
            context,
            "input",
            &["ArrayBuffer", "Buffer", "TypedArray"],
            value,
            site,
        )),
    }
}

fn is_utf8(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let bytes = validate_bytes(&arg(args, 0), context, site::IS_UTF8)?;
    Ok(bytes.read(utf8::is_utf8).into())
}

fn is_ascii(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let bytes = validate_bytes(&arg(args, 0), context, site::IS_ASCII)?;
    Ok(bytes.read(|b| b.is_ascii()).into())
}

/// `buffer.transcode(source, fromEnc, toEnc)`, as Node's ICU converters do it for utf8,
/// utf16le, latin1 and ascii: what a target cannot hold becomes `?`, malformed input U+FFFD,
/// except where Node's strict paths (utf8 to utf16le, utf16le to utf8) throw.
fn transcode(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let source = arg(args, 0);
    let bytes = uint8_arg(&source, "source", context, site::VALIDATOR)?;
    let supported = |e: Encoding| {
        matches!(
            e,
            Encoding::Utf8 | Encoding::Utf16le | Encoding::Latin1 | Encoding::Ascii
        )
    };
    let from = normalized_encoding(&arg(args, 1), context)
        .ok()
        .filter(|e| supported(*e));
    let to = normalized_encoding(&arg(args, 2), context)
        .ok()
        .filter(|e| supported(*e));
    let (Some(from), Some(to)) = (from, to) else {
        return Err(icu_error(context, "U_ILLEGAL_ARGUMENT_ERROR", 1));
    };
    match transcode_bytes(&bytes.to_vec(), from, to) {
        Some(out) => new_buffer(&out, context),
        None => Err(icu_error(context, "U_INVALID_CHAR_FOUND", 10)),
    }
}

fn icu_error(context: &mut Context, code: &str, errno: i32) -> JsError {
    let error = js_error(
        context,
        "Error",
        Some(code),
        &format!("Unable to transcode Buffer [{code}]"),
        true,
    );
    if let Some(object) = error.as_opaque().and_then(JsValue::as_object) {
        let _ = object.set(js_string!("errno"), errno, false, context);
    }
    error
}

/// The bytes of `transcode`, or `None` for `U_INVALID_CHAR_FOUND`.
fn transcode_bytes(data: &[u8], from: Encoding, to: Encoding) -> Option<Vec<u8>> {
    const REPLACEMENT: u16 = 0xFFFD;
    let units: Vec<u16> = match from {
        // To utf16le the bytes are only widened; elsewhere bytes above 0x7F are malformed.
        Encoding::Ascii if to == Encoding::Utf16le => data.iter().map(|&b| u16::from(b)).collect(),
        Encoding::Ascii => data
            .iter()
            .map(|&b| if b < 0x80 { u16::from(b) } else { REPLACEMENT })
            .collect(),
        Encoding::Utf8 if to == Encoding::Utf16le && !utf8::is_utf8(data) => return None,
        Encoding::Utf16le => {
            let mut units = codec::decode(data, Encoding::Utf16le);
            let lone = char::decode_utf16(units.iter().copied()).any(|c| c.is_err());
            match to {
                // Node converts with simdutf and takes an empty result for a failure, so a
                // lone odd byte (no whole unit) throws too.
                Encoding::Utf8 if lone || units.is_empty() => return None,
                Encoding::Utf16le => {
                    units = char::decode_utf16(units.iter().copied())
                        .flat_map(|c| {
                            let mut buf = [0u16; 2];
                            c.unwrap_or('\u{FFFD}').encode_utf16(&mut buf).to_vec()
                        })
                        .collect();
                    // ICU holds an odd last byte with a pending lead surrogate as one truncated
                    // character: one U+FFFD for both.
                    let lead_before = data.len() >= 3
                        && (0xD800..0xDC00).contains(&u16::from_le_bytes([
                            data[data.len() - 3],
                            data[data.len() - 2],
                        ]));
                    if data.len() % 2 == 1 && !lead_before {
                        units.push(REPLACEMENT);
                    }
                }
                _ => {}
            }
            units
        }
        _ => codec::decode(data, from),
    };
    Some(match to {
        Encoding::Latin1 | Encoding::Ascii => {
            let limit = if to == Encoding::Ascii { 0x80 } else { 0x100 };
            char::decode_utf16(units.iter().copied())
                .map(|c| match c.map(u32::from) {
                    Ok(cp) if cp < limit => cp as u8,
                    _ => b'?',
                })
                .collect()
        }
        _ => codec::encode(&units, to),
    })
}

/// `(name, expected, value)`: Node's `ERR_INVALID_ARG_TYPE` error, for buffer.js to throw.
fn invalid_arg_type_error(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let name = arg(args, 0).to_string(context)?.to_std_string_lossy();
    let expected_value = arg(args, 1);
    let mut expected = Vec::new();
    if let Some(list) = expected_value.as_object().filter(JsObject::is_array) {
        let list = JsArray::from_object(list)?;
        for i in 0..list.length(context)? {
            expected.push(
                list.get(i, context)?
                    .to_string(context)?
                    .to_std_string_lossy(),
            );
        }
    } else {
        expected.push(expected_value.to_string(context)?.to_std_string_lossy());
    }
    let expected: Vec<&str> = expected.iter().map(String::as_str).collect();
    let mut error = invalid_arg_type(context, &name, &expected, &arg(args, 2));
    // Thrown by one of Node's validators (`validateArray`, `validateObject`, ...).
    if arg(args, 3).to_boolean() {
        error = at(context, error, site::VALIDATOR);
    }
    error.into_opaque(context)
}

/// Build the object of natives buffer.js and string_decoder.js call.
pub fn natives(context: &mut Context) -> JsObject {
    let plain: &[(&str, NativeFn, usize)] = &[
        ("setup", setup, 2),
        ("registerInspect", register_inspect, 1),
        ("setInspectMaxBytes", set_inspect_max_bytes, 1),
        ("isAnyArrayBuffer", is_any_array_buffer, 1),
        ("isUint8Array", is_uint8_array, 1),
        ("isTypedArray", is_typed_array, 1),
        ("validateSize", validate_size, 1),
        ("create", create, 3),
        ("allocate", allocate, 2),
        ("fromArrayLike", from_array_like, 2),
        ("fromArrayBuffer", from_array_buffer, 3),
        ("copyBytesFromView", copy_bytes_from, 3),
        ("concatLength", concat_length, 2),
        ("concatCopy", concat_copy, 2),
        ("invalidArgTypeError", invalid_arg_type_error, 3),
        ("utf8Encode", utf8_encode, 1),
        ("textDecoderNew", text_decoder_new, 3),
        ("textDecoderEncoding", text_decoder_encoding, 1),
        ("textDecoderDecode", text_decoder_decode, 3),
        ("stringDecoderNew", string_decoder_new, 1),
        ("stringDecoderEncoding", string_decoder_encoding, 1),
        ("stringDecoderWrite", string_decoder_write, 3),
        ("stringDecoderFlush", string_decoder_flush, 2),
        ("stringDecoderReset", string_decoder_reset, 2),
        ("stringDecoderSync", string_decoder_sync, 2),
    ];
    // Functions user code sees: their `name` and `length` are Node's.
    let public: &[(&str, &str, NativeFn, usize)] = &[
        ("from", "from", buffer_from, 3),
        ("byteLength", "byteLength", byte_length, 2),
        ("compareStatic", "compare", compare_static, 2),
        ("isEncoding", "isEncoding", is_encoding, 1),
        ("isUtf8", "isUtf8", is_utf8, 1),
        ("isAscii", "isAscii", is_ascii, 1),
        ("transcode", "transcode", transcode, 3),
        ("atob", "atob", atob, 1),
        ("btoa", "btoa", btoa, 1),
        ("encodeInto", "encodeInto", encode_into, 2),
        ("toString", "toString", to_string, 3),
        ("write", "write", write, 4),
        ("fill", "fill", fill, 4),
        ("indexOf", "indexOf", index_of, 3),
        ("lastIndexOf", "lastIndexOf", last_index_of, 3),
        ("includes", "includes", includes, 3),
        ("equals", "equals", equals, 1),
        ("compare", "compare", compare, 5),
        ("copy", "copy", copy, 4),
        ("swap16", "swap16", swap16, 0),
        ("swap32", "swap32", swap32, 0),
        ("swap64", "swap64", swap64, 0),
        ("toJSON", "toJSON", to_json, 0),
        ("subarray", "subarray", subarray, 2),
        ("slice", "slice", subarray, 2),
        ("asciiSlice", "asciiSlice", ascii_slice, 0),
        ("base64Slice", "base64Slice", base64_slice, 0),
        ("base64urlSlice", "base64urlSlice", base64url_slice, 0),
        ("latin1Slice", "latin1Slice", latin1_slice, 0),
        ("hexSlice", "hexSlice", hex_slice, 0),
        ("ucs2Slice", "ucs2Slice", ucs2_slice, 0),
        ("utf8Slice", "utf8Slice", utf8_slice, 0),
        ("asciiWrite", "asciiWrite", ascii_write, 0),
        ("base64Write", "base64Write", base64_write, 0),
        ("base64urlWrite", "base64urlWrite", base64url_write, 0),
        ("latin1Write", "latin1Write", latin1_write, 0),
        ("hexWrite", "hexWrite", hex_write, 0),
        ("ucs2Write", "ucs2Write", ucs2_write, 0),
        ("utf8Write", "utf8Write", utf8_write, 0),
    ];
    let realm = context.realm().clone();
    let mut functions: Vec<(JsString, JsFunction)> = Vec::new();
    for &(key, name, f, length) in public {
        let function = FunctionObjectBuilder::new(&realm, NativeFunction::from_fn_ptr(f))
            .name(JsString::from(name))
            .length(length)
            .build();
        functions.push((JsString::from(key), function));
    }
    let mut accessor_list: Vec<(JsString, JsFunction)> = Vec::new();
    for (key, name, length, accessor) in accessors() {
        let native = NativeFunction::from_copy_closure(move |this, args, context| {
            run_accessor(this, args, context, accessor)
        });
        let function = FunctionObjectBuilder::new(&realm, native)
            .name(JsString::from(name))
            .length(length)
            .build();
        accessor_list.push((JsString::from(key), function));
    }
    let accessor_object = {
        let mut init = ObjectInitializer::new(context);
        for (key, function) in accessor_list {
            init.property(key, function, Attribute::all());
        }
        init.build()
    };
    let mut init = crate::bindings::natives_initializer(context, plain);
    for (key, function) in functions {
        init.property(key, function, Attribute::all());
    }
    init.property(js_string!("accessors"), accessor_object, Attribute::all());
    init.property(js_string!("kMaxLength"), K_MAX_LENGTH, Attribute::all());
    init.property(
        js_string!("kStringMaxLength"),
        K_STRING_MAX_LENGTH as f64,
        Attribute::all(),
    );
    init.property(
        js_string!("maxBufferBytes"),
        MAX_BUFFER_BYTES as f64,
        Attribute::all(),
    );
    init.build()
}
