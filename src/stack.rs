//! Source positions and stack traces: where the user's code scheduled or printed something,
//! and `err.stack` in Node's shape (`Error: msg` then `    at fn (file:line:col)` frames).
//!
//! Boa gives the current frames through `Context::stack_trace()` and an error's frames through
//! its own `Error.prototype.stack` getter (frames only, in its own words); both are rewritten
//! here. Frames of looplab's prelude (paths starting with `node:`) are left out, as Node's
//! internal frames may be.

use boa_engine::object::builtins::JsFunction;
use boa_engine::property::PropertyDescriptor;
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue, NativeFunction, js_string};

use crate::host::Host;
use crate::report::Location;

/// The text looplab puts before a CommonJS module's code, on the same line, as Node once did:
/// positions on line 1 are shifted by its length.
pub const CJS_WRAPPER_PREFIX: &str =
    "(function (exports, require, module, __filename, __dirname) { ";
pub const CJS_WRAPPER_SUFFIX: &str = "\n})";

/// Whether a frame's path (Boa's display of it) is the user's code: a real path, not one of
/// the prelude's `node:` sources, an `eval` or a native.
fn is_user_path(path: &str) -> bool {
    path.starts_with('/') || path.starts_with("file:")
}

/// Correct a position reported by Boa for the CommonJS wrapper's shift on line 1.
pub fn unwrap_column(host: &Host, path: &str, line: u32, column: u32) -> u32 {
    let column = host.uninstrumented_column(path, line, column);
    if line == 1 && host.is_cjs(path) {
        column
            .saturating_sub(CJS_WRAPPER_PREFIX.len() as u32)
            .max(1)
    } else {
        column
    }
}

/// The innermost position in the user's code on the current call stack.
pub fn user_location(context: &Context, host: &Host) -> Option<Location> {
    for frame in context.stack_trace() {
        let location = frame.position();
        let path = location.path.to_string();
        if is_user_path(&path) {
            let position = location.position?;
            let line = position.line_number();
            let column = unwrap_column(host, &path, line, position.column_number());
            return Some(Location { line, column });
        }
    }
    None
}

/// The innermost user frame on the current call stack: path and line.
pub fn current_user_frame(context: &Context, host: &Host) -> Option<(String, u32)> {
    let _ = host;
    for frame in context.stack_trace() {
        let location = frame.position();
        let path = location.path.to_string();
        if is_user_path(&path) {
            return Some((path, location.position?.line_number()));
        }
    }
    None
}

/// One frame of a stack, parsed from Boa's `    at name (path:line:col)` text.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub function: String,
    pub path: String,
    pub line: u32,
    pub column: u32,
}

/// Parse Boa's frame lines (`name (path:line:col)`), skipping native and unknown frames.
pub fn parse_boa_frames(text: &str) -> Vec<Frame> {
    let mut frames = Vec::new();
    for line in text.lines() {
        let line = line.trim_start();
        let Some(rest) = line.strip_prefix("at ") else {
            continue;
        };
        let Some(open) = rest.find(" (") else {
            continue;
        };
        let function = rest[..open].to_string();
        let inner = rest[open + 2..].trim_end_matches(')');
        let mut parts = inner.rsplitn(3, ':');
        let (Some(col), Some(ln), Some(path)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let (Ok(line), Ok(column)) = (ln.parse(), col.parse()) else {
            continue;
        };
        frames.push(Frame {
            function,
            path: path.to_string(),
            line,
            column,
        });
    }
    frames
}

/// Node's words for a frame: `    at name (file:line:col)`.
pub fn node_frame(host: &Host, frame: &Frame) -> String {
    let column = unwrap_column(host, &frame.path, frame.line, frame.column);
    let place = if host.is_esm(&frame.path) {
        format!("file://{}:{}:{}", frame.path, frame.line, column)
    } else {
        format!("{}:{}:{}", frame.path, frame.line, column)
    };
    match frame.function.as_str() {
        "<main>" if host.is_cjs(&frame.path) => format!("    at Object.<anonymous> ({place})"),
        "<main>" | "" => format!("    at {place}"),
        name => format!("    at {name} ({place})"),
    }
}

/// The user's frames of a Boa frame text, in Node's words, one per line.
pub fn node_frames(host: &Host, boa_frames: &str) -> String {
    parse_boa_frames(boa_frames)
        .iter()
        .filter(|f| !f.path.starts_with("node:"))
        .map(|f| node_frame(host, f))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The frames of the current call stack, in Node's words (for `console.trace`).
pub fn current_frames(context: &Context, host: &Host) -> String {
    let mut lines = Vec::new();
    for frame in context.stack_trace() {
        let location = frame.position();
        let path = location.path.to_string();
        if !is_user_path(&path) {
            continue;
        }
        let Some(position) = location.position else {
            continue;
        };
        let name = location.function_name.to_std_string_escaped();
        let frame = Frame {
            function: if name.is_empty() {
                "<main>".into()
            } else {
                name
            },
            path,
            line: position.line_number(),
            column: position.column_number(),
        };
        lines.push(node_frame(host, &frame));
    }
    lines.join("\n")
}

/// `Error.prototype.toString` as V8 computes the first line of a stack.
pub fn error_header(error: &JsObject, context: &mut Context) -> JsResult<String> {
    let name = error.get(js_string!("name"), context)?;
    let name = if name.is_undefined() {
        "Error".to_string()
    } else {
        name.to_string(context)?.to_std_string_escaped()
    };
    let message = error.get(js_string!("message"), context)?;
    let message = if message.is_undefined() {
        String::new()
    } else {
        message.to_string(context)?.to_std_string_escaped()
    };
    Ok(match (name.is_empty(), message.is_empty()) {
        (_, true) => name,
        (true, false) => message,
        (false, false) => format!("{name}: {message}"),
    })
}

/// Give `error` an own `stack` with this header and the frames Boa recorded for it.
pub fn set_stack_header(error: &JsObject, header: &str, context: &mut Context) -> JsResult<()> {
    let host = Host::of(context);
    let frames = boa_frames_of(error, context)?;
    let frames = node_frames(&host, &frames);
    let stack = if frames.is_empty() {
        header.to_string()
    } else {
        format!("{header}\n{frames}")
    };
    error.define_property_or_throw(
        js_string!("stack"),
        PropertyDescriptor::builder()
            .value(JsString::from(stack.as_str()))
            .writable(true)
            .enumerable(false)
            .configurable(true),
        context,
    )?;
    Ok(())
}

/// Where an error was created, in the user's code: path, line, and the user's column.
pub fn creation_site(
    error: &JsObject,
    context: &mut Context,
    host: &Host,
) -> Option<(String, u32, u32)> {
    let frames = boa_frames_of(error, context).ok()?;
    let frame = parse_boa_frames(&frames)
        .into_iter()
        .find(|f| !f.path.starts_with("node:"))?;
    let column = unwrap_column(host, &frame.path, frame.line, frame.column);
    Some((frame.path, frame.line, column))
}

/// Boa's own frame text for an error, from the getter it installs on `Error.prototype`.
fn boa_frames_of(error: &JsObject, context: &mut Context) -> JsResult<String> {
    let Some(getter) = context.get_data::<BoaStackGetter>().map(|g| g.0.clone()) else {
        return Ok(String::new());
    };
    let value = getter.call(&error.clone().into(), &[], context)?;
    Ok(value
        .as_string()
        .map(|s| s.to_std_string_escaped())
        .unwrap_or_default())
}

struct BoaStackGetter(JsFunction);

fn node_stack_getter(this: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(error) = this.as_object() else {
        return Ok(JsValue::undefined());
    };
    let boa_frames = boa_frames_of(&error, context)?;
    if boa_frames.is_empty() && !error.is::<boa_engine::builtins::error::Error>() {
        return Ok(JsValue::undefined());
    }
    let host = Host::of(context);
    let header = error_header(&error, context)?;
    let frames = node_frames(&host, &boa_frames);
    let stack = if frames.is_empty() {
        header
    } else {
        format!("{header}\n{frames}")
    };
    Ok(JsString::from(stack.as_str()).into())
}

fn node_stack_setter(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if let Some(error) = this.as_object() {
        let value = args.first().cloned().unwrap_or_default();
        error.define_property_or_throw(
            js_string!("stack"),
            PropertyDescriptor::builder()
                .value(value)
                .writable(true)
                .enumerable(false)
                .configurable(true),
            context,
        )?;
    }
    Ok(JsValue::undefined())
}

/// Replace `Error.prototype.stack` with one that speaks Node's shape.
pub fn install(context: &mut Context) -> JsResult<()> {
    let proto = context.intrinsics().constructors().error().prototype();
    let getter = context.eval(boa_engine::Source::from_bytes(
        "Object.getOwnPropertyDescriptor(Error.prototype, 'stack').get",
    ))?;
    if let Some(getter) = getter.as_object().and_then(JsFunction::from_object) {
        context.insert_data(BoaStackGetter(getter));
    }
    let realm = context.realm().clone();
    let get = NativeFunction::from_fn_ptr(node_stack_getter).to_js_function(&realm);
    let set = NativeFunction::from_fn_ptr(node_stack_setter).to_js_function(&realm);
    proto.define_property_or_throw(
        js_string!("stack"),
        PropertyDescriptor::builder()
            .get(get)
            .set(set)
            .enumerable(false)
            .configurable(true),
        context,
    )?;
    Ok(())
}
