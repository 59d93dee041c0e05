//! V8's frames for code compiled from strings: `eval` code and `new Function` bodies.
//!
//! Boa's trace shows such a frame as `<main> (eval at :1:1)` or `anonymous (unknown at :1:10)`
//! (no file, the position in the string's own text). V8 names it with its origin, the call that
//! compiled it: `at eval (eval at <anonymous> (/app/x.js:1:7), <anonymous>:1:1)`, and reports
//! an uncaught error in it under `<anonymous_script>:line` with the string's own line.
//! The origin is noted when Boa asks the host whether strings may be compiled
//! (`HostEnsureCanCompileStrings`, called with the caller's frame on top): a frame of compiled
//! code is matched to the latest origin of its kind (Boa keeps no link from the code back to
//! its origin), preferring one noted in the file of the frame that called it.

use boa_engine::{Context, JsString};

use crate::host::Host;
use crate::stack::Frame;

/// How many origins are kept: compiled code is matched to a recent one.
const KEPT: usize = 32;

/// Where a string was compiled, and its text as V8 numbers its lines.
#[derive(Clone, Debug)]
struct Origin {
    /// A `new Function` body (or an indirect eval, which Boa does not tell apart).
    dynamic_function: bool,
    /// The innermost user frame at the compiling call (Boa's coordinates).
    caller: Frame,
    /// The source V8 compiled: eval code as given, a function as the spec assembles it.
    text: String,
    /// The source in Boa's numbering (Boa parses a function's body alone, as `\nbody\n`).
    boa_text: String,
}

impl Origin {
    /// How many lines V8's text has before Boa's line 1: a function's `(function anonymous(`
    /// line.
    fn line_offset(&self) -> u32 {
        u32::from(self.dynamic_function)
    }
}

#[derive(Clone, Default, boa_engine::Trace, boa_engine::Finalize, boa_engine::JsData)]
struct Origins(#[unsafe_ignore_trace] Vec<Origin>);

/// Note the origin of code about to be compiled (the host hook's arguments).
pub fn note(parameters: &[JsString], body: &str, direct: bool, context: &mut Context) {
    let Some(caller) = innermost_user_frame(context) else {
        return;
    };
    let boa_text = if direct {
        body.to_string()
    } else {
        format!("\n{body}\n")
    };
    let text = if direct {
        body.to_string()
    } else {
        let names: Vec<String> = parameters
            .iter()
            .map(JsString::to_std_string_lossy)
            .collect();
        // CreateDynamicFunction's source text (V8 compiles it whole, wrapped in parentheses).
        format!("(function anonymous({}\n) {{\n{body}\n}})", names.join(","))
    };
    let mut kept = context
        .get_data::<Origins>()
        .map(|o| o.0.clone())
        .unwrap_or_default();
    kept.push(Origin {
        dynamic_function: !direct,
        caller: at_compiling_call(context, caller, direct),
        text,
        boa_text,
    });
    let excess = kept.len().saturating_sub(KEPT);
    kept.drain(..excess);
    context.insert_data(Origins(kept));
}

fn innermost_user_frame(context: &Context) -> Option<Frame> {
    context.stack_trace().find_map(|frame| {
        let location = frame.position();
        let path = location.path.to_string();
        if !(path.starts_with('/') || path.starts_with("file:")) {
            return None;
        }
        let position = location.position?;
        Some(Frame {
            function: location.function_name.to_std_string_lossy(),
            path,
            line: position.line_number(),
            column: position.column_number(),
        })
    })
}

/// V8's origin is the compiling call itself (`eval(` or `new Function(`); Boa's position
/// may be an enclosing call (`new Function(...)(null)` is at the second `(`): the last such
/// call on the line before Boa's column, or the first on it.
fn at_compiling_call(context: &Context, mut caller: Frame, direct: bool) -> Frame {
    let host = Host::of(context);
    let Some(source) = host.source_text(context, &caller.path) else {
        return caller;
    };
    let Some(text) = source
        .split('\n')
        .nth(caller.line.saturating_sub(1) as usize)
    else {
        return caller;
    };
    let column = crate::stack::unwrap_column(&host, &caller.path, caller.line, caller.column);
    let callee = if direct { "eval" } else { "Function" };
    let starts: Vec<usize> = text
        .match_indices(callee)
        .filter(|(at, _)| {
            !text[..*at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '$')
                && text[at + callee.len()..].trim_start().starts_with('(')
        })
        .map(|(at, _)| {
            let before = text[..at].trim_end();
            // `new Function(`: V8's position is the `new`.
            match before.strip_suffix("new") {
                Some(rest) if !direct => rest.len(),
                _ => at,
            }
        })
        .map(|at| text[..at].chars().count())
        .collect();
    let chosen = starts
        .iter()
        .copied()
        .rfind(|&at| at < column as usize)
        .or_else(|| starts.first().copied());
    if let Some(at) = chosen {
        let user = at as u32 + 1;
        // Back into Boa's coordinates, as the other frames of a trace are (instrumentation
        // may have inserted text between the callee and Boa's column: a direct eval's code
        // passes through `__looplab_eval_source(`).
        caller.column = crate::fatal::engine_column_of(&host, &caller.path, caller.line, user);
    }
    caller
}

/// The text of the latest code compiled from a string of this kind (by Boa's path for it),
/// in Boa's numbering: what `Host::source_text` gives for such a frame.
pub fn latest_text(context: &Context, path: &str) -> Option<String> {
    let dynamic_function = path.trim_end() == "unknown at";
    context
        .get_data::<Origins>()?
        .0
        .iter()
        .rev()
        .find(|o| o.dynamic_function == dynamic_function)
        .map(|o| o.boa_text.clone())
}

/// The code most recently compiled from a string (`eval` code, or a `new Function` body)
/// called from `path`'s `line`, in Boa's numbering (a body as `\nbody\n`, which Boa's parse
/// positions count in): the text a SyntaxError made there by that compilation is about,
/// since the origin is noted before Boa parses it.
pub fn latest_code_from(context: &Context, path: &str, line: u32) -> Option<String> {
    context
        .get_data::<Origins>()?
        .0
        .iter()
        .rev()
        .find(|o| o.caller.path == path && o.caller.line == line)
        .map(|o| o.boa_text.clone())
}

/// Whether a frame of Boa's trace runs code compiled from a string: eval code, or a dynamic
/// function's (`unknown at`: Boa compiles its body with no source path).
pub fn is_compiled_code(frame: &Frame) -> bool {
    matches!(frame.path.trim_end(), "eval at" | "unknown at")
}

fn origin_of(frame: &Frame, caller: Option<&Frame>, context: &Context) -> Option<Origin> {
    let dynamic_function = frame.path.trim_end() == "unknown at";
    let origins = context.get_data::<Origins>()?;
    let of_kind = || {
        origins
            .0
            .iter()
            .rev()
            .filter(move |o| o.dynamic_function == dynamic_function)
    };
    of_kind()
        .find(|o| caller.is_some_and(|c| c.path == o.caller.path && c.line == o.caller.line))
        .or_else(|| of_kind().find(|o| caller.is_some_and(|c| c.path == o.caller.path)))
        .or_else(|| of_kind().next())
        .cloned()
}

/// The line and column of `frame` in V8's numbering of the compiled text; for the top frame
/// of an error the engine raised (`message`), where V8 raises it.
fn place_in_text(host: &Host, origin: &Origin, frame: &Frame, message: Option<&str>) -> (u32, u32) {
    let (line, column) = match message {
        Some(message) => crate::fatal::v8_error_position(host, frame, &origin.boa_text, message),
        None => (frame.line, frame.column),
    };
    (line + origin.line_offset(), column)
}

/// V8's line for a frame of compiled code: `    at eval (eval at f (file:3:23), <anonymous>:1:17)`.
/// `caller` is the next frame of the trace outside compiled code.
pub fn frame_line(
    context: &Context,
    host: &Host,
    frame: &Frame,
    caller: Option<&Frame>,
    message: Option<&str>,
) -> Option<String> {
    let origin = origin_of(frame, caller, context)?;
    let name = match frame.function.as_str() {
        // The code itself (eval's script, the dynamic function) is V8's `eval`.
        "" | "<main>" | "<eval>" => "eval",
        "anonymous" if origin.dynamic_function => "eval",
        other => other,
    };
    let origin_name = match origin.caller.function.as_str() {
        "" | "<main>" => "<anonymous>",
        other => other,
    };
    let place = crate::stack::frame_place(context, host, &origin.caller);
    let (line, column) = place_in_text(host, &origin, frame, message);
    Some(format!(
        "    at {name} (eval at {origin_name} ({place}), <anonymous>:{line}:{column})"
    ))
}

/// Node's report header for an error thrown in compiled code: `<anonymous_script>:line`, the
/// line of the compiled text and a caret under the column.
pub fn arrow(
    context: &Context,
    host: &Host,
    frame: &Frame,
    caller: Option<&Frame>,
    message: &str,
) -> Option<String> {
    let origin = origin_of(frame, caller, context)?;
    let (line, column) = place_in_text(host, &origin, frame, Some(message));
    Some(crate::modules::arrow(
        "<anonymous_script>",
        &origin.text,
        line,
        column,
    ))
}
