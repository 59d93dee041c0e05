//! What Node prints when an exception ends the process: the "arrow" (`file:line`, the source
//! line, a caret), then `util.inspect` of the error, then `Node.js v20.20.2`.

use boa_engine::{Context, JsError, JsValue};

use crate::host::Host;
use crate::modules::arrow;
use crate::report::Stream;
use crate::stack::{parse_boa_frames, unwrap_column};

/// The version line Node prints at the end of a fatal error.
pub const NODE_VERSION_LINE: &str = "Node.js v20.20.2";

/// Where Node 20 creates the error for a rejection with a non-Error reason.
pub const UNHANDLED_REJECTION_ARROW: &str =
    "node:internal/process/promises:389\n      new UnhandledPromiseRejection(reason);\n      ^\n";

/// The frames Node 20.20.2 shows for a syntax error in the main CommonJS module.
/// Node's frames for an ES module that does not compile.
pub const ESM_COMPILE_FRAMES: &str = "    at compileSourceTextModule (node:internal/modules/esm/utils:346:16)\n    at ModuleLoader.moduleStrategy (node:internal/modules/esm/translators:146:18)\n    at #translate (node:internal/modules/esm/loader:497:12)\n    at ModuleLoader.loadAndTranslate (node:internal/modules/esm/loader:544:27)\n    at async ModuleJob._link (node:internal/modules/esm/module_job:148:19)";
pub const COMPILE_FRAMES: &str = "    at wrapSafe (node:internal/modules/cjs/loader:1464:18)\n    at Module._compile (node:internal/modules/cjs/loader:1495:20)\n    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)\n    at Module.load (node:internal/modules/cjs/loader:1266:32)\n    at Module._load (node:internal/modules/cjs/loader:1091:12)\n    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)\n    at node:internal/main/run_main_module:28:49";

/// The frames Node 20 shows for that error, all internal.
/// The frames above the drain's under the error an unhandled non-error rejection throws.
const UNHANDLED_REJECTION_FRAMES: [&str; 2] = [
    "    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)",
    "    at processPromiseRejections (node:internal/process/promises:470:17)",
];

fn arrow_at(context: &Context, host: &Host, path: &str, line: u32, column: u32) -> Option<String> {
    let source = host.source_text(context, path)?;
    let column = unwrap_column(host, path, line, column);
    let column = crate::modules::throw_keyword_column(&source, line, column);
    let shown = if host.is_esm(path) {
        format!("file://{path}")
    } else {
        path.to_string()
    };
    Some(arrow(&shown, &source, line, column))
}

/// The block for a remembered arrow: a `throw` statement's is made from its file now.
fn resolve(context: &Context, host: &Host, remembered: crate::host::Arrow) -> Option<String> {
    match remembered {
        crate::host::Arrow::Text(text) => Some(text),
        crate::host::Arrow::Throw { path, line, column } => {
            // `node -e` and a worker's `eval: true` code are not files.
            let source = host.source_text(context, &path)?;
            // The place is in the compiled text: line 1 of a CommonJS module follows the wrapper.
            let column = if line == 1 && host.is_cjs(&path) {
                column
                    .saturating_sub(crate::stack::CJS_WRAPPER_PREFIX.chars().count() as u32)
                    .max(1)
            } else {
                column
            };
            let shown = if host.is_esm(&path) {
                format!("file://{path}")
            } else {
                path
            };
            Some(arrow(&shown, &source, line, column))
        }
    }
}

/// The arrow for an exception: where it was thrown (the innermost user frame of Boa's trace).
pub fn arrow_for(
    context: &mut Context,
    host: &Host,
    error: &JsError,
    from_promise: bool,
) -> Option<String> {
    if let Some(object) = error.as_opaque().and_then(JsValue::as_object) {
        // A rejection is reported where its error was made, not where a `throw` rejected it.
        if let Some(arrow) = host.arrow_of(&object)
            && !(from_promise && matches!(arrow, crate::host::Arrow::Throw { .. }))
        {
            return resolve(context, host, arrow);
        }
        if from_promise {
            return construction_arrow(context, host, &object.into());
        }
    }
    let text = error.to_string();
    let frames: Vec<_> = parse_boa_frames(&text)
        .into_iter()
        .filter(|f| !f.path.starts_with("node:"))
        .collect();
    let mut frame = frames.first()?.clone();
    // Code compiled from a string is reported under `<anonymous_script>` with its own text.
    if crate::eval_origins::is_compiled_code(&frame) {
        if let Some(value) = error.as_opaque() {
            let _ = crate::v8_messages::surfaced(value, context);
        }
        let message = thrown_message(context, error);
        let caller = frames
            .iter()
            .find(|f| !crate::eval_origins::is_compiled_code(f));
        return crate::eval_origins::arrow(context, host, &frame, caller, &message);
    }
    // For a thrown value Boa's trace can be the one recorded where the error object was made
    // (inside a constructor, a factory); V8 points at the `throw`. Take the innermost frame
    // whose line throws.
    if error.as_opaque().is_some() {
        let throws = |f: &crate::stack::Frame| {
            let source = Host::of(context)
                .source_text(context, &f.path)
                .unwrap_or_default();
            source
                .lines()
                .nth(f.line.saturating_sub(1) as usize)
                .is_some_and(|l| l.contains("throw"))
        };
        if !throws(&frame)
            && let Some(f) = frames.iter().find(|f| throws(f))
        {
            frame = f.clone();
        }
    }
    let source = Host::of(context)
        .source_text(context, &frame.path)
        .unwrap_or_default();
    // The arrow's place depends on V8's message: give the error its words first.
    if let Some(value) = error.as_opaque() {
        let _ = crate::v8_messages::surfaced(value, context);
    }
    let message = thrown_message(context, error);
    // The depth probe threw on entering a function: V8 points at the caller's call.
    if message == crate::stack::STACK_OVERFLOW
        && let Some(caller) = frames.get(1)
    {
        let source = host.source_text(context, &caller.path).unwrap_or_default();
        let (line, column) = overflow_call_position(host, caller, &source);
        return arrow_at(context, host, &caller.path, line, column);
    }
    let (line, column) = v8_error_position(host, &frame, &source, &message);
    // A spread argument that is not iterable: V8's message points at the spread value, its
    // stack at the call.
    let spread_failed = message
        == "Spread syntax requires ...iterable[Symbol.iterator] to be a function"
        || message.ends_with(" is not iterable (cannot read property null)")
        || message.ends_with(" is not iterable (cannot read property undefined)");
    if spread_failed
        && let Some(text) = source.split('\n').nth(line.saturating_sub(1) as usize)
        && let Some(at) = text.find("...")
    {
        let value = at + 3 + (text[at + 3..].len() - text[at + 3..].trim_start().len());
        let user = text[..value].chars().count() as u32 + 1;
        let column = engine_column_of(host, &frame.path, line, user);
        return arrow_at(context, host, &frame.path, line, column);
    }
    arrow_at(context, host, &frame.path, line, column)
}

/// The message of a thrown error, in V8's words where they are already applied.
fn thrown_message(context: &mut Context, error: &JsError) -> String {
    if let Some(object) = error.as_opaque().and_then(JsValue::as_object) {
        return object
            .get(boa_engine::js_string!("message"), context)
            .ok()
            .and_then(|m| m.as_string().map(|s| s.to_std_string_escaped()))
            .unwrap_or_default();
    }
    let Some(native) = error.as_native() else {
        return String::new();
    };
    // Still in Boa's words: V8's, read from the innermost user frame's line.
    let message = native.message().to_string();
    let site = parse_boa_frames(&error.to_string())
        .into_iter()
        .find(|f| !f.path.starts_with("node:"));
    let host = Host::of(context);
    let fixed = site.and_then(|frame| {
        let file = host.source_text(context, &frame.path)?;
        let column = unwrap_column(&host, &frame.path, frame.line, frame.column);
        crate::v8_messages::translate_at_site(
            &native.kind().to_string(),
            &message,
            &file,
            frame.line,
            column,
        )
    });
    fixed.unwrap_or(message)
}

/// A user column back in engine coordinates (`stack::unwrap_column`'s inverse): line 1 of a
/// CommonJS module follows the wrapper, and a depth probe follows a body's `{`.
pub(crate) fn engine_column_of(host: &Host, path: &str, line: u32, column: u32) -> u32 {
    let wrapped = if line == 1 && host.is_cjs(path) {
        column + crate::stack::CJS_WRAPPER_PREFIX.len() as u32
    } else {
        column
    };
    host.instrumented_column(path, line, wrapped)
}

/// The byte index of the last occurrence of `name` as a whole identifier in `text`.
fn last_whole_word(text: &str, name: &str) -> Option<usize> {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    text.rmatch_indices(name).map(|(at, _)| at).find(|&at| {
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| ident(c) || c == '.')
            && !text[at + name.len()..].chars().next().is_some_and(ident)
    })
}

/// The byte index of `name` as a whole identifier in `text`.
fn whole_word(text: &str, name: &str) -> Option<usize> {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    text.match_indices(name).map(|(at, _)| at).find(|&at| {
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| ident(c) || c == '.')
            && !text[at + name.len()..].chars().next().is_some_and(ident)
    })
}

/// The byte offset of the `=` after a name (`after` is the text right after it) when the
/// name is the target of a plain assignment whose right side does not read it.
fn store_column(after: &str, name: &str) -> Option<usize> {
    let eq = after.len() - after.trim_start().len();
    let rest = after[eq..].strip_prefix('=')?;
    if rest.starts_with(['=', '>']) {
        return None;
    }
    let end = rest.find([';', ',', ')']).unwrap_or(rest.len());
    whole_word(&rest[..end], name).is_none().then_some(eq)
}

/// The first whole-word `name` in `text` from byte `from` on that reads the binding rather
/// than declares it (`let total = total + 1` reads it at the second one).
fn binding_read(text: &str, from: usize, name: &str) -> Option<usize> {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    let mut start = from;
    while let Some(at) = whole_word(text.get(start..)?, name).map(|at| at + start) {
        let before = text[..at].trim_end();
        let declares = ["let", "const", "class"]
            .iter()
            .any(|k| before.ends_with(k) && !before[..before.len() - k.len()].ends_with(ident));
        if !declares {
            return Some(at);
        }
        start = at + name.len();
    }
    None
}

/// Where V8 places a failed `.name` read whose dot is at the end of `before`, relative to the
/// dot's column: at the name (`+2`), or at the dot itself (`+1`) when the object is a call's
/// result (`load().then`) or the read is inside an optional chain (`cfg?.a.b`).
fn read_column_shift(before: &str) -> u32 {
    if before.ends_with(')') {
        return 1;
    }
    let chain_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '$' | '.' | '?' | '[' | ']')))
        .map_or(0, |at| at + 1);
    if before[chain_start..].contains("?.") {
        1
    } else {
        2
    }
}

/// Where V8 places a stack overflow in the frame whose call overflowed (engine coordinates):
/// at the callee's name, or at its statement's start when nothing before the call in the
/// statement has a position of its own (`return countdown(n - 1)` at `return`).
pub(crate) fn overflow_call_position(
    host: &Host,
    caller: &crate::stack::Frame,
    source: &str,
) -> (u32, u32) {
    let lines: Vec<&str> = source.split('\n').collect();
    let text = lines
        .get(caller.line.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("");
    let user = unwrap_column(host, &caller.path, caller.line, caller.column);
    let called = crate::stack::call_column(text, user);
    let (line, column) = crate::v8_position::pending_statement_start(
        &lines,
        caller.line.saturating_sub(1) as usize,
        called.saturating_sub(1) as usize,
        true,
    )
    .map_or((caller.line, called), |(l, c)| (l as u32 + 1, c as u32 + 1));
    (line, engine_column_of(host, &caller.path, line, column))
}

/// Where V8 places the exception, in engine coordinates of `frame`'s file, from Boa's
/// position (the last call it made, or an opening parenthesis) and the message. The error's
/// top frame in `err.stack` is placed there too (`stack.rs`), as V8 does.
pub(crate) fn v8_error_position(
    host: &Host,
    frame: &crate::stack::Frame,
    source: &str,
    message: &str,
) -> (u32, u32) {
    let lines: Vec<&str> = source.split('\n').collect();
    let text = lines
        .get(frame.line.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("");
    let user_column = unwrap_column(host, &frame.path, frame.line, frame.column);
    // Back into engine coordinates (what `arrow_at` expects).
    let engine = |user: u32| engine_column_of(host, &frame.path, frame.line, user);
    // Errors V8 raises in an operator, or where Boa records no position of its own.
    if let Some(at) = crate::v8_position::operator_column(message, text) {
        return (frame.line, engine(at as u32 + 1));
    }
    // Boa kept the start of the running code (no call or access of its own was recorded
    // since): the operator is on a line below, within the running function.
    if crate::v8_messages::at_code_start(text, frame.line, user_column) {
        let below = lines
            .iter()
            .enumerate()
            .skip(frame.line as usize)
            .take(40)
            .take_while(|(_, l)| !l.starts_with('}'))
            .find_map(|(n, l)| crate::v8_position::operator_column(message, l).map(|at| (n, at)));
        if let Some((n, at)) = below {
            let line = n as u32 + 1;
            return (
                line,
                engine_column_of(host, &frame.path, line, at as u32 + 1),
            );
        }
    }
    // A method called on what a call returned: Boa kept the start of the running code.
    if message.starts_with("Cannot read properties of ")
        && crate::v8_messages::at_code_start(text, frame.line, user_column)
        && let Some((n, at, _)) = crate::v8_messages::call_result_method_below(
            source,
            frame.line.saturating_sub(1) as usize,
        )
    {
        let line = n as u32 + 1;
        return (
            line,
            engine_column_of(host, &frame.path, line, at as u32 + 1),
        );
    }
    if let Some((n, at)) =
        crate::v8_position::unplaced(message, &lines, frame.line.saturating_sub(1) as usize)
    {
        let line = n as u32 + 1;
        let column = at as u32 + 1;
        return (
            line,
            if line == frame.line {
                engine(column)
            } else {
                engine_column_of(host, &frame.path, line, column)
            },
        );
    }
    let chars: Vec<char> = text.chars().collect();
    let from = (user_column.saturating_sub(1) as usize).min(chars.len());
    let rest: String = chars[from..].iter().collect();
    // The binding of a ReferenceError: V8 points at its name, Boa a column before it. A
    // missing function called inside a call's arguments is placed at that call, as V8 does.
    // Node's module job adds ` in ES module scope` to a CommonJS global's error.
    let message = message
        .trim_end_matches(", you can use import instead")
        .trim_end_matches(" in ES module scope");
    let binding = message
        .strip_suffix(" is not defined")
        .map(str::to_string)
        .or_else(|| {
            message
                .strip_prefix("Cannot access '")
                .and_then(|m| m.strip_suffix("' before initialization"))
                .map(str::to_string)
        })
        .or_else(|| {
            (message == "access of uninitialized binding")
                .then(|| {
                    let offset = crate::v8_access::offset_of(source, frame.line, user_column);
                    crate::v8_access::tdz_binding(source, offset)
                })
                .flatten()
        });
    // `let total = total + 1`: the read, not the name declared.
    let skipped = text.len() - rest.len();
    let read_of = |name: &str| binding_read(text, skipped, name).map(|at| at - skipped);
    if let Some(name) = &binding
        && let Some(at) = read_of(name)
    {
        let called = rest[at + name.len()..].starts_with('(');
        let not_defined = message.ends_with(" is not defined");
        let name_column = user_column + rest[..at].chars().count() as u32;
        if not_defined
            && let Some((line, column)) = crate::v8_position::pending_statement_start(
                &lines,
                frame.line.saturating_sub(1) as usize,
                name_column.saturating_sub(1) as usize,
                called,
            )
        {
            let line = line as u32 + 1;
            return (
                line,
                engine_column_of(host, &frame.path, line, column as u32 + 1),
            );
        }
        if !(called && not_defined && chars.get(from) == Some(&'(')) {
            // Strict code's store to an undeclared name (`x = 0`): V8 throws in the
            // assignment, placed at its `=`, unless the right side reads the name first.
            let name_column = user_column + rest[..at].chars().count() as u32;
            let column = if not_defined {
                store_column(&rest[at + name.len()..], name)
                    .map_or(name_column, |eq| name_column + (name.len() + eq) as u32)
            } else {
                name_column
            };
            return (frame.line, engine(column));
        }
    }
    // Boa places a read of an unresolvable name that is then dereferenced (`missing.x`) at
    // the property; V8 at the name, or at its statement when that position is pending.
    if let Some(name) = binding
        .as_deref()
        .filter(|_| message.ends_with(" is not defined"))
        && whole_word(&rest, name).is_none()
        && let Some(at) = last_whole_word(&chars[..from].iter().collect::<String>(), name)
    {
        let before: String = chars[..from].iter().collect();
        let name_column = before[..at].chars().count();
        let called = before[at + name.len()..].starts_with('(');
        let (line, column) = crate::v8_position::pending_statement_start(
            &lines,
            frame.line.saturating_sub(1) as usize,
            name_column,
            called,
        )
        .unwrap_or((frame.line.saturating_sub(1) as usize, name_column));
        let line = line as u32 + 1;
        return (
            line,
            engine_column_of(host, &frame.path, line, column as u32 + 1),
        );
    }
    // After an `await` Boa places the resumed frame at the function's start: the name is
    // read further down. (When the name is on the frame's line, Boa's position there stands:
    // V8 places a closure's TDZ read of `items.length` at the property, as Boa does.)
    if let Some(name) = &binding
        && whole_word(text, name).is_none()
    {
        for (n, l) in lines.iter().enumerate().skip(frame.line as usize).take(40) {
            if let Some(at) = binding_read(l, 0, name) {
                let column = l[..at].chars().count();
                let called = l[at + name.len()..].starts_with('(');
                let (n, column) = message
                    .ends_with(" is not defined")
                    .then(|| crate::v8_position::pending_statement_start(&lines, n, column, called))
                    .flatten()
                    .unwrap_or((n, column));
                let line = n as u32 + 1;
                return (
                    line,
                    engine_column_of(host, &frame.path, line, column as u32 + 1),
                );
            }
        }
    }
    // A failed member access after an `await`: Boa places the frame at the function's start;
    // V8 at the property. Look for it further down.
    let property = message
        .split(" (reading '")
        .nth(1)
        .or_else(|| message.split(" (setting '").nth(1))
        .and_then(|p| p.strip_suffix("')"));
    if let Some(property) = property {
        let needle = format!(".{property}");
        // V8 places a failed read at the property's name; Boa at the last call it made.
        let mut found = text.match_indices(&needle).filter(|(at, _)| {
            !text[at + needle.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$')
        });
        let all: Vec<usize> = found.by_ref().map(|(at, _)| at).collect();
        // Several reads of the name: the one of a call's result (`find(...).name`), which is
        // what Boa's last call gave, when only one is.
        let after_call: Vec<usize> = all
            .iter()
            .copied()
            .filter(|&at| text[..at].ends_with(')'))
            .collect();
        let unique = match (all.as_slice(), after_call.as_slice()) {
            ([only], _) | (_, [only]) => Some(*only),
            _ => None,
        };
        if let Some(at) = unique {
            return (
                frame.line,
                engine(text[..at].chars().count() as u32 + read_column_shift(&text[..at])),
            );
        }
        // An element access (`rows[2][0]`): V8 places it at the `[`.
        let elements = [
            format!("[{property}]"),
            format!("['{property}']"),
            format!("[\"{property}\"]"),
        ];
        let mut found = elements
            .iter()
            .flat_map(|needle| text.match_indices(needle.as_str()))
            .filter(|(at, _)| {
                text[..*at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | '$' | ']' | ')'))
            });
        if let (Some((at, _)), None) = (found.next(), found.next()) {
            return (frame.line, engine(text[..at].chars().count() as u32 + 1));
        }
        // A key held in a variable (`o[key]`): the one computed access with a plain name.
        if !text.contains(&needle) {
            let mut computed = text.match_indices('[').filter(|(at, _)| {
                let key_end = text[at + 1..].find(']').map(|end| at + 1 + end);
                text[..*at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | '$' | ']' | ')'))
                    && key_end.is_some_and(|end| {
                        let key = text[at + 1..end].trim();
                        !key.is_empty()
                            && key
                                .chars()
                                .all(|c| c.is_alphanumeric() || c == '_' || c == '$')
                            && !key.starts_with(|c: char| c.is_ascii_digit())
                    })
            });
            if let (Some((at, _)), None) = (computed.next(), computed.next()) {
                return (frame.line, engine(text[..at].chars().count() as u32 + 1));
            }
        }
        if !text.contains(&needle) {
            for (n, l) in lines.iter().enumerate().skip(frame.line as usize).take(40) {
                if let Some(at) = l.find(&needle) {
                    let line = n as u32 + 1;
                    let column = l[..at].chars().count() as u32 + read_column_shift(&l[..at]);
                    return (line, engine_column_of(host, &frame.path, line, column));
                }
            }
        }
    }
    (
        frame.line,
        engine(crate::stack::call_column(text, user_column)),
    )
}

/// The arrow for a throw escaping V8's microtask queue: V8 computes the message's place from
/// the exception (`Isolate::ComputeLocationFromException`, then the error's own stack), so an
/// error points where it was made and any other value has no place (`<anonymous_script>:0`
/// and an empty source line). An error Boa raised itself is placed by its trace, as a throw.
pub fn microtask_arrow(context: &mut Context, host: &Host, error: &JsError) -> Option<String> {
    let Some(value) = error.as_opaque() else {
        return arrow_for(context, host, error, false);
    };
    match value.as_object() {
        Some(object) if object.is::<boa_engine::builtins::error::Error>() => {
            arrow_for(context, host, error, true)
        }
        _ => Some("<anonymous_script>:0\n\n".to_string()),
    }
}

/// Where `triggerUncaughtException` reports a rejection from (lib/internal/process/promises.js).
const PROMISE_TRIGGER_ARROW: &str = "node:internal/process/promises:391\n    triggerUncaughtException(err, true /* fromPromise */);\n    ^\n";

/// The arrow for an unhandled rejection of an error: where it was made
/// (`construction_arrow`) — unless its `stack` was read (by the program, or by Node's streams,
/// which read it when they record an error): V8 then keeps the text alone, so the place is the
/// running frame, `triggerUncaughtException`.
pub fn rejection_arrow(context: &mut Context, host: &Host, error: &JsValue) -> Option<String> {
    let object = error.as_object()?;
    let remembered = matches!(host.arrow_of(&object), Some(crate::host::Arrow::Text(_)));
    if !remembered && crate::own_stack::was_formatted(&object, context) {
        return Some(PROMISE_TRIGGER_ARROW.to_string());
    }
    construction_arrow(context, host, error).or_else(|| {
        // An error made with no JavaScript frame on the stack (Promise.any's AggregateError,
        // made in a promise job) has no place of its own: V8's message points at the running
        // frame, as for a formatted stack.
        let stack = object.get(boa_engine::js_string!("stack"), context).ok()?;
        let stack = stack.as_string()?.to_std_string_escaped();
        let frameless = object.is::<boa_engine::builtins::error::Error>()
            && !stack.lines().any(|l| l.trim_start().starts_with("at "));
        frameless.then(|| PROMISE_TRIGGER_ARROW.to_string())
    })
}

/// Where run_main.js's catch calls `triggerUncaughtException` for a module entry that failed.
const RUN_MAIN_TRIGGER_ARROW: &str =
    "node:internal/modules/run_main:123\n    triggerUncaughtException(\n    ^\n";

/// The arrow for an ES module entry's error, caught by `asyncRunEntryPointWithESMLoader`: an
/// error's place of creation as for a rejection, but where Node would point at its own
/// rethrow (no place: a primitive, a plain object, a stack already formatted), it points at
/// run_main.js's.
pub fn esm_entry_arrow(context: &mut Context, host: &Host, error: &JsValue) -> String {
    match error
        .is_object()
        .then(|| rejection_arrow(context, host, error))
        .flatten()
    {
        Some(arrow) if arrow != PROMISE_TRIGGER_ARROW => arrow,
        _ => RUN_MAIN_TRIGGER_ARROW.to_string(),
    }
}

/// The arrow for an error that is reported away from where it was thrown (a rejection):
/// Node points at the error's own first frame, where it was created.
pub fn construction_arrow(context: &mut Context, host: &Host, error: &JsValue) -> Option<String> {
    let object = error.as_object()?;
    if let Some(arrow @ crate::host::Arrow::Text(_)) = host.arrow_of(&object) {
        return resolve(context, host, arrow);
    }
    let stack = object.get(boa_engine::js_string!("stack"), context).ok()?;
    let stack = stack.as_string()?.to_std_string_escaped();
    for line in stack.lines() {
        let line = line.trim_start();
        let Some(rest) = line.strip_prefix("at ") else {
            continue;
        };
        let place = rest
            .rsplit_once(" (")
            .map_or(rest, |(_, p)| p)
            .trim_end_matches(')');
        let place = place.strip_prefix("file://").unwrap_or(place);
        let mut parts = place.rsplitn(3, ':');
        let (Some(c), Some(l), Some(path)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let (Ok(l), Ok(c)) = (l.parse::<u32>(), c.parse::<u32>()) else {
            continue;
        };
        // The stack's columns are already the user's; undo nothing.
        let source = Host::of(context).source_text(context, path)?;
        let shown = if host.is_esm(path) {
            format!("file://{path}")
        } else {
            path.to_string()
        };
        return Some(arrow(&shown, &source, l, c));
    }
    None
}

/// Print the fatal report for `value` on stderr, as `node` does before exiting.
pub fn print(context: &mut Context, host: &Host, value: &JsValue, arrow: Option<String>) {
    let mut arrow = arrow.unwrap_or_default();
    let error = value
        .as_object()
        .filter(|o| o.is::<boa_engine::builtins::error::Error>());
    // Node's DOMException is not a native error (`IsNativeError` is false): node_errors.cc's
    // AppendExceptionLine prints its arrow at once, after a blank line, and the stack follows
    // with none between.
    if let Some(object) = &error
        && !arrow.is_empty()
        && !arrow.starts_with('\n')
        && crate::stack::receiver_type_name(object, context) == "DOMException"
    {
        arrow = format!("\n{}", arrow.trim_end_matches('\n'));
    }
    if let Some(error) = &error {
        give_internal_frames(error, &arrow, host, context);
        let _ = crate::runtime::call_hook(
            context,
            "enhanceStackBeforeInspector",
            std::slice::from_ref(value),
        );
    }
    // Node inspects an error that ends the process without custom inspect functions and at
    // depth 5 at least (lib/internal/errors.js, the fatal exception's `beforeInspector`).
    let options = if error.is_some() {
        crate::inspect::InspectOptions {
            custom_inspect: false,
            depth: 5.0,
            ..Default::default()
        }
    } else {
        crate::inspect::InspectOptions::default()
    };
    let inspected = crate::capture::inspect_value(value, &options, context)
        .unwrap_or_else(|_| value.display().to_string());
    let text = if error.is_some() {
        format!("{arrow}\n{inspected}\n\n{NODE_VERSION_LINE}\n")
    } else if value.is_object() {
        format!("\n{arrow}{inspected}\n\n{NODE_VERSION_LINE}\n")
    } else {
        let shown = match value.as_string() {
            Some(s) => s.to_std_string_lossy(),
            None => inspected,
        };
        format!(
            "\n{arrow}{shown}\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n\n{NODE_VERSION_LINE}\n"
        )
    };
    host.write(Stream::Stderr, text, None);
}

/// Errors that Node raises from its own code carry only Node's frames; without frames
/// `inspect` would print them in brackets. Give them the frames Node 20.20.2 shows.
fn give_internal_frames(
    error: &boa_engine::JsObject,
    arrow: &str,
    host: &Host,
    context: &mut Context,
) {
    let stack = error.get(boa_engine::js_string!("stack"), context).ok();
    let Some(stack) = stack
        .and_then(|s| s.as_string())
        .map(|s| s.to_std_string_escaped())
    else {
        return;
    };
    if stack.contains("\n    at ") {
        return;
    }
    // Only the UnhandledPromiseRejection Node makes (promises.js:389) gets frames: an error
    // reported at line 391 (`triggerUncaughtException`) keeps the stack it has, frames or not.
    let frames = if arrow.starts_with("node:internal/process/promises:389") {
        // Thrown from `processPromiseRejections`, under whichever drain reported it.
        let mut lines: Vec<String> = UNHANDLED_REJECTION_FRAMES.map(String::from).to_vec();
        lines.extend(host.drain_site.get().frames());
        lines.join("\n")
    } else if stack.starts_with("SyntaxError") && arrow.starts_with("file://") {
        ESM_COMPILE_FRAMES.to_string()
    } else if stack.starts_with("SyntaxError") {
        COMPILE_FRAMES.to_string()
    } else {
        return;
    };
    let full = format!("{stack}\n{frames}");
    let _ = error.set(
        boa_engine::js_string!("stack"),
        boa_engine::JsString::from(full.as_str()),
        false,
        context,
    );
}
