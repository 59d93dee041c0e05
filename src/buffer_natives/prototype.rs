//! The natives behind `Buffer.prototype`'s methods: `toString`, `write`, `fill`, `indexOf`,
//! `equals`, `compare`, `copy`, the swaps, `toJSON`, `subarray` and the per-encoding slices
//! and writes.

use super::*;

/// `buf.toString(encoding, start, end)`.
pub(super) fn to_string(
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let bytes = this_bytes(this, context)?;
    let len = bytes.len();
    if args.is_empty() {
        return decode_to_js(&bytes, 0, len, Encoding::Utf8, context);
    }
    let start = number_or_nan(&arg(args, 1), context)?;
    let end = optional_number(&arg(args, 2), context)?;
    let Some((start, end)) = ops::to_string_range(len, start, end) else {
        return Ok(js_string!().into());
    };
    let encoding = arg(args, 0);
    let enc = if encoding.is_undefined() {
        Encoding::Utf8
    } else {
        require_encoding(&encoding, context, site::TO_STRING_ENCODING)?
    };
    decode_to_js(&bytes, start, end, enc, context)
}

/// `buf.write(string[, offset[, length]][, encoding])`.
pub(super) fn write(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let bytes = this_bytes(this, context)?;
    let len = bytes.len();
    let string = arg(args, 0);
    let (offset, length, mut encoding) = (arg(args, 1), arg(args, 2), arg(args, 3));
    let offset_given = !offset.is_undefined();
    let (start, end);
    if offset.is_undefined() {
        (start, end) = (0, len);
        encoding = JsValue::undefined();
    } else if length.is_undefined() && offset.is_string() {
        encoding = offset;
        (start, end) = (0, len);
    } else {
        let offset_arg = js_arg(&offset, context);
        let length_arg = if length.is_string() {
            encoding = length;
            JsArg::Undefined
        } else {
            js_arg(&length, context)
        };
        (start, end) = ops::write_range(len, &offset_arg, &length_arg)
            .map_err(|e| node_error_at(context, e, site::VALIDATOR))?;
    }
    let enc = if !encoding.to_boolean() {
        Encoding::Utf8
    } else {
        require_encoding(&encoding, context, site::WRITE_ENCODING)?
    };
    let name = encoding
        .as_string()
        .filter(|_| encoding.to_boolean())
        .map(|s| s.to_std_string_lossy());
    let not_string = site::write_not_string(offset_given, name.as_deref());
    write_string(&bytes, &string, start, end, enc, context, Some(not_string))
}

fn write_string(
    bytes: &Bytes,
    string: &JsValue,
    start: usize,
    end: usize,
    enc: Encoding,
    context: &mut Context,
    not_string_site: Option<&str>,
) -> JsResult<JsValue> {
    let Some(units) = units_of(string) else {
        let error = plain_error(
            context,
            "TypeError",
            "ERR_INVALID_ARG_TYPE",
            "argument must be a string",
        );
        return Err(match not_string_site {
            Some(site) => at(context, error, site),
            None => error,
        });
    };
    if start >= end {
        return Ok(0.into());
    }
    let written = bytes.write(context, |b| {
        let end = end.min(b.len());
        codec::write(&mut b[start.min(end)..end], &units, enc)
    })?;
    Ok((written as f64).into())
}

/// `buf.fill(value[, offset[, end]][, encoding])`.
pub(super) fn fill(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let bytes = this_bytes(this, context)?;
    let len = bytes.len();
    let value = arg(args, 0);
    let (mut offset, mut end, mut encoding) = (arg(args, 1), arg(args, 2), arg(args, 3));
    let mut string_enc = None;
    if value.is_string() {
        if offset.is_undefined() || offset.is_string() {
            encoding = offset;
            offset = 0.into();
            end = (len as f64).into();
        } else if end.is_string() {
            encoding = end;
            end = (len as f64).into();
        }
        string_enc = Some(normalized_encoding(&encoding, context)?);
    }
    let offset_arg = js_arg(&offset, context);
    let end_arg = js_arg(&end, context);
    let Some((start, stop)) = ops::fill_range(len, &offset_arg, &end_arg)
        .map_err(|e| node_error_at(context, e, site::VALIDATOR))?
    else {
        return Ok(this.clone());
    };
    let result = if let Some(enc) = string_enc {
        let units = units_of(&value).unwrap_or_default();
        bytes.write(context, |b| {
            ops::fill(b, FillValue::Str(&units, enc), start, stop)
        })?
    } else if let Some(n) = value.as_number() {
        bytes.write(context, |b| {
            ops::fill(b, FillValue::Byte(to_uint8(n)), start, stop)
        })?
    } else if let Some(pattern) = bytes_of(&value, Accept::View, context)? {
        let pattern = pattern.to_vec();
        let result = bytes.write(context, |b| {
            ops::fill(b, FillValue::Bytes(&pattern), start, stop)
        })?;
        if let Err(BufferError::InvalidArgValue { name, .. }) = &result {
            let is_buffer = value.as_object().is_some_and(|o| is_buffer(&o, context));
            if !is_buffer {
                let inspected = crate::capture::inspect_value(
                    &value,
                    &crate::inspect::InspectOptions::default(),
                    context,
                )?;
                return Err(node_error_at(
                    context,
                    BufferError::InvalidArgValue {
                        name: name.clone(),
                        inspected,
                    },
                    site::FILL_VALUE,
                ));
            }
        }
        result
    } else {
        let n = to_number(&value, context)?;
        bytes.write(context, |b| {
            ops::fill(b, FillValue::Byte((to_uint32(n) & 0xFF) as u8), start, stop)
        })?
    };
    result.map_err(|e| node_error_at(context, e, site::FILL_VALUE))?;
    Ok(this.clone())
}

/// `indexOf` / `lastIndexOf` / `includes` (lib/buffer.js `bidirectionalIndexOf`).
fn search(this: &JsValue, args: &[JsValue], context: &mut Context, forward: bool) -> JsResult<i64> {
    let hay = this_bytes(this, context)?;
    let value = arg(args, 0);
    let (byte_offset, mut encoding) = (arg(args, 1), arg(args, 2));
    let offset = if byte_offset.is_string() {
        encoding = byte_offset;
        f64::NAN
    } else {
        to_number(&byte_offset, context)?
    };
    let start = ops::index_of_start(offset, hay.len(), forward);
    if let Some(n) = value.as_number() {
        return Ok(hay.read(|h| ops::index_of_byte(h, to_uint32(n), start, forward)));
    }
    let enc = if encoding.is_undefined() {
        Ok(Encoding::Utf8)
    } else {
        encoding_of(&encoding, context)?
    };
    if let Some(units) = units_of(&value) {
        let enc = enc.map_err(|name| {
            node_error_at(
                context,
                BufferError::UnknownEncoding { name },
                site::INDEX_OF_ENCODING,
            )
        })?;
        return Ok(hay.read(|h| ops::index_of_string(h, &units, enc, start, forward)));
    }
    if let Some(needle) = bytes_of(&value, Accept::Uint8, context)? {
        let ucs2 = enc == Ok(Encoding::Utf16le);
        let needle = needle.to_vec();
        return Ok(hay.read(|h| ops::index_of_bytes(h, &needle, start, forward, ucs2)));
    }
    Err(invalid_arg_type_at(
        context,
        "value",
        &["number", "string", "Buffer", "Uint8Array"],
        &value,
        site::INDEX_OF_TYPE,
    ))
}

pub(super) fn index_of(
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    Ok((search(this, args, context, true)? as f64).into())
}

pub(super) fn last_index_of(
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    Ok((search(this, args, context, false)? as f64).into())
}

pub(super) fn includes(
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    Ok((search(this, args, context, true)? != -1).into())
}

/// `buf.equals(otherBuffer)`.
pub(super) fn equals(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let a = this_bytes(this, context)?;
    let other = arg(args, 0);
    let b = uint8_arg(&other, "otherBuffer", context, site::EQUALS)?;
    if a.len() != b.len() {
        return Ok(false.into());
    }
    Ok(a.read(|x| b.read(|y| x == y)).into())
}

/// `buf.compare(target[, targetStart[, targetEnd[, sourceStart[, sourceEnd]]]])`.
pub(super) fn compare(
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let source = this_bytes(this, context)?;
    let target = uint8_arg(&arg(args, 0), "target", context, site::COMPARE_TARGET)?;
    if args.len() <= 1 {
        return Ok(source.read(|s| target.read(|t| ops::compare(s, t))).into());
    }
    let ranges: Vec<JsArg> = (1..5).map(|i| js_arg(&arg(args, i), context)).collect();
    let result = source.read(|s| {
        target.read(|t| ops::compare_ranges(s, t, &ranges[0], &ranges[1], &ranges[2], &ranges[3]))
    });
    Ok(result
        .map_err(|e| node_error_at(context, e, site::VALIDATOR))?
        .into())
}

/// `buf.copy(target, targetStart, sourceStart, sourceEnd)`: the bytes copied.
pub(super) fn copy(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let source = match bytes_of(this, Accept::Uint8, context)? {
        Some(b) => b,
        None => {
            return Err(invalid_arg_type(
                context,
                "source",
                &["Buffer", "Uint8Array"],
                this,
            ));
        }
    };
    let target = uint8_arg(&arg(args, 0), "target", context, site::COPY_TARGET)?;
    let target_start = optional_number(&arg(args, 1), context)?;
    let source_start = optional_number(&arg(args, 2), context)?;
    let source_end = optional_number(&arg(args, 3), context)?;
    let (ts, ss, count) = ops::copy_plan(
        source.len(),
        target.len(),
        target_start,
        source_start,
        source_end,
    )
    .map_err(|e| {
        let site = match &e {
            BufferError::OutOfRange { name, .. } if name == "targetStart" => {
                site::COPY_TARGET_START
            }
            BufferError::OutOfRange { name, .. } if name == "sourceStart" => {
                site::COPY_SOURCE_START
            }
            _ => site::COPY_SOURCE_END,
        };
        node_error_at(context, e, site)
    })?;
    // Views of the same memory copy like memmove (copy_between handles it).
    copy_between(&source, ss, &target, ts, count, context)?;
    Ok((count as f64).into())
}

fn swap(
    this: &JsValue,
    context: &mut Context,
    f: fn(&mut [u8]) -> Result<(), BufferError>,
    site: &str,
) -> JsResult<JsValue> {
    let bytes = this_bytes(this, context)?;
    bytes
        .write(context, f)?
        .map_err(|e| node_error_at(context, e, site))?;
    Ok(this.clone())
}

pub(super) fn swap16(this: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    swap(this, context, ops::swap16, site::SWAP16)
}

pub(super) fn swap32(this: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    swap(this, context, ops::swap32, site::SWAP32)
}

pub(super) fn swap64(this: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    swap(this, context, ops::swap64, site::SWAP64)
}

/// `buf.toJSON()`: `{ type: 'Buffer', data: [...] }`.
pub(super) fn to_json(this: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let bytes = this_bytes(this, context)?;
    let data = bytes.read(|b| b.iter().map(|&x| JsValue::from(x)).collect::<Vec<_>>());
    let data = JsArray::from_iter(data, context);
    let object = ObjectInitializer::new(context)
        .property(js_string!("type"), js_string!("Buffer"), Attribute::all())
        .property(js_string!("data"), data, Attribute::all())
        .build();
    Ok(object.into())
}

/// `buf.subarray(start, end)` and `buf.slice(start, end)`: a Buffer on the same memory.
pub(super) fn subarray(
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let bytes = this_bytes(this, context)?;
    let start = number_or_nan(&arg(args, 0), context)?;
    let end = optional_number(&arg(args, 1), context)?;
    let (begin, stop) = ops::subarray_range(bytes.len(), start, end);
    let buffer = bytes.backing.object();
    new_fast_buffer(
        &[
            buffer.into(),
            ((bytes.offset + begin) as f64).into(),
            ((stop - begin) as f64).into(),
        ],
        context,
    )
}

/// `ParseArrayIndex` of the C++ slice/write methods.
fn array_index(value: &JsValue, default: usize, context: &mut Context) -> JsResult<usize> {
    if value.is_undefined() {
        return Ok(default);
    }
    let n = to_number(value, context)?;
    let n = if n.is_nan() { 0.0 } else { n.trunc() };
    if n < 0.0 {
        return Err(plain_error(
            context,
            "RangeError",
            "ERR_OUT_OF_RANGE",
            "Index out of range",
        ));
    }
    Ok(n.min(usize::MAX as f64) as usize)
}

/// `buf.hexSlice(start, end)` & co. (the C++ `StringSlice`).
fn slice_with(
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
    enc: Encoding,
) -> JsResult<JsValue> {
    let bytes = this_bytes(this, context)?;
    let len = bytes.len();
    let start = array_index(&arg(args, 0), 0, context)?;
    let end = array_index(&arg(args, 1), len, context)?.max(start);
    if end > len {
        return Err(plain_error(
            context,
            "RangeError",
            "ERR_OUT_OF_RANGE",
            "Index out of range",
        ));
    }
    decode_to_js(&bytes, start, end, enc, context)
}

/// `buf.hexWrite(string, offset, length)` & co. (the C++ `StringWrite`).
fn write_with(
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
    enc: Encoding,
) -> JsResult<JsValue> {
    let bytes = this_bytes(this, context)?;
    let len = bytes.len();
    let string = arg(args, 0);
    if !string.is_string() {
        return Err(plain_error(
            context,
            "TypeError",
            "ERR_INVALID_ARG_TYPE",
            "argument must be a string",
        ));
    }
    let offset = array_index(&arg(args, 1), 0, context)?;
    if offset > len {
        return Err(plain_error(
            context,
            "RangeError",
            "ERR_BUFFER_OUT_OF_BOUNDS",
            "\"offset\" is outside of buffer bounds",
        ));
    }
    let max = array_index(&arg(args, 2), len - offset, context)?.min(len - offset);
    write_string(&bytes, &string, offset, offset + max, enc, context, None)
}

macro_rules! encoding_methods {
    ($(($slice:ident, $write:ident, $enc:expr)),* $(,)?) => {
        $(
            pub(super) fn $slice(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
                slice_with(this, args, context, $enc)
            }
            pub(super) fn $write(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
                write_with(this, args, context, $enc)
            }
        )*
    };
}

encoding_methods!(
    (ascii_slice, ascii_write, Encoding::Ascii),
    (base64_slice, base64_write, Encoding::Base64),
    (base64url_slice, base64url_write, Encoding::Base64url),
    (latin1_slice, latin1_write, Encoding::Latin1),
    (hex_slice, hex_write, Encoding::Hex),
    (ucs2_slice, ucs2_write, Encoding::Utf16le),
    (utf8_slice, utf8_write, Encoding::Utf8),
);
