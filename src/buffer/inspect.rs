//! `util.inspect(buffer)`: Buffer's custom inspect (lib/buffer.js).

/// `buffer.INSPECT_MAX_BYTES` default.
pub const INSPECT_MAX_BYTES: usize = 50;

/// `<Buffer 48 65 6c 6c 6f>`; past 50 bytes, `… ... 14 more bytes>`;
/// an empty buffer is `<Buffer >`.
pub fn inspect_bytes(bytes: &[u8]) -> String {
    inspect_bytes_with(bytes, INSPECT_MAX_BYTES, "Buffer", None)
}

/// The general form: `max` is `INSPECT_MAX_BYTES`, `ctor` the
/// `constructor.name`, and `extras` the already formatted own enumerable
/// non-index properties (`key: value, …`), which Node appends after a comma.
pub fn inspect_bytes_with(bytes: &[u8], max: usize, ctor: &str, extras: Option<&str>) -> String {
    let shown = &bytes[..bytes.len().min(max)];
    let mut s = shown
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(" ");
    let remaining = bytes.len().saturating_sub(max);
    if remaining > 0 {
        let plural = if remaining > 1 { "s" } else { "" };
        s.push_str(&format!(" ... {remaining} more byte{plural}"));
    }
    if let Some(extras) = extras {
        if !bytes.is_empty() {
            s.push_str(", ");
        }
        s.push_str(extras);
    }
    format!("<{ctor} {s}>")
}
