//! Source positions and stack traces: where the user's code scheduled or printed something,
//! and `err.stack` in Node's shape (`Error: msg` then `    at fn (file:line:col)` frames).
//!
//! Boa gives the current frames through `Context::stack_trace()` and an error's frames through
//! its own `Error.prototype.stack` getter (frames only, in its own words); both are rewritten
//! here. Frames of looplab's prelude (paths starting with `node:`) are left out, as Node's
//! internal frames may be.

use boa_engine::object::builtins::JsFunction;
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue, NativeFunction, js_string};

use crate::drain_site::LoopContext;
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
    // `[worker eval]` and `[eval]`: the code of `new Worker(code, { eval: true })`, `node -e`.
    path.starts_with('/') || path.starts_with("file:") || is_eval_path(path)
}

/// The code of `node -e` or `new Worker(code, { eval: true })`.
fn is_eval_path(path: &str) -> bool {
    path == "[eval]" || path == "[worker eval]"
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

/// [`user_location`] when the run records a trace, its only reader (where a callback was
/// scheduled): a run without one does not walk the stack per scheduled callback.
pub fn traced_location(context: &Context, host: &Host) -> Option<Location> {
    if host.tracing {
        user_location(context, host)
    } else {
        None
    }
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

/// One line of Boa's trace: a frame in a file, or a native function (`at map (native)`).
#[derive(Debug, Clone, PartialEq)]
enum TraceLine {
    Code(Frame),
    Native(String),
}

fn parse_trace_line(line: &str) -> Option<TraceLine> {
    let rest = line.trim_start().strip_prefix("at ")?;
    let open = rest.find(" (")?;
    let function = rest[..open].to_string();
    let inner = rest[open + 2..].trim_end_matches(')');
    if inner == "native" {
        return Some(TraceLine::Native(function));
    }
    let mut parts = inner.rsplitn(3, ':');
    let (Some(col), Some(ln), Some(path)) = (parts.next(), parts.next(), parts.next()) else {
        return None;
    };
    let (line, column) = match (ln.parse(), col.parse()) {
        (Ok(line), Ok(column)) => (line, column),
        // Eval code where Boa recorded no position yet (`:?:?`): its start. (Other frames
        // with no source, `unknown at :?:?`, are the engine's own and stay out.)
        _ if path.trim_end() == "eval at" => (1, 1),
        _ => return None,
    };
    Some(TraceLine::Code(Frame {
        function,
        path: path.to_string(),
        line,
        column,
    }))
}

/// Parse Boa's frame lines (`name (path:line:col)`), skipping native and unknown frames.
pub fn parse_boa_frames(text: &str) -> Vec<Frame> {
    text.lines()
        .filter_map(parse_trace_line)
        .filter_map(|l| match l {
            TraceLine::Code(frame) => Some(frame),
            TraceLine::Native(_) => None,
        })
        .collect()
}

/// The built-ins that call the learner's callbacks and show in V8's stacks as
/// `at Array.map (<anonymous>)`: V8's name for them by Boa's (a static method's receiver is a
/// function, a constructor is shown with `new`).
fn native_frame_name(name: &str) -> Option<String> {
    match name {
        "map" | "forEach" | "filter" | "reduce" | "reduceRight" | "some" | "every" | "find"
        | "findIndex" | "findLast" | "findLastIndex" | "flatMap" | "sort" => {
            Some(format!("Array.{name}"))
        }
        "replace" | "replaceAll" => Some(format!("String.{name}")),
        // `v8_receivers.rs`' guards of the collections' `forEach`.
        "Map.forEach" | "Set.forEach" => Some(name.to_string()),
        "from" => Some("Function.from".to_string()),
        "parse" => Some("JSON.parse".to_string()),
        _ => None,
    }
}

/// The built-in constructor a frame is calling, read from its source (`new Promise(` at the
/// frame's column): V8's `new Promise` for the constructors that call the learner's code (an
/// executor, an iterable's iterator).
fn constructor_called_at(context: &Context, host: &Host, caller: &Frame) -> Option<String> {
    let name = constructed_at(context, host, caller)?;
    match name.as_str() {
        "Promise" | "Map" | "Set" | "WeakMap" | "WeakSet" => Some(format!("new {name}")),
        _ => None,
    }
}

/// Whether V8's message is one a built-in constructor throws about its argument.
fn refused_by_constructor(message: &str) -> bool {
    message.ends_with(" is not iterable (cannot read property Symbol(Symbol.iterator))")
        || message.starts_with("Promise resolver ")
        || message.starts_with("Iterator value ")
}

/// The name after `new` when the caller's frame is at a `new` expression (Boa places a `new`
/// expression's frame at `new`): the frame it called runs as a construction, which V8 names
/// `new Foo` whatever function `Foo` is.
fn constructed_at(context: &Context, host: &Host, caller: &Frame) -> Option<String> {
    if !is_user_path(&caller.path) {
        return None;
    }
    let column = unwrap_column(host, &caller.path, caller.line, caller.column);
    let source = host.source_text(context, &caller.path)?;
    let line: Vec<char> = source
        .lines()
        .nth(caller.line.saturating_sub(1) as usize)?
        .chars()
        .collect();
    // Boa places a `new` expression's frame at `new`.
    let start = column.saturating_sub(1) as usize;
    let rest: String = line.get(start..)?.iter().collect();
    let rest = rest.strip_prefix("new")?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let name: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$')
        .collect();
    Some(name)
}

/// V8 places a call's frame at the callee's name (`obj.run()` at `run`, `f()` at `f`), Boa at
/// the opening parenthesis: step back to the start of the name before it.
pub fn call_column(line_text: &str, column: u32) -> u32 {
    let chars: Vec<char> = line_text.chars().collect();
    let index = column.saturating_sub(1) as usize;
    if chars.get(index) != Some(&'(') {
        return column;
    }
    let mut i = index;
    while i > 0 && chars[i - 1] == ' ' {
        i -= 1;
    }
    let end = i;
    while i > 0 && (chars[i - 1].is_alphanumeric() || matches!(chars[i - 1], '_' | '$' | '#')) {
        i -= 1;
    }
    // V8 places a private method's call (`this.#check(x)`) at its `(`.
    if i == end || chars[i] == '#' {
        column
    } else {
        i as u32 + 1
    }
}

/// Where a frame shows: `file:line:col` (a `file://` URL for ES modules), in the user's
/// columns, at the callee's name for calls.
pub(crate) fn frame_place(context: &Context, host: &Host, frame: &Frame) -> String {
    let column = unwrap_column(host, &frame.path, frame.line, frame.column);
    let column = host
        .source_text(context, &frame.path)
        .and_then(|source| {
            source
                .lines()
                .nth(frame.line.saturating_sub(1) as usize)
                .map(|l| call_column(l, column))
        })
        .unwrap_or(column);
    if host.is_esm(&frame.path) {
        format!("file://{}:{}:{}", frame.path, frame.line, column)
    } else {
        format!("{}:{}:{}", frame.path, frame.line, column)
    }
}

/// Node's words for a frame: `    at name (file:line:col)`, named as V8 names it
/// (`frame_names.rs`); `receiver` is the loop's object when the loop called this function.
fn node_frame(
    context: &Context,
    host: &Host,
    frame: &Frame,
    receiver: Option<(&str, &str)>,
    constructed: bool,
    named: Option<&str>,
) -> String {
    let place = frame_place(context, host, frame);
    // Named from the receiver the frame was called with (`frame_receivers.rs`).
    match named {
        Some("") => return format!("    at {place}"),
        Some(name) => return format!("    at {name} ({place})"),
        None => {}
    }
    let column = unwrap_column(host, &frame.path, frame.line, frame.column);
    let map = host.function_map(context, &frame.path);
    let mut kind = map.function_at(frame.line, column).cloned();
    // A plain function run by `new` is named as a constructor: `new Foo`.
    if constructed && matches!(kind, Some(crate::frame_names::FunctionKind::Plain)) {
        let own = (!frame.function.is_empty() && frame.function != "<main>")
            .then(|| frame.function.clone());
        kind = Some(crate::frame_names::FunctionKind::Constructor {
            class: own.unwrap_or_else(|| "<anonymous>".to_string()),
        });
    }
    match crate::frame_names::v8_name(kind.as_ref(), &frame.function, receiver) {
        // `node -e` and `eval: true` code runs as a script, not in the CommonJS wrapper.
        Some(name) if name.is_empty() && host.is_cjs(&frame.path) && !is_eval_path(&frame.path) => {
            format!("    at Object.<anonymous> ({place})")
        }
        Some(name) if !name.is_empty() => format!("    at {name} ({place})"),
        _ => format!("    at {place}"),
    }
}

/// V8's `    at async name (file:line:col)` for an async function suspended at an `await`,
/// the frame given in the user's columns (V8 names it as a frame no loop object called).
pub fn async_frame_line(context: &Context, host: &Host, frame: &Frame) -> String {
    let map = host.function_map(context, &frame.path);
    let kind = map.function_at(frame.line, frame.column);
    let place = if host.is_esm(&frame.path) {
        format!("file://{}:{}:{}", frame.path, frame.line, frame.column)
    } else {
        format!("{}:{}:{}", frame.path, frame.line, frame.column)
    };
    match crate::frame_names::v8_name(kind, &frame.function, None) {
        Some(name) if name.is_empty() && host.is_cjs(&frame.path) && !is_eval_path(&frame.path) => {
            format!("    at async Object.<anonymous> ({place})")
        }
        Some(name) if !name.is_empty() => format!("    at async {name} ({place})"),
        _ => format!("    at async {place}"),
    }
}

/// The path of looplab's prelude, whose functions stand for Node's own JavaScript.
pub const PRELUDE_PATH: &str = "node:internal/looplab";

// Node 20.20.2's frames for its own functions, as `err.stack` shows them.
const CJS_LOAD: [&str; 4] = [
    "    at Module._compile (node:internal/modules/cjs/loader:1521:14)",
    "    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)",
    "    at Module.load (node:internal/modules/cjs/loader:1266:32)",
    "    at Module._load (node:internal/modules/cjs/loader:1091:12)",
];
const CJS_LOAD_JSON: &str =
    "    at Module._extensions..json (node:internal/modules/cjs/loader:1641:39)";
const CJS_REQUIRE: [&str; 2] = [
    "    at Module.require (node:internal/modules/cjs/loader:1289:19)",
    "    at require (node:internal/modules/helpers:182:18)",
];
const CJS_RESOLVE: [&str; 2] = [
    "    at Module._resolveFilename (node:internal/modules/cjs/loader:1207:15)",
    "    at Module._load (node:internal/modules/cjs/loader:1038:27)",
];
const CJS_RUN_MAIN: [&str; 2] = [
    "    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)",
    "    at node:internal/main/run_main_module:28:49",
];
const EVAL_RUN: [&str; 6] = [
    "    at runScriptInThisContext (node:internal/vm:209:10)",
    "    at node:internal/process/execution:118:14",
    "    at [eval]-wrapper:6:24",
    "    at runScript (node:internal/process/execution:101:62)",
    "    at evalScript (node:internal/process/execution:133:3)",
    "    at node:internal/main/eval_string:51:3",
];
// A worker runs its main module from its port's first message (lib/internal/main/worker_thread.js),
// and V8 names the loader's frames there by their receivers (`Object..js`, `Function._load`).
const WORKER_CJS_LOAD: [&str; 4] = [
    "    at Module._compile (node:internal/modules/cjs/loader:1521:14)",
    "    at Object..js (node:internal/modules/cjs/loader:1623:10)",
    "    at Module.load (node:internal/modules/cjs/loader:1266:32)",
    "    at Function._load (node:internal/modules/cjs/loader:1091:12)",
];
const WORKER_RUN_MAIN: [&str; 4] = [
    "    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)",
    "    at MessagePort.<anonymous> (node:internal/main/worker_thread:192:26)",
    "    at [nodejs.internal.kHybridDispatch] (node:internal/event_target:831:20)",
    "    at MessagePort.<anonymous> (node:internal/per_context/messageport:23:28)",
];
const WORKER_EVAL_RUN: [&str; 8] = [
    "    at runScriptInThisContext (node:internal/vm:209:10)",
    "    at node:internal/process/execution:118:14",
    "    at [worker eval]-wrapper:6:24",
    "    at runScript (node:internal/process/execution:101:62)",
    "    at evalScript (node:internal/process/execution:133:3)",
    "    at MessagePort.<anonymous> (node:internal/main/worker_thread:173:9)",
    "    at [nodejs.internal.kHybridDispatch] (node:internal/event_target:831:20)",
    "    at MessagePort.<anonymous> (node:internal/per_context/messageport:23:28)",
];
const ESM_MAIN: [&str; 3] = [
    "    at ModuleJob.run (node:internal/modules/esm/module_job:325:25)",
    "    at async ModuleLoader.import (node:internal/modules/esm/loader:606:24)",
    "    at async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:5)",
];
/// Between `process.emit('unhandledRejection')` and the drain that processes rejections.
const UNHANDLED_REJECTION_EMIT: [&str; 3] = [
    "    at emitUnhandledRejection (node:internal/process/promises:250:13)",
    "    at throwUnhandledRejectionsMode (node:internal/process/promises:385:19)",
    "    at processPromiseRejections (node:internal/process/promises:470:17)",
];
const ONCE_WRAPPER: &str = "    at Object.onceWrapper (node:events:638:28)";
const EVENTS_AGNOSTIC_ADD: &str = "    at eventTargetAgnosticAddListener (node:events:1042:11)";

/// Node's frames for a frame of the prelude (the CommonJS loader, `emit`), by the prelude
/// function's name and the frame it called (`inner`); `emitter` names the receiver of `emit`.
fn prelude_frames(
    host: &Host,
    function: &str,
    inner: Option<&str>,
    emitter: Option<&Emitter>,
    loop_context: LoopContext,
) -> Vec<String> {
    let eval = host.setup.eval.is_some();
    let worker = host.setup.worker.is_some();
    // The code given to `node -e` or `new Worker(code, { eval: true })` is run as a script, not
    // loaded: the loader's frames are only under the modules it requires.
    let eval_code =
        inner.is_some_and(|l| l.contains("at [eval]:") || l.contains("at [worker eval]:"));
    let load: &[&str] = if worker { &WORKER_CJS_LOAD } else { &CJS_LOAD };
    let lines: &[&str] = match function {
        // A JSON module is parsed by `Module._extensions..json` (`loadJson`), under `Module.load`.
        "loadJson" => &[CJS_LOAD_JSON],
        "loadModule" if eval && eval_code => &[],
        "loadModule" if inner == Some(CJS_LOAD_JSON) => &load[2..],
        "loadModule" => load,
        "require" => &CJS_REQUIRE,
        "resolveFilename" => &CJS_RESOLVE,
        "runMain" if eval && !worker => &EVAL_RUN,
        "runMain" if !worker => &CJS_RUN_MAIN,
        "runMain" if eval => &WORKER_EVAL_RUN,
        "runMain" => &WORKER_RUN_MAIN,
        "onceWrapper" => &[ONCE_WRAPPER],
        // events.once on something that is neither an EventEmitter nor an EventTarget.
        "agnosticAdd" => &[EVENTS_AGNOSTIC_ADD],
        "onceExecutor" if inner == Some(EVENTS_AGNOSTIC_ADD) => &["    at node:events:997:5"],
        // Boa's nameless frame of the Promise constructor is shown only for a learner's `new`.
        "eventsOnce" if inner == Some("    at node:events:997:5") => &[
            "    at new Promise (<anonymous>)",
            "    at Function.once (node:events:977:10)",
        ],
        "emitUnhandledRejection" => {
            let mut lines: Vec<String> = UNHANDLED_REJECTION_EMIT.map(String::from).to_vec();
            lines.extend(loop_context.site.frames());
            return lines;
        }
        "emit" => {
            let ty = emitter.map_or("EventEmitter", |e| e.type_name.as_str());
            let place = if emitter.is_some_and(|e| e.many) {
                "536:35"
            } else {
                "524:28"
            };
            return vec![format!("    at {ty}.emit (node:events:{place})")];
        }
        _ => &[],
    };
    lines.iter().map(|l| l.to_string()).collect()
}

/// The loop `error` was made in (its constructor recorded it), else the loop now.
fn loop_context_of(error: &JsObject, host: &Host, context: &mut Context) -> LoopContext {
    crate::own_stack::loop_context_of(error, context).unwrap_or_else(|| loop_context_now(host))
}

/// The loop under the callback running now.
pub fn loop_context_now(host: &Host) -> LoopContext {
    LoopContext {
        callback: host.running.get().callback,
        queue: host.running.get().queue,
        with_args: host.running.get().with_args,
        site: host.drain_site.get(),
    }
}

/// V8's type name of a receiver (`JSReceiver::GetConstructorName`): its constructor's name.
pub fn receiver_type_name(object: &JsObject, context: &mut Context) -> String {
    object
        .get(js_string!("constructor"), context)
        .ok()
        .and_then(|c| c.as_object())
        .and_then(|c| c.get(js_string!("name"), context).ok())
        .and_then(|n| n.as_string().map(|s| s.to_std_string_escaped()))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "Object".to_string())
}

/// An `emit` on the stack: its receiver's type name, and whether it calls an array of
/// listeners (Node's frame is then on another line of `emit`).
#[derive(Debug, Clone, PartialEq)]
pub struct Emitter {
    pub type_name: String,
    pub many: bool,
}

/// The emitters whose `emit` is on the stack now, outermost first (the prelude's `emit`
/// pushes its receiver and whether it has several listeners while it calls them).
pub fn live_emitters(context: &mut Context) -> Vec<Emitter> {
    let Ok(hooks) = crate::runtime::prelude_hooks(context) else {
        return Vec::new();
    };
    let Some(list) = hooks
        .get(js_string!("emitReceivers"), context)
        .ok()
        .and_then(|l| l.as_object())
    else {
        return Vec::new();
    };
    let length = hook_list_length(&list, context);
    let mut emitters = Vec::new();
    for i in (0..length.min(128)).step_by(2) {
        let (Ok(receiver), Ok(many)) = (list.get(i, context), list.get(i + 1, context)) else {
            continue;
        };
        let type_name = match receiver.as_object() {
            Some(o) => receiver_type_name(&o, context),
            None => "Object".to_string(),
        };
        emitters.push(Emitter {
            type_name,
            many: many.to_boolean(),
        });
    }
    emitters
}

/// The length of a list a prelude hook handed over (0 when it has none).
fn hook_list_length(list: &JsObject, context: &mut Context) -> u32 {
    list.get(js_string!("length"), context)
        .ok()
        .and_then(|l| l.as_number())
        .unwrap_or(0.0) as u32
}

/// The types of the EventTargets whose dispatch `error` escaped (or, for none, those being
/// dispatched now), outermost first, as V8 names them in Node's frames (`MyTarget.dispatchEvent`).
/// Node makes an AbortSignal as an EventTarget and then changes its prototype: V8 names the
/// type its constructor had, `EventTarget`.
fn dispatch_targets(error: Option<&JsObject>, context: &mut Context) -> Vec<String> {
    let error: JsValue = error.map_or(JsValue::undefined(), |e| e.clone().into());
    let Ok(list) = crate::runtime::call_hook(context, "dispatchTargetsOf", &[error]) else {
        return Vec::new();
    };
    let Some(list) = list.as_object() else {
        return Vec::new();
    };
    let length = hook_list_length(&list, context);
    let mut names = Vec::new();
    for i in 0..length.min(64) {
        let name = match list.get(i, context).ok().and_then(|t| t.as_object()) {
            Some(target) => receiver_type_name(&target, context),
            None => "EventTarget".to_string(),
        };
        names.push(if name == "AbortSignal" {
            "EventTarget".to_string()
        } else {
            name
        });
    }
    names
}

/// The emitters of an error's `emit` frames: those on the stack when it was thrown, else
/// those on the stack now.
fn emitters_of(error: &JsObject, host: &Host, context: &mut Context) -> Vec<Emitter> {
    host.thrown_emitters(error)
        .unwrap_or_else(|| live_emitters(context))
}

/// The object and property through which the event loop calls the callback running now, as
/// Node's `listOnTimeout` (`timer._onTimeout()`) and `processImmediate` do.
///
/// V8 names the property at the first read of `stack`, and `processImmediate` clears
/// `_onImmediate` once the callback returns: an error formatted after that (an uncaught one)
/// names none (`Immediate.<anonymous>`).
fn loop_receiver(host: &Host, made_in: LoopContext) -> Option<(&'static str, &'static str)> {
    let running = host.running.get();
    let still_running = running.callback == made_in.callback && !host.callback_escaping.get();
    match made_in.queue {
        crate::report::Queue::Timers => Some(("Timeout", "_onTimeout")),
        crate::report::Queue::Check if still_running => Some(("Immediate", "_onImmediate")),
        crate::report::Queue::Check => Some(("Immediate", "")),
        _ => None,
    }
}

/// `Error.stackTraceLimit`, as V8 reads it when it captures a stack (default 10): `None` when
/// it is not a number (or gone), and V8 captures no stack at all (`err.stack` is undefined).
pub fn stack_trace_limit(context: &mut Context) -> Option<usize> {
    // The global `Error` is own_stack.rs's wrapper, where a script sets the limit.
    let error = context
        .global_object()
        .get(js_string!("Error"), context)
        .ok();
    let Some(error) = error.and_then(|e| e.as_object()) else {
        return Some(10);
    };
    let limit = error
        .get(js_string!("stackTraceLimit"), context)
        .ok()
        .and_then(|v| v.as_number())?;
    Some(if limit.is_finite() {
        limit.max(0.0) as usize
    } else if limit > 0.0 {
        usize::MAX
    } else {
        0
    })
}

/// The limit an error was captured with: read when its constructor ran (V8 captures then),
/// else now.
fn limit_for(error: &JsObject, context: &mut Context) -> Option<usize> {
    crate::own_stack::limit_of(error, context).unwrap_or_else(|| stack_trace_limit(context))
}

/// The frames of a Boa frame text, in Node's words, one per line: the prelude's frames as the
/// Node functions they stand for (`prelude_frames`), other internal frames left out, the
/// natives that call callbacks kept (`at Array.map (<anonymous>)`), the frames of the
/// constructors of `skip_constructors` left out as V8 leaves out an error class's own
/// construction, Node's loop under a callback it called, at most `Error.stackTraceLimit`.
/// `emitters` are the type names of the `emit`s on the stack when the error was made (or
/// thrown), outermost first, if known; `receivers` V8's names of the bytecode frames whose
/// receiver the depth probe saw (`frame_receivers.rs`), innermost first.
fn node_frames(
    context: &mut Context,
    host: &Host,
    (boa_frames, receivers): (&str, &[Option<String>]),
    skip_constructors: &[String],
    (emitters, targets): (&[Emitter], &[String]),
    message: Option<&str>,
    loop_context: LoopContext,
) -> Vec<String> {
    // The type of each EventTarget whose dispatch is on the stack, innermost last.
    let mut targets: Vec<&str> = targets.iter().map(String::as_str).collect();
    let lines: Vec<TraceLine> = boa_frames.lines().filter_map(parse_trace_line).collect();
    // Each parsed line's index among the bytecode frames of the text (natives not counted),
    // which `receivers` is indexed by.
    let mut code_index: Vec<Option<usize>> = Vec::with_capacity(lines.len());
    let mut bytecode = 0;
    for raw in boa_frames.lines() {
        let parsed = parse_trace_line(raw);
        let native = matches!(parsed, Some(TraceLine::Native(_))) || raw.contains(" (native at ");
        if parsed.is_some() {
            code_index.push((!native).then_some(bytecode));
        }
        if !native && raw.trim_start().starts_with("at ") {
            bytecode += 1;
        }
    }
    let is_prelude = |line: &TraceLine, name: &str| matches!(line, TraceLine::Code(f) if f.path == PRELUDE_PATH && f.function == name);
    // The emitter of each `emit` frame, innermost first, when the names fit the frames.
    let emits = lines.iter().filter(|l| is_prelude(l, "emit")).count();
    let mut emitter_of: Vec<Option<&Emitter>> = if emitters.len() == emits {
        emitters.iter().map(Some).collect()
    } else {
        vec![None; emits]
    };
    let mut out: Vec<String> = Vec::new();
    let mut skipping = !skip_constructors.is_empty();
    let mut last_native: Option<String> = None;
    // Whether the last native's frame was shown (the last line of `out`).
    let mut last_shown = false;
    // V8 places the frame that called a setter at the assignment's `=`.
    let mut called_setter = false;
    let mut user_outermost = false;
    // Boa resumes an async function after an `await` from a nameless native frame V8 does
    // not have: the function stays the outermost frame.
    let user_frames_end = match lines.last() {
        Some(TraceLine::Native(name)) if name.is_empty() => lines.len() - 1,
        _ => lines.len(),
    };
    let async_resumed = user_frames_end < lines.len();
    for (index, line) in lines.iter().enumerate() {
        match line {
            TraceLine::Native(name) => {
                if index < user_frames_end {
                    user_outermost = false;
                }
                // The wrappers of `v8_builtins.rs` call Boa's own: one frame for both.
                let shown = match name.as_str() {
                    // Boa leaves a built-in constructor's frame nameless; the caller's source
                    // says which one (`at new Promise (<anonymous>)` around an executor).
                    "" => lines[index + 1..]
                        .iter()
                        .find_map(|l| match l {
                            TraceLine::Code(f) => Some(f),
                            TraceLine::Native(_) => None,
                        })
                        .and_then(|caller| constructor_called_at(context, host, caller)),
                    _ => native_frame_name(name),
                };
                // A guard named for its receiver's type (`Map.forEach`) wraps Boa's own
                // (`forEach`), whose frame, just shown, it stands for.
                let wraps_last = last_native
                    .as_deref()
                    .is_some_and(|last| name.strip_suffix(last).is_some_and(|t| t.ends_with('.')));
                if wraps_last && last_shown {
                    out.pop();
                }
                // A repeated native (a wrapper of ours calling Boa's) is one frame.
                if last_native.as_deref() != Some(name) {
                    last_shown = false;
                    if let Some(shown) = shown {
                        out.push(format!("    at {shown} (<anonymous>)"));
                        last_shown = true;
                    }
                }
                last_native = Some(name.clone());
            }
            TraceLine::Code(frame) => {
                last_native = None;
                last_shown = false;
                user_outermost = false;
                if frame.path == PRELUDE_PATH {
                    let emitter = if frame.function == "emit" {
                        emitter_of.pop().flatten()
                    } else {
                        None
                    };
                    let inner = out.last().map(String::as_str);
                    let lines = prelude_frames(host, &frame.function, inner, emitter, loop_context);
                    out.extend(lines);
                    continue;
                }
                if let Some(builtin) = crate::builtin_frames::frames_of(
                    &frame.path,
                    &frame.function,
                    out.last().map(String::as_str),
                ) {
                    // A listener of Node's own is named for the emitter of the `emit` that
                    // called it (the innermost one not yet shown).
                    let ty = emitter_of
                        .last()
                        .copied()
                        .flatten()
                        .map_or("EventEmitter", |e| e.type_name.as_str());
                    let target = targets.last().copied().unwrap_or("EventTarget");
                    out.extend(builtin.lines.iter().map(|l| {
                        l.replace(crate::builtin_frames::EMITTER, ty)
                            .replace(crate::builtin_frames::TARGET, target)
                    }));
                    // `dispatchEvent` is the outermost frame of its target's dispatch.
                    if builtin.lines.iter().any(|l| l.contains(".dispatchEvent (")) {
                        targets.pop();
                    }
                    // Called by the loop itself (on a tick), Node's loop frames follow.
                    user_outermost = index + 1 == user_frames_end;
                    continue;
                }
                // Code compiled from a string: named by its origin, as V8 does.
                if crate::eval_origins::is_compiled_code(frame) {
                    let caller = lines[index + 1..].iter().find_map(|l| match l {
                        TraceLine::Code(c) if !crate::eval_origins::is_compiled_code(c) => Some(c),
                        _ => None,
                    });
                    if let Some(line) = crate::eval_origins::frame_line(
                        context,
                        host,
                        frame,
                        caller,
                        message.filter(|_| index == 0),
                    ) {
                        out.push(line);
                    }
                    continue;
                }
                if frame.path.starts_with("node:") || !is_user_path(&frame.path) {
                    continue;
                }
                // The depth probe throws at the start of the function being entered; V8
                // throws at the call that would enter it, in the caller's frame.
                if index == 0 && message == Some(STACK_OVERFLOW) {
                    continue;
                }
                let column = unwrap_column(host, &frame.path, frame.line, frame.column);
                let map = host.function_map(context, &frame.path);
                let kind = map.function_at(frame.line, column).cloned();
                if skipping {
                    if let Some(crate::frame_names::FunctionKind::Constructor { class }) = &kind
                        && skip_constructors.contains(class)
                    {
                        continue;
                    }
                    skipping = false;
                }
                // The loop called this function itself when nothing of the trace is outside
                // it; `emit` (through a once-wrapper or not) calls a listener on the emitter.
                let outermost = index + 1 == user_frames_end;
                let caller = lines[index + 1..]
                    .iter()
                    .find(|l| !matches!(l, TraceLine::Native(_)));
                let via_once = caller.is_some_and(|c| is_prelude(c, "onceWrapper"));
                let emit_caller = if via_once {
                    lines[index + 1..]
                        .iter()
                        .filter(|l| !matches!(l, TraceLine::Native(_)))
                        .nth(1)
                } else {
                    caller
                };
                let builtin_caller = match caller {
                    Some(TraceLine::Code(c)) => {
                        crate::builtin_frames::frames_of(&c.path, &c.function, None)
                    }
                    _ => None,
                };
                let receiver = if outermost {
                    loop_receiver(host, loop_context)
                } else if let Some((ty, property)) = builtin_caller.and_then(|b| b.callee_receiver)
                {
                    // A placeholder names the target being dispatched or the emitter.
                    let target = targets.last().copied().unwrap_or("EventTarget");
                    let emitter = emitter_of
                        .last()
                        .copied()
                        .flatten()
                        .map_or("EventEmitter", |e| e.type_name.as_str());
                    Some((
                        match ty {
                            crate::builtin_frames::TARGET => target,
                            crate::builtin_frames::EMITTER => emitter,
                            _ => ty,
                        },
                        property,
                    ))
                } else if emit_caller.is_some_and(|c| is_prelude(c, "emit")) {
                    let ty = emitter_of
                        .last()
                        .copied()
                        .flatten()
                        .map_or("EventEmitter", |e| e.type_name.as_str());
                    Some((ty, ""))
                } else {
                    None
                };
                // A built-in constructor that refused its argument (`new Set(5)`, `new
                // Promise(5)`) is V8's top frame, above the `new` that called it.
                if index == 0
                    && message.is_some_and(refused_by_constructor)
                    && let Some(name) = constructor_called_at(context, host, frame)
                {
                    out.push(format!("    at {name} (<anonymous>)"));
                }
                let mut shown = frame.clone();
                if called_setter {
                    shown.column = assignment_column(context, frame);
                }
                // The call that overflowed the stack (the probe's frame above is left out).
                if index == 1
                    && message == Some(STACK_OVERFLOW)
                    && let Some(source) = host.source_text(context, &frame.path)
                {
                    let (line, column) = crate::fatal::overflow_call_position(host, frame, &source);
                    shown.line = line;
                    shown.column = column;
                }
                // The top frame of an error the engine raised in user code is where V8 raised
                // it (an operator, a name, a property), which Boa's position is not.
                if index == 0
                    && let Some(message) = message
                    && let Some(source) = host.source_text(context, &frame.path)
                {
                    let (line, column) =
                        crate::fatal::v8_error_position(host, frame, &source, message);
                    shown.line = line;
                    shown.column = column;
                }
                // Called by a `new` expression of the user's code itself (no built-in between,
                // as `new Promise` calling its executor): a construction.
                let constructed = match lines.get(index + 1) {
                    Some(TraceLine::Code(c)) => constructed_at(context, host, c).is_some(),
                    _ => false,
                };
                // V8's name from the receiver the probe saw (an emitter, a stream, any
                // object), except under the loop's own call: V8 names that frame when the
                // stack is first read, after `processImmediate` may have cleared the property
                // it called through (`loop_receiver`).
                let named = if outermost && receiver.is_some() {
                    None
                } else {
                    code_index
                        .get(index)
                        .copied()
                        .flatten()
                        .and_then(|k| receivers.get(k).cloned().flatten())
                };
                out.push(node_frame(
                    context,
                    host,
                    &shown,
                    receiver,
                    constructed,
                    named.as_deref(),
                ));
                called_setter = matches!(
                    kind,
                    Some(crate::frame_names::FunctionKind::Accessor { prefix: "set", .. })
                );
                user_outermost = outermost;
                // The module body runs under `ModuleJob.run` until its first `await`; resumed,
                // it is the outermost frame of a microtask.
                if outermost && kind.is_none() && !async_resumed && is_esm_main(host, &frame.path) {
                    out.extend(ESM_MAIN.iter().map(|l| l.to_string()));
                    user_outermost = false;
                }
            }
        }
    }
    if user_outermost {
        out.extend(loop_context.frames());
    }
    out
}

/// V8's message for a stack overflow (the depth probe's, `instrument.rs`).
pub const STACK_OVERFLOW: &str = "Maximum call stack size exceeded";

/// The first `limit` frames (`Error.stackTraceLimit`), one per line.
fn first_frames(mut frames: Vec<String>, limit: usize) -> String {
    frames.truncate(limit);
    frames.join("\n")
}

/// The first `limit` lines of a frame text: a thrower's frame put above the others counts
/// toward `Error.stackTraceLimit` too.
fn first_lines(frames: String, limit: usize) -> String {
    match frames.match_indices('\n').nth(limit.saturating_sub(1)) {
        _ if limit == 0 => String::new(),
        Some((at, _)) => frames[..at].to_string(),
        None => frames,
    }
}

/// The main module of this thread, run as an ES module.
fn is_esm_main(host: &Host, path: &str) -> bool {
    host.setup.worker.is_none() && host.is_esm(path) && *host.main_path.borrow() == path
}

/// The engine column of the `=` of the assignment at or after a frame's position.
fn assignment_column(context: &Context, frame: &Frame) -> u32 {
    let source = Host::of(context)
        .source_text(context, &frame.path)
        .unwrap_or_default();
    let line: Vec<char> = source
        .split('\n')
        .nth(frame.line.saturating_sub(1) as usize)
        .unwrap_or("")
        .chars()
        .collect();
    let from = frame.column.saturating_sub(1) as usize;
    (from..line.len())
        .find(|&i| {
            line[i] == '='
                && line.get(i + 1) != Some(&'=')
                && !matches!(line.get(i.wrapping_sub(1)), Some('=' | '!' | '<' | '>'))
        })
        .map_or(frame.column, |i| i as u32 + 1)
}

/// The frames of the current call stack, in Node's words (for `console.trace`): those of an
/// error made here, from the first user frame or built-in one of `builtin_frames.rs` (the prelude's `trace` and its helpers are
/// Node's `console` internals, which V8's capture starts above); the prelude's frames below
/// it stand for Node's own (the loader's `Module._compile` ...), as in `err.stack`.
pub fn current_frames(context: &mut Context, host: &Host) -> String {
    // Boa's trace of an error made now has the built-ins' frames (`forEach (native)`) too.
    let constructor = context.intrinsics().constructors().error().constructor();
    let text = match constructor.construct(&[], None, context) {
        Ok(error) => boa_frames_of(&error, context).unwrap_or_default(),
        Err(_) => String::new(),
    };
    let lines: Vec<&str> = text
        .lines()
        .skip_while(|line| {
            !matches!(parse_trace_line(line), Some(TraceLine::Code(f))
                if is_user_path(&f.path)
                    || crate::builtin_frames::frames_of(&f.path, &f.function, None).is_some())
        })
        .collect();
    let emitters = live_emitters(context);
    let targets = dispatch_targets(None, context);
    let loop_context = loop_context_now(host);
    let limit = stack_trace_limit(context).unwrap_or(10);
    first_frames(
        node_frames(
            context,
            host,
            (&lines.join("\n"), &[]),
            &[],
            (&emitters, &targets),
            None,
            loop_context,
        ),
        limit,
    )
}

/// The built-ins that threw errors, noted by `v8_builtins`' wrappers (Boa's stack has no
/// frame for a native), as context data: (message, V8's frame name), the newest last. The
/// error is still Boa's native error there, an object only once the VM has given it its
/// backtrace, so it is found again by its message when its stack is first formatted.
#[derive(Default)]
struct Throwers(std::cell::RefCell<Vec<(String, String)>>);

/// How many notes are kept: a formatted stack takes its own, and an error whose stack is
/// never read leaves an old note behind.
const THROWERS_KEPT: usize = 16;

/// Note that the built-in V8 names `frame` (`Atomics.add`, `Function.setPrototypeOf`) threw
/// an error with `message`: its stack then opens with `at <frame> (<anonymous>)`, as V8's does.
pub fn note_thrower(message: &str, frame: &str, context: &mut Context) {
    if context.get_data::<Throwers>().is_none() {
        context.insert_data(Throwers::default());
    }
    if let Some(throwers) = context.get_data::<Throwers>() {
        let mut notes = throwers.0.borrow_mut();
        if notes.len() == THROWERS_KEPT {
            notes.remove(0);
        }
        notes.push((message.to_string(), frame.to_string()));
    }
}

fn noted_thrower(error: &JsObject, context: &mut Context) -> Option<String> {
    let message = error.get(js_string!("message"), context).ok()?;
    let message = message.as_string()?.to_std_string_escaped();
    let mut notes = context.get_data::<Throwers>()?.0.borrow_mut();
    let at = notes.iter().rposition(|(m, _)| *m == message)?;
    Some(notes.remove(at).1)
}

/// A noted thrower's frame before the others.
fn with_noted_thrower(error: &JsObject, frames: String, context: &mut Context) -> String {
    match noted_thrower(error, context) {
        Some(thrower) if frames.is_empty() => format!("    at {thrower} (<anonymous>)"),
        Some(thrower) => format!("    at {thrower} (<anonymous>)\n{frames}"),
        None => frames,
    }
}

/// The built-in that threw an error Boa made after leaving it (our JSON wrappers reword it
/// on the way out), shown first as V8 shows it: `at JSON.parse (<anonymous>)`.
fn with_thrower(header: &str, frames: String) -> String {
    let json_parse = header.starts_with("SyntaxError: ")
        && (header.contains(" in JSON at position ")
            || header.ends_with(" is not valid JSON")
            || header.ends_with("Unexpected end of JSON input"));
    let json_stringify = header.starts_with("TypeError: Converting circular structure to JSON")
        || header == "TypeError: Do not know how to serialize a BigInt";
    // An error made inside the wrapper by the constructor already has the wrapper's frame
    // (`JSON.parse`): it is named again below, as the call under it decides.
    let frames = match frames.strip_prefix("    at JSON.parse (<anonymous>)") {
        Some(rest) if json_parse => rest.strip_prefix('\n').unwrap_or(rest).to_string(),
        _ => frames,
    };
    let thrower = if json_parse && frames.starts_with(CJS_LOAD_JSON) {
        // Node's loader parses a JSON module with the primordial `JSONParse`, called as a
        // plain function: V8 names it `parse`.
        "parse"
    } else if json_parse {
        "JSON.parse"
    } else if json_stringify {
        "JSON.stringify"
    } else {
        return frames;
    };
    let own = format!("    at {thrower} (<anonymous>)");
    if frames.is_empty() {
        own
    } else {
        format!("{own}\n{frames}")
    }
}

/// The names of the user's classes an error was constructed through (its prototype chain's
/// constructors), whose constructor frames V8 leaves out of its stack.
fn construction_classes(error: &JsObject, context: &mut Context) -> Vec<String> {
    let mut names = Vec::new();
    let mut proto = error.prototype();
    while let Some(object) = proto {
        let constructor = object
            .get(js_string!("constructor"), context)
            .ok()
            .and_then(|c| c.as_object());
        if let Some(name) = constructor
            .and_then(|c| c.get(js_string!("name"), context).ok())
            .and_then(|n| n.as_string().map(|s| s.to_std_string_escaped()))
        {
            names.push(name);
        }
        proto = object.prototype();
        if names.len() > 32 {
            break;
        }
    }
    names
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

/// The stack a script's own `Error.prepareStackTrace` makes of these frames (Node's
/// prepareStackTraceCallback; `src/js/call_sites.js` makes the call sites), or `None` when
/// the default formatting applies.
fn prepare_stack(
    error: &JsObject,
    frames: &str,
    context: &mut Context,
) -> JsResult<Option<JsValue>> {
    // Errors made before the prelude is loaded have the default formatting.
    let Ok(hooks) = crate::runtime::prelude_hooks(context) else {
        return Ok(None);
    };
    let internals = hooks.get(js_string!("internals"), context)?;
    let Some(call_sites) = internals.as_object() else {
        return Ok(None);
    };
    let call_sites = call_sites.get(js_string!("call_sites"), context)?;
    let Some(prepare) = call_sites
        .as_object()
        .map(|o| o.get(js_string!("prepare"), context))
        .transpose()?
        .and_then(|f| f.as_callable())
    else {
        return Ok(None);
    };
    let args = [error.clone().into(), JsString::from(frames).into()];
    let prepared = prepare.call(&JsValue::undefined(), &args, context)?;
    match prepared.as_object() {
        Some(result) => Ok(Some(result.get(js_string!("value"), context)?)),
        None => Ok(None),
    }
}

/// Give `error` an own `stack` with this header and the frames Boa recorded for it.
pub fn set_stack_header(error: &JsObject, header: &str, context: &mut Context) -> JsResult<()> {
    let host = Host::of(context);
    let Some(limit) = limit_for(error, context) else {
        return crate::bindings::define_hidden(
            error,
            js_string!("stack"),
            JsValue::undefined(),
            context,
        );
    };
    let frames = boa_frames_of(error, context)?;
    let classes = construction_classes(error, context);
    let emitters = emitters_of(error, &host, context);
    let targets = dispatch_targets(Some(error), context);
    let message = header.split_once(": ").map(|(_, m)| m);
    let loop_context = loop_context_of(error, &host, context);
    let receivers = crate::own_stack::receiver_names_of(error, context);
    let mut lines = node_frames(
        context,
        &host,
        (&frames, &receivers),
        &classes,
        (&emitters, &targets),
        message,
        loop_context,
    );
    lines.extend(crate::own_stack::async_frames_of(error, context));
    let frames = with_thrower(header, first_frames(lines, limit));
    let frames = first_lines(with_noted_thrower(error, frames, context), limit);
    let stack = match prepare_stack(error, &frames, context)? {
        Some(prepared) => prepared,
        None if frames.is_empty() => JsString::from(header).into(),
        None => JsString::from(format!("{header}\n{frames}").as_str()).into(),
    };
    crate::bindings::define_hidden(error, js_string!("stack"), stack, context)
}

/// Put Node's own frames (`lines`, each `    at ...`) above the first frame of `error`'s
/// stack: the functions of Node's `lib/` between the caller and where a built-in call failed
/// (`Object.openSync (node:fs:573:18)`), which looplab's own built-ins do not have. They
/// count toward `Error.stackTraceLimit` as V8's do.
pub fn prepend_frames(error: &JsObject, lines: &str, context: &mut Context) -> JsResult<()> {
    prepend_frames_over(error, lines, 0, context)
}

/// `prepend_frames`, in place of the stack's first `replaced` frames (a looplab native that
/// Node writes in JavaScript, shown as V8 would show one of its own built-ins).
pub fn prepend_frames_over(
    error: &JsObject,
    lines: &str,
    replaced: usize,
    context: &mut Context,
) -> JsResult<()> {
    let stack = error.get(js_string!("stack"), context)?;
    let Some(stack) = stack.as_string().map(|s| s.to_std_string_escaped()) else {
        return Ok(());
    };
    let (header, frames) = match stack.find("\n    at ") {
        Some(at) => (&stack[..at], &stack[at + 1..]),
        None => (stack.as_str(), ""),
    };
    // A limit that is not a number left no stack to put frames on (returned above).
    let limit = stack_trace_limit(context).unwrap_or(usize::MAX);
    let frames: Vec<&str> = lines
        .lines()
        .chain(frames.lines().skip(replaced))
        .take(limit)
        .collect();
    let stack = if frames.is_empty() {
        header.to_string()
    } else {
        format!("{header}\n{}", frames.join("\n"))
    };
    crate::bindings::define_hidden(
        error,
        js_string!("stack"),
        JsString::from(stack.as_str()),
        context,
    )
}

/// The built-in function the learner called that made `error`: the outermost of the
/// looplab frames (natives and `node:` code) above the first frame of the user's code, with
/// how many frames `err.stack` shows for it (a native V8 names as one of its own built-ins,
/// `from` as `Function.from`, has one).
pub fn builtin_entry(error: &JsObject, context: &mut Context) -> Option<(String, usize)> {
    let text = boa_frames_of(error, context).ok()?;
    let mut entry = None;
    for line in text.lines().filter_map(parse_trace_line) {
        match line {
            TraceLine::Code(frame) if is_user_path(&frame.path) => break,
            TraceLine::Code(frame) => entry = Some((frame.function, 0)),
            TraceLine::Native(name) => {
                let shown = usize::from(native_frame_name(&name).is_some());
                entry = Some((name, shown));
            }
        }
    }
    entry
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
pub(crate) fn boa_frames_of(error: &JsObject, context: &mut Context) -> JsResult<String> {
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
    // Read through the prototype, an error whose own `stack` was deleted has none.
    if !error.has_own_property(js_string!("stack"), context)?
        && crate::own_stack::was_given(&error, context)
    {
        return Ok(JsValue::undefined());
    }
    let boa_frames = boa_frames_of(&error, context)?;
    if boa_frames.is_empty() && !error.is::<boa_engine::builtins::error::Error>() {
        return Ok(JsValue::undefined());
    }
    let host = Host::of(context);
    let header = error_header(&error, context)?;
    let classes = construction_classes(&error, context);
    let emitters = emitters_of(&error, &host, context);
    let targets = dispatch_targets(Some(&error), context);
    let message = error
        .get(js_string!("message"), context)
        .ok()
        .and_then(|m| m.as_string().map(|s| s.to_std_string_escaped()));
    let loop_context = loop_context_of(&error, &host, context);
    let stack = match limit_for(&error, context) {
        // Captured while `Error.stackTraceLimit` was not a number: no stack, the key stays.
        None => JsValue::undefined(),
        Some(limit) => {
            let receivers = crate::own_stack::receiver_names_of(&error, context);
            let mut lines = node_frames(
                context,
                &host,
                (&boa_frames, &receivers),
                &classes,
                (&emitters, &targets),
                message.as_deref(),
                loop_context,
            );
            lines.extend(crate::own_stack::async_frames_of(&error, context));
            let frames = with_thrower(&header, first_frames(lines, limit));
            let frames = first_lines(with_noted_thrower(&error, frames, context), limit);
            match prepare_stack(&error, &frames, context)? {
                Some(prepared) => prepared,
                None if frames.is_empty() => JsString::from(header.as_str()).into(),
                None => JsString::from(format!("{header}\n{frames}").as_str()).into(),
            }
        }
    };
    // V8 formats a stack once, at its first read: later changes to `message` do not show.
    crate::bindings::define_hidden(&error, js_string!("stack"), stack.clone(), context)?;
    Ok(stack)
}

fn node_stack_setter(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if let Some(error) = this.as_object() {
        let value = args.first().cloned().unwrap_or_default();
        crate::bindings::define_hidden(&error, js_string!("stack"), value, context)?;
    }
    Ok(JsValue::undefined())
}

/// Give errors a `stack` in Node's shape: Boa's prototype getter is kept for its frames and removed.
pub fn install(context: &mut Context) -> JsResult<()> {
    let proto = context.intrinsics().constructors().error().prototype();
    let getter = context.eval(boa_engine::Source::from_bytes(
        "Object.getOwnPropertyDescriptor(Error.prototype, 'stack').get",
    ))?;
    // The first realm's getter serves every realm (a `vm` context's errors too).
    if let Some(getter) = getter.as_object().and_then(JsFunction::from_object)
        && context.get_data::<BoaStackGetter>().is_none()
    {
        context.insert_data(BoaStackGetter(getter));
    }
    let realm = context.realm().clone();
    let get = NativeFunction::from_fn_ptr(node_stack_getter).to_js_function(&realm);
    let set = NativeFunction::from_fn_ptr(node_stack_setter).to_js_function(&realm);
    // V8's `Error.prototype` has no `stack` (`'stack' in err` is false once the error's own
    // is deleted): every error gets its own, from its constructor or, for one the engine
    // made, when it surfaces (`v8_messages::surfaced`).
    proto.delete_property_or_throw(js_string!("stack"), context)?;
    crate::async_frames::install(context)?;
    crate::own_stack::install(get, set, context)
}
