//! The natives behind `node:string_decoder`'s `StringDecoder`: a handle holding the Rust
//! decoder, and the calls that keep its JavaScript-visible state in step.

use super::*;

#[derive(Trace, Finalize, JsData)]
struct StringDecoderHandle {
    #[unsafe_ignore_trace]
    inner: RefCell<StringDecoder>,
}

fn with_string_decoder<R>(
    handle: &JsValue,
    f: impl FnOnce(&mut StringDecoder) -> R,
) -> JsResult<R> {
    let object = handle.as_object();
    let decoder = object
        .as_ref()
        .and_then(|h| h.downcast_ref::<StringDecoderHandle>());
    match decoder {
        Some(d) => Ok(f(&mut d.inner.borrow_mut())),
        None => Err(JsNativeError::typ()
            .with_message("Value of \"this\" must be of type StringDecoder")
            .into()),
    }
}

/// `(encoding)`: a decoder handle (`ERR_UNKNOWN_ENCODING` for names Node does not know).
pub(super) fn string_decoder_new(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let value = arg(args, 0);
    let enc = if value.is_null_or_undefined() {
        Some(Encoding::Utf8)
    } else {
        value
            .as_string()
            .and_then(|s| Encoding::normalize(&s.to_std_string_lossy()))
    };
    let Some(enc) = enc else {
        let name = value.to_string(context)?.to_std_string_lossy();
        return Err(node_error_at(
            context,
            BufferError::UnknownEncoding { name },
            site::STRING_DECODER_ENCODING,
        ));
    };
    let handle = JsObject::from_proto_and_data(
        None,
        StringDecoderHandle {
            inner: RefCell::new(StringDecoder::new(enc)),
        },
    );
    Ok(handle.into())
}

pub(super) fn string_decoder_encoding(
    _: &JsValue,
    args: &[JsValue],
    _: &mut Context,
) -> JsResult<JsValue> {
    let name = with_string_decoder(&arg(args, 0), |d| d.encoding().name())?;
    Ok(JsString::from(name).into())
}

/// Node's index of an encoding in the decoder's state (`encodingsMap`).
fn node_encoding_index(enc: Encoding) -> u8 {
    match enc {
        Encoding::Ascii => 0,
        Encoding::Utf8 => 1,
        Encoding::Base64 => 2,
        Encoding::Utf16le => 3,
        Encoding::Latin1 => 4,
        Encoding::Hex => 5,
        Encoding::Base64url => 7,
    }
}

/// Copies the decoder's state into the 7-byte Buffer Node keeps it in (`kNativeDecoder`):
/// the incomplete character, the bytes missing, the bytes buffered, the encoding.
fn sync_state(handle: &JsValue, state: &JsValue, context: &mut Context) -> JsResult<()> {
    let (chars, need, total, enc) = with_string_decoder(handle, |d| {
        (d.last_char(), d.last_need(), d.last_total(), d.encoding())
    })?;
    if let Some(bytes) = bytes_of(state, Accept::Uint8, context)? {
        bytes.write(context, |b| {
            if b.len() >= 7 {
                b[..4].copy_from_slice(&chars);
                b[4] = need as u8;
                b[5] = (total - need) as u8;
                b[6] = node_encoding_index(enc);
            }
        })?;
    }
    Ok(())
}

/// `(handle, state)`: fill a new decoder's state Buffer.
pub(super) fn string_decoder_sync(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    sync_state(&arg(args, 0), &arg(args, 1), context)?;
    Ok(JsValue::undefined())
}

/// `(handle, buf, state)`: `decoder.write(buf)` for a view.
pub(super) fn string_decoder_write(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let buf = arg(args, 1);
    let Some(bytes) = bytes_of(&buf, Accept::View, context)? else {
        return Err(invalid_arg_type_at(
            context,
            "buf",
            &["Buffer", "TypedArray", "DataView"],
            &buf,
            site::STRING_DECODER_WRITE,
        ));
    };
    let data = bytes.to_vec();
    let units = with_string_decoder(&arg(args, 0), |d| d.write(&data))?;
    sync_state(&arg(args, 0), &arg(args, 2), context)?;
    Ok(js_units(&units))
}

/// `(handle, state)`: what `end()` flushes.
pub(super) fn string_decoder_flush(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let units = with_string_decoder(&arg(args, 0), StringDecoder::end)?;
    sync_state(&arg(args, 0), &arg(args, 1), context)?;
    Ok(js_units(&units))
}

/// `(handle, state)`: forget a pending character (`text()`).
pub(super) fn string_decoder_reset(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    with_string_decoder(&arg(args, 0), |d| {
        d.text(&[], 0);
    })?;
    sync_state(&arg(args, 0), &arg(args, 1), context)?;
    Ok(JsValue::undefined())
}
