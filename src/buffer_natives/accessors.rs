//! The numeric accessors: every `buf.read*`/`buf.write*` method (`readUInt32LE`,
//! `writeDoubleBE`, `readBigInt64LE`, ...) is one native closure over an [`Accessor`].

use super::*;

/// One `read*` / `write*` method.
#[derive(Clone, Copy, Debug)]
pub(super) enum Accessor {
    ReadUInt(usize, Endian),
    ReadInt(usize, Endian),
    ReadUIntVar(Endian),
    ReadIntVar(Endian),
    ReadBigUInt64(Endian),
    ReadBigInt64(Endian),
    ReadFloat(Endian),
    ReadDouble(Endian),
    WriteUInt(usize, Endian),
    WriteInt(usize, Endian),
    WriteUIntVar(Endian),
    WriteIntVar(Endian),
    WriteBig64(bool, Endian),
    WriteFloat(Endian),
    WriteDouble(Endian),
}

fn bigint_mix_error() -> JsError {
    JsNativeError::typ()
        .with_message("Cannot mix BigInt and other types, use explicit conversions")
        .into()
}

pub(super) fn run_accessor(
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
    accessor: Accessor,
) -> JsResult<JsValue> {
    use Accessor::*;
    let bytes = this_bytes(this, context)?;
    let result: Result<JsValue, BufferError> = match accessor {
        ReadUInt(w, e) => {
            let offset = js_arg(&arg(args, 0), context);
            bytes
                .read(|b| access::read_uint(b, &offset, w, e))
                .map(JsValue::from)
        }
        ReadInt(w, e) => {
            let offset = js_arg(&arg(args, 0), context);
            bytes
                .read(|b| access::read_int(b, &offset, w, e))
                .map(JsValue::from)
        }
        ReadUIntVar(e) => {
            let offset = js_arg(&arg(args, 0), context);
            let width = js_arg(&arg(args, 1), context);
            bytes
                .read(|b| access::read_uint_var(b, &offset, &width, e))
                .map(JsValue::from)
        }
        ReadIntVar(e) => {
            let offset = js_arg(&arg(args, 0), context);
            let width = js_arg(&arg(args, 1), context);
            bytes
                .read(|b| access::read_int_var(b, &offset, &width, e))
                .map(JsValue::from)
        }
        ReadBigUInt64(e) => {
            let offset = js_arg(&arg(args, 0), context);
            bytes
                .read(|b| access::read_big_u64(b, &offset, e))
                .map(|v| JsBigInt::from(v).into())
        }
        ReadBigInt64(e) => {
            let offset = js_arg(&arg(args, 0), context);
            bytes
                .read(|b| access::read_big_i64(b, &offset, e))
                .map(|v| JsBigInt::from(v).into())
        }
        ReadFloat(e) => {
            let offset = js_arg(&arg(args, 0), context);
            bytes
                .read(|b| access::read_f32(b, &offset, e))
                .map(JsValue::from)
        }
        ReadDouble(e) => {
            let offset = js_arg(&arg(args, 0), context);
            bytes
                .read(|b| access::read_f64(b, &offset, e))
                .map(JsValue::from)
        }
        WriteUInt(w, e) | WriteInt(w, e) => {
            let signed = matches!(accessor, WriteInt(..));
            let value = to_number(&arg(args, 0), context)?;
            let offset = js_arg(&arg(args, 1), context);
            bytes
                .write(context, |b| {
                    if signed {
                        access::write_int(b, value, &offset, w, e)
                    } else {
                        access::write_uint(b, value, &offset, w, e)
                    }
                })?
                .map(|n| JsValue::from(n as f64))
        }
        WriteUIntVar(e) | WriteIntVar(e) => {
            let signed = matches!(accessor, WriteIntVar(..));
            let value = to_number(&arg(args, 0), context)?;
            let offset = js_arg(&arg(args, 1), context);
            let width = js_arg(&arg(args, 2), context);
            bytes
                .write(context, |b| {
                    if signed {
                        access::write_int_var(b, value, &offset, &width, e)
                    } else {
                        access::write_uint_var(b, value, &offset, &width, e)
                    }
                })?
                .map(|n| JsValue::from(n as f64))
        }
        WriteBig64(signed, e) => {
            let value = arg(args, 0);
            let offset = js_arg(&arg(args, 1), context);
            match value.as_bigint() {
                Some(big) => {
                    let text = big.to_string();
                    bytes
                        .write(context, |b| {
                            access::write_big64(b, &text, &offset, signed, e)
                        })?
                        .map(|n| JsValue::from(n as f64))
                }
                None => {
                    // Node compares the number with the bigint bounds, checks the offset, and
                    // then fails mixing it with bigints.
                    let n = to_number(&value, context)?;
                    let (min, max, range) = if signed {
                        (
                            -(2f64.powi(63)),
                            2f64.powi(63),
                            ">= -(2n ** 63n) and < 2n ** 63n",
                        )
                    } else {
                        (0.0, 2f64.powi(64), ">= 0n and < 2n ** 64n")
                    };
                    if n < min || n >= max {
                        Err(BufferError::out_of_range("value", range, JsArg::Number(n)))
                    } else {
                        match bytes.read(|b| access::read_big_u64(b, &offset, e)) {
                            Ok(_) => return Err(bigint_mix_error()),
                            Err(err) => Err(err),
                        }
                    }
                }
            }
        }
        WriteFloat(e) => {
            let value = to_number(&arg(args, 0), context)?;
            let offset = js_arg(&arg(args, 1), context);
            bytes
                .write(context, |b| access::write_f32(b, value, &offset, e))?
                .map(|n| JsValue::from(n as f64))
        }
        WriteDouble(e) => {
            let value = to_number(&arg(args, 0), context)?;
            let offset = js_arg(&arg(args, 1), context);
            bytes
                .write(context, |b| access::write_f64(b, value, &offset, e))?
                .map(|n| JsValue::from(n as f64))
        }
    };
    result.map_err(|e| {
        let site = accessor_site(&e, accessor);
        let width = match accessor {
            ReadUIntVar(_) | ReadIntVar(_) => Some(width_key(&arg(args, 1))),
            WriteUIntVar(_) | WriteIntVar(_) => Some(width_key(&arg(args, 2))),
            _ => None,
        };
        let error = node_error(context, e);
        at_width(context, error, site, width)
    })
}

/// A variable-width accessor's `byteLength` as the frames' table keys it: Node dispatches on
/// `byteLength === n` for 1 to 6, and anything else fails in the accessor itself (`*`).
fn width_key(value: &JsValue) -> &'static str {
    const WIDTHS: [&str; 6] = ["1", "2", "3", "4", "5", "6"];
    match value.as_number() {
        Some(n) if (1.0..=6.0).contains(&n) && n.fract() == 0.0 => WIDTHS[n as usize - 1],
        _ => "*",
    }
}

/// Every accessor: (property, function name, length, what it does). The `Uint` aliases are
/// added by buffer.js as the same functions.
pub(super) fn accessors() -> Vec<(&'static str, &'static str, usize, Accessor)> {
    use Accessor::*;
    use Endian::{Big as BE, Little as LE};
    vec![
        ("readBigUInt64LE", "readBigUInt64LE", 0, ReadBigUInt64(LE)),
        ("readBigUInt64BE", "readBigUInt64BE", 0, ReadBigUInt64(BE)),
        ("readBigInt64LE", "readBigInt64LE", 0, ReadBigInt64(LE)),
        ("readBigInt64BE", "readBigInt64BE", 0, ReadBigInt64(BE)),
        (
            "writeBigUInt64LE",
            "writeBigUInt64LE",
            1,
            WriteBig64(false, LE),
        ),
        (
            "writeBigUInt64BE",
            "writeBigUInt64BE",
            1,
            WriteBig64(false, BE),
        ),
        (
            "writeBigInt64LE",
            "writeBigInt64LE",
            1,
            WriteBig64(true, LE),
        ),
        (
            "writeBigInt64BE",
            "writeBigInt64BE",
            1,
            WriteBig64(true, BE),
        ),
        ("readUIntLE", "readUIntLE", 2, ReadUIntVar(LE)),
        ("readUInt32LE", "readUInt32LE", 0, ReadUInt(4, LE)),
        ("readUInt16LE", "readUInt16LE", 0, ReadUInt(2, LE)),
        ("readUInt8", "readUInt8", 0, ReadUInt(1, LE)),
        ("readUIntBE", "readUIntBE", 2, ReadUIntVar(BE)),
        ("readUInt32BE", "readUInt32BE", 0, ReadUInt(4, BE)),
        ("readUInt16BE", "readUInt16BE", 0, ReadUInt(2, BE)),
        ("readIntLE", "readIntLE", 2, ReadIntVar(LE)),
        ("readInt32LE", "readInt32LE", 0, ReadInt(4, LE)),
        ("readInt16LE", "readInt16LE", 0, ReadInt(2, LE)),
        ("readInt8", "readInt8", 0, ReadInt(1, LE)),
        ("readIntBE", "readIntBE", 2, ReadIntVar(BE)),
        ("readInt32BE", "readInt32BE", 0, ReadInt(4, BE)),
        ("readInt16BE", "readInt16BE", 0, ReadInt(2, BE)),
        ("writeUIntLE", "writeUIntLE", 3, WriteUIntVar(LE)),
        ("writeUInt32LE", "writeUInt32LE", 1, WriteUInt(4, LE)),
        ("writeUInt16LE", "writeUInt16LE", 1, WriteUInt(2, LE)),
        ("writeUInt8", "writeUInt8", 1, WriteUInt(1, LE)),
        ("writeUIntBE", "writeUIntBE", 3, WriteUIntVar(BE)),
        ("writeUInt32BE", "writeUInt32BE", 1, WriteUInt(4, BE)),
        ("writeUInt16BE", "writeUInt16BE", 1, WriteUInt(2, BE)),
        ("writeIntLE", "writeIntLE", 3, WriteIntVar(LE)),
        ("writeInt32LE", "writeInt32LE", 1, WriteInt(4, LE)),
        ("writeInt16LE", "writeInt16LE", 1, WriteInt(2, LE)),
        ("writeInt8", "writeInt8", 1, WriteInt(1, LE)),
        ("writeIntBE", "writeIntBE", 3, WriteIntVar(BE)),
        ("writeInt32BE", "writeInt32BE", 1, WriteInt(4, BE)),
        ("writeInt16BE", "writeInt16BE", 1, WriteInt(2, BE)),
        // Node picks these by the machine's byte order: on little-endian machines `LE` is the
        // "forwards" function.
        ("readFloatLE", "readFloatForwards", 0, ReadFloat(LE)),
        ("readFloatBE", "readFloatBackwards", 0, ReadFloat(BE)),
        ("readDoubleLE", "readDoubleForwards", 0, ReadDouble(LE)),
        ("readDoubleBE", "readDoubleBackwards", 0, ReadDouble(BE)),
        ("writeFloatLE", "writeFloatForwards", 1, WriteFloat(LE)),
        ("writeFloatBE", "writeFloatBackwards", 1, WriteFloat(BE)),
        ("writeDoubleLE", "writeDoubleForwards", 1, WriteDouble(LE)),
        ("writeDoubleBE", "writeDoubleBackwards", 1, WriteDouble(BE)),
    ]
}
