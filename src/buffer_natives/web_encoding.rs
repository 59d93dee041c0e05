//! The natives behind the web encoding globals: `atob`, `btoa`, `TextEncoder` and
//! `TextDecoder`.

use super::*;

fn missing_input(context: &mut Context) -> JsError {
    js_error(
        context,
        "TypeError",
        Some("ERR_MISSING_ARGS"),
        "The \"input\" argument must be specified",
        false,
    )
}

fn dom_exception(context: &mut Context, name: &str, message: &str) -> JsError {
    js_error(context, "DOMException", Some(name), message, false)
}

/// `atob(input)`.
pub(super) fn atob(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if args.is_empty() {
        let error = missing_input(context);
        return Err(at(context, error, site::ATOB_MISSING));
    }
    let input = arg(args, 0).to_string(context)?.to_vec();
    match base64::atob(&input) {
        Ok(bytes) => Ok(latin1_string(&bytes)),
        Err(e) => {
            let error = dom_exception(context, "InvalidCharacterError", e.message());
            let site = match e {
                base64::AtobError::BadLength => site::ATOB_LENGTH,
                base64::AtobError::InvalidCharacter => site::ATOB_INVALID,
            };
            Err(at(context, error, site))
        }
    }
}

/// `btoa(input)`.
pub(super) fn btoa(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if args.is_empty() {
        let error = missing_input(context);
        return Err(at(context, error, site::BTOA_MISSING));
    }
    let input = arg(args, 0).to_string(context)?.to_vec();
    match base64::btoa(&input) {
        Some(text) => Ok(JsString::from(text.as_str()).into()),
        None => {
            let error = dom_exception(context, "InvalidCharacterError", "Invalid character");
            Err(at(context, error, site::BTOA_INVALID))
        }
    }
}

/// `TextEncoder#encode`'s bytes: an ArrayBuffer with the UTF-8 of a string.
pub(super) fn utf8_encode(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let string = arg(args, 0).as_string().unwrap_or_default();
    encode_to_array_buffer(&string, Encoding::Utf8, context)
}

/// `TextEncoder#encodeInto(src, dest)`: `{ read, written }`.
pub(super) fn encode_into(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let src = arg(args, 0);
    let Some(units) = units_of(&src) else {
        return Err(invalid_arg_type_at(
            context,
            "src",
            &["string"],
            &src,
            site::VALIDATOR,
        ));
    };
    let dest = arg(args, 1);
    let Some(bytes) = bytes_of(&dest, Accept::Uint8, context)? else {
        return Err(invalid_arg_type_at(
            context,
            "dest",
            &["Uint8Array"],
            &dest,
            site::ENCODE_INTO_DEST,
        ));
    };
    let (read, written) = bytes.write(context, |b| utf8::encode_utf8_into(&units, b))?;
    let result = ObjectInitializer::new(context)
        .property(js_string!("read"), read as f64, Attribute::all())
        .property(js_string!("written"), written as f64, Attribute::all())
        .build();
    Ok(result.into())
}

// ---------------------------------------------------------------- TextDecoder

#[derive(Trace, Finalize, JsData)]
struct TextDecoderHandle {
    #[unsafe_ignore_trace]
    inner: RefCell<TextDecoder>,
}

/// `(label, fatal, ignoreBOM)`: a decoder handle, or `ERR_ENCODING_NOT_SUPPORTED`.
pub(super) fn text_decoder_new(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let label = arg(args, 0).to_string(context)?.to_std_string_lossy();
    let Some(encoding) = TextEncoding::from_label(&label) else {
        let error = js_error(
            context,
            "RangeError",
            Some("ERR_ENCODING_NOT_SUPPORTED"),
            &text::not_supported_message(&label),
            false,
        );
        return Err(at(context, error, site::TEXT_DECODER_LABEL));
    };
    let decoder = TextDecoder::new(
        encoding,
        arg(args, 1).to_boolean(),
        arg(args, 2).to_boolean(),
    );
    let handle = JsObject::from_proto_and_data(
        None,
        TextDecoderHandle {
            inner: RefCell::new(decoder),
        },
    );
    Ok(handle.into())
}

pub(super) fn text_decoder_encoding(
    _: &JsValue,
    args: &[JsValue],
    _: &mut Context,
) -> JsResult<JsValue> {
    let name = arg(args, 0)
        .as_object()
        .and_then(|h| {
            h.downcast_ref::<TextDecoderHandle>()
                .map(|d| d.inner.borrow().encoding().name())
        })
        .unwrap_or("utf-8");
    Ok(JsString::from(name).into())
}

/// `(handle, input, stream)`: the decoded text.
pub(super) fn text_decoder_decode(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let Some(handle) = arg(args, 0).as_object() else {
        return Err(JsNativeError::typ()
            .with_message("not a TextDecoder")
            .into());
    };
    let input = arg(args, 1);
    let data = if input.is_undefined() {
        Vec::new()
    } else {
        match bytes_of(&input, Accept::ViewOrBuffer, context)? {
            Some(b) => b.to_vec(),
            None => {
                return Err(plain_error(
                    context,
                    "TypeError",
                    "ERR_INVALID_ARG_TYPE",
                    "The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.",
                ));
            }
        }
    };
    let stream = arg(args, 2).to_boolean();
    let outcome = handle.downcast_ref::<TextDecoderHandle>().map(|d| {
        let mut decoder = d.inner.borrow_mut();
        let encoding = decoder.encoding();
        decoder.decode(&data, stream).map_err(|_| encoding)
    });
    match outcome {
        Some(Ok(units)) => Ok(js_units(&units)),
        Some(Err(encoding)) => Err(plain_error(
            context,
            "TypeError",
            "ERR_ENCODING_INVALID_ENCODED_DATA",
            &text::invalid_data_message(encoding),
        )),
        None => Err(JsNativeError::typ()
            .with_message("not a TextDecoder")
            .into()),
    }
}
