//! The native functions the JavaScript prelude (`src/js/prelude.js`) builds Node's globals on:
//! the doors from JavaScript into the host's queues, timers, clock and output.

use std::rc::Rc;

use boa_engine::object::ObjectInitializer;
use boa_engine::object::builtins::{JsArray, JsFunction};
use boa_engine::property::Attribute;
use boa_engine::{
    Context, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue, NativeFunction,
    js_string,
};

use crate::host::{Abort, Host, Tick};
use crate::native_args::{arg, arg_u32};
use crate::report::{Queue, Stream, TraceEvent};
use crate::timers::TimerState;
use crate::{stack, vfs};

pub type NativeFn = fn(&JsValue, &[JsValue], &mut Context) -> JsResult<JsValue>;

/// The trace's name for a timer's or immediate's callback (read only when tracing).
fn callback_name(callback: &JsValue, context: &mut Context) -> String {
    match callback.as_object() {
        Some(f) => function_name(&f, context),
        None => "(anonymous)".to_string(),
    }
}

fn function_name(f: &JsObject, context: &mut Context) -> String {
    match f.get(js_string!("name"), context) {
        Ok(v) => match v.as_string() {
            Some(s) if !s.is_empty() => s.to_std_string_escaped(),
            _ => "(anonymous)".to_string(),
        },
        Err(_) => "(anonymous)".to_string(),
    }
}

/// The error that unwinds JavaScript without letting it catch anything (`process.exit`,
/// budgets): Boa lets no script catch an engine error.
pub fn abort_error(host: &Host, abort: Abort) -> JsError {
    host.request_abort(abort);
    boa_engine::error::EngineError::from(boa_engine::error::PanicError::new("looplab: run aborted"))
        .into()
}

fn next_tick(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let Some(callback) = arg(args, 0).as_object().and_then(JsFunction::from_object) else {
        return Ok(JsValue::undefined());
    };
    let extra = match arg(args, 1)
        .as_object()
        .and_then(|o| JsArray::from_object(o).ok())
    {
        Some(array) => {
            let len = array.length(context)?;
            (0..len)
                .map(|i| array.get(i, context))
                .collect::<JsResult<Vec<_>>>()?
        }
        None => Vec::new(),
    };
    // A third argument names the internal API that scheduled the tick (`stream` for the
    // stream module's own `process.nextTick`s), so the report can tell them from the user's.
    let api = match arg(args, 2).as_string() {
        Some(s) => s.to_std_string_escaped(),
        None => "process.nextTick".to_string(),
    };
    let async_id = host.new_async_id();
    crate::async_context::scheduled(context, &host, async_id, "TickObject", JsValue::undefined())?;
    let at = stack::traced_location(context, &host);
    let name_obj: JsObject = callback.clone().into();
    let id = host.describe(
        Queue::NextTick,
        &api,
        || function_name(&name_obj, context),
        at,
        None,
    );
    host.state.borrow_mut().ticks.push_back(Tick {
        id,
        async_id,
        callback,
        args: extra,
    });
    host.event(TraceEvent::Enqueued { callback: id });
    Ok(JsValue::undefined())
}

fn queue_microtask(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let Some(callback) = arg(args, 0).as_object().and_then(JsFunction::from_object) else {
        return Ok(JsValue::undefined());
    };
    let async_id = host.new_async_id();
    crate::async_context::scheduled(context, &host, async_id, "Microtask", JsValue::undefined())?;
    let at = stack::traced_location(context, &host);
    let name_obj: JsObject = callback.clone().into();
    let id = host.describe(
        Queue::Microtask,
        "queueMicrotask",
        || function_name(&name_obj, context),
        at,
        None,
    );
    host.state
        .borrow_mut()
        .microtasks
        .push_back(crate::host::Microtask::Callback(id, async_id, callback));
    host.event(TraceEvent::Enqueued { callback: id });
    Ok(JsValue::undefined())
}

fn timer_insert(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let Some(timeout) = arg(args, 0).as_object() else {
        return Ok(JsValue::undefined());
    };
    let id = arg_u32(args, 1);
    let api = arg(args, 2).to_string(context)?.to_std_string_escaped();
    let idle_timeout = timeout
        .get(js_string!("_idleTimeout"), context)?
        .as_number()
        .unwrap_or(1.0);
    let repeat = timeout.get(js_string!("_repeat"), context)?.as_number();
    let callback = timeout.get(js_string!("_onTimeout"), context)?;
    let at = stack::traced_location(context, &host);
    let report_id = host.describe(
        Queue::Timers,
        &api,
        || callback_name(&callback, context),
        at,
        Some(idle_timeout.trunc() as u64),
    );
    // Node's Timeout constructor emits `init` before `insert` arms the timer; the hook's
    // output must not come between the list growing and the timer's trace event.
    crate::async_context::scheduled(context, &host, id, "Timeout", timeout.clone().into())?;
    let start = crate::timer_clock::timer_start(&host);
    let read_us = host.clock.now_us();
    timeout.set(js_string!("_idleStart"), start as f64, false, context)?;
    let mut state = host.state.borrow_mut();
    state.timers.states.insert(
        id,
        TimerState {
            idle_timeout,
            idle_start: start,
            read_us,
            repeat,
            refed: true,
            destroyed: false,
            list: None,
            report_id,
        },
    );
    state.timers.ref_count += 1;
    state.timers.insert(id, start);
    state.timer_objects.insert(id, timeout.clone());
    drop(state);
    crate::event_loop::timer_armed(&host, id);
    Ok(JsValue::undefined())
}

fn timer_unenroll(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let id = arg_u32(args, 0);
    let report_id = {
        let mut state = host.state.borrow_mut();
        let was_armed = state
            .timers
            .states
            .get(&id)
            .is_some_and(|t| t.list.is_some());
        state.timers.unenroll(id);
        state.timer_objects.remove(&id);
        host.async_ctx.release(id);
        host.async_ctx.queue_destroy(id);
        state
            .timers
            .states
            .get(&id)
            .filter(|_| was_armed)
            .map(|t| t.report_id)
    };
    if let Some(callback) = report_id {
        host.event(TraceEvent::Cancelled { callback });
    }
    Ok(JsValue::undefined())
}

fn timer_ref(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let refed = arg(args, 1).to_boolean();
    host.state
        .borrow_mut()
        .timers
        .set_ref(arg_u32(args, 0), refed);
    Ok(JsValue::undefined())
}

/// `timeout.refresh()`: re-insert with the current loop time as its start.
fn timer_refresh(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let id = arg_u32(args, 0);
    let start = crate::timer_clock::timer_start(&host);
    let read_us = host.clock.now_us();
    let object = {
        let mut state = host.state.borrow_mut();
        let Some(timer) = state.timers.states.get(&id) else {
            return Ok(JsValue::undefined());
        };
        if timer.destroyed {
            return Ok(JsValue::undefined());
        }
        if timer.list.is_some() {
            // Node's refresh unenrolls without destroying, then inserts at the back.
            let msecs = timer.list;
            if let Some(list) = msecs.and_then(|m| state.timers.lists.get_mut(&m)) {
                list.timers.retain(|&t| t != id);
                if list.timers.is_empty() {
                    let m = msecs.unwrap_or_default();
                    state.timers.lists.remove(&m);
                }
            }
        }
        state.timers.insert(id, start);
        if let Some(timer) = state.timers.states.get_mut(&id) {
            timer.read_us = read_us;
        }
        state.timer_objects.get(&id).cloned()
    };
    crate::event_loop::timer_armed(&host, id);
    if let Some(object) = object {
        object.set(js_string!("_idleStart"), start as f64, false, context)?;
    }
    Ok(JsValue::undefined())
}

fn immediate_insert(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let Some(immediate) = arg(args, 0).as_object() else {
        return Ok(JsValue::undefined());
    };
    let id = arg_u32(args, 1);
    let callback = immediate.get(js_string!("_onImmediate"), context)?;
    let at = stack::traced_location(context, &host);
    let report_id = host.describe(
        Queue::Check,
        "setImmediate",
        || callback_name(&callback, context),
        at,
        None,
    );
    // Node's Immediate constructor emits `init` before the immediate joins the queue; the
    // hook's output must not come between the queue growing and its `Enqueued` event.
    crate::async_context::scheduled(context, &host, id, "Immediate", immediate.clone().into())?;
    {
        let mut state = host.state.borrow_mut();
        state.immediates.queue.push_back(id);
        state.immediates.live.insert(id, (true, report_id));
        state.immediates.ref_count += 1;
        state.immediate_objects.insert(id, immediate.clone());
    }
    host.event(TraceEvent::Enqueued {
        callback: report_id,
    });
    Ok(JsValue::undefined())
}

fn immediate_clear(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let id = arg_u32(args, 0);
    let cancelled = {
        let mut state = host.state.borrow_mut();
        let removed = state.immediates.live.remove(&id);
        if let Some((true, _)) = removed {
            state.immediates.ref_count -= 1;
        }
        state.immediate_objects.remove(&id);
        removed.map(|(_, report)| report)
    };
    host.async_ctx.release(id);
    host.async_ctx.queue_destroy(id);
    if let Some(callback) = cancelled {
        host.event(TraceEvent::Cancelled { callback });
    }
    Ok(JsValue::undefined())
}

fn immediate_ref(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let id = arg_u32(args, 0);
    let refed = arg(args, 1).to_boolean();
    let mut state = host.state.borrow_mut();
    let immediates = &mut state.immediates;
    if let Some(entry) = immediates.live.get_mut(&id)
        && entry.0 != refed
    {
        entry.0 = refed;
        if refed {
            immediates.ref_count += 1;
        } else {
            immediates.ref_count -= 1;
        }
    }
    Ok(JsValue::undefined())
}

/// `native.activeResourcesInfo(handles)`: lib/internal/bootstrap/node.js's
/// `getActiveResourcesInfo` — the requests, the ref'd handles (`handles`, their names in the
/// handle queue's order, kept by `js/process.js`), then the ref'd Timeouts and Immediates.
fn active_resources_info(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let host = Host::of(context);
    let handles = crate::lanes::items(&arg(args, 0), context)?;
    let (requests, timeouts, immediates) = {
        let state = host.state.borrow();
        let timeouts = if state.timers.lists.is_empty() {
            0
        } else {
            state.timers.ref_count
        };
        (
            crate::io::active_request_names(&state.pool),
            timeouts as usize,
            state.immediates.ref_count as usize,
        )
    };
    fn named(names: Vec<&'static str>) -> impl Iterator<Item = JsValue> {
        names.into_iter().map(|n| JsValue::from(JsString::from(n)))
    }
    let names = named(requests)
        .chain(handles)
        .chain(named(vec!["Timeout"; timeouts]))
        .chain(named(vec!["Immediate"; immediates]));
    Ok(JsArray::from_iter(names, context).into())
}

/// `stdioOpened(fd)`: `process.stdin`, `stdout` or `stderr` was just made: the time Node
/// takes to build it passes.
fn stdio_opened(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let stdin = args.first().and_then(JsValue::as_number) == Some(0.0);
    let cost = if stdin {
        crate::clock::STDIN_OPEN_COST_US
    } else {
        crate::clock::STDIO_OPEN_COST_US
    };
    let host = Host::of(context);
    host.clock.advance_us(cost);
    if !stdin {
        crate::first_require::stdio_made(&host);
    }
    Ok(JsValue::undefined())
}

/// `chargeRequire(id)`: the program's `require` of built-in `id`; its first costs node the
/// module's loading (`first_require.rs`).
fn charge_require(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let id = args
        .first()
        .and_then(JsValue::as_string)
        .map(|s| s.to_std_string_escaped())
        .unwrap_or_default();
    crate::first_require::charge(&Host::of(context), &id, crate::first_require::Via::Require);
    Ok(JsValue::undefined())
}

/// `native.consoleWrote(fd)`: the console wrote to stdout (1) or stderr (2). Node's console
/// passes its error handler as the write's callback, so the pipe's synchronous write queues an
/// `afterWriteTick`, shared by later writes until it runs (`onwrite` in
/// lib/internal/streams/writable.js). The tick does nothing a script sees; it only decides how
/// the queues drain (see `drain_site.rs`), so it is kept as a flag, not a traced tick.
fn console_wrote(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = args.first().and_then(JsValue::as_number).unwrap_or(1.0);
    let bit = if fd == 2.0 { 2 } else { 1 };
    Host::of(context)
        .state
        .borrow_mut()
        .console_after_write_ticks |= bit;
    Ok(JsValue::undefined())
}

fn new_async_id(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(Host::of(context).new_async_id().into())
}

fn trigger_async_id(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(Host::of(context).trigger_async_id().into())
}

fn write(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let stream = if arg_u32(args, 0) == 2 {
        Stream::Stderr
    } else {
        Stream::Stdout
    };
    let text = arg(args, 1).to_string(context)?.to_std_string_lossy();
    let at = if host.tracing {
        stack::user_location(context, &host)
    } else {
        None
    };
    host.write(stream, text, at);
    Ok(JsValue::undefined())
}

fn really_exit(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    Err(abort_error(
        &host,
        Abort::Exit(args.first().and_then(JsValue::as_number).unwrap_or(0.0) as i32),
    ))
}

fn hrtime_ns(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    // Node's hrtime counts from an arbitrary point; ours from the start of the run, plus a
    // fixed offset so that it looks like a machine that has been up for a while.
    Ok(((host.clock.read_us() + 1_000_000_000) as f64 * 1000.0).into())
}

fn now_ms(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    // performance.now(): ms since the process started, which includes Node's ~25 ms boot.
    Ok((host.clock.read_us() as f64 / 1000.0 + 25.0).into())
}

/// `loopStartMs()`: when the loop started, on `performance.now()`'s scale; -1 before (Node's
/// LOOP_START milestone, marked as SpinEventLoop begins).
fn loop_start_ms(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let start = Host::of(context).state.borrow().loop_start_us;
    Ok(start.map_or(-1.0, |us| us as f64 / 1000.0 + 25.0).into())
}

/// `loopIteration()`: how many loop iterations have begun (libuv's `loop_count`).
fn loop_iteration(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(Host::of(context).state.borrow().iteration.into())
}

fn is_file(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = arg(args, 0).to_string(context)?.to_std_string_escaped();
    Ok(vfs::of(context).is_file(&path).into())
}

/// `[line, column, isStatic]`: where the function enclosing a frame's place in a user file
/// starts (a CallSite's `getEnclosingLineNumber`/`getEnclosingColumnNumber`) and whether it is
/// a static class method, or undefined for a file that is not the user's.
pub fn enclosing_function(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let path = arg(args, 0).to_string(context)?.to_std_string_escaped();
    let line = arg(args, 1).to_number(context)?;
    let column = arg(args, 2).to_number(context)?;
    let host = Host::of(context);
    if path.starts_with("node:") || host.source_text(context, &path).is_none() {
        return Ok(JsValue::undefined());
    }
    let map = host.function_map(context, &path);
    let (l, c) = map.enclosing_start(line as u32, column as u32);
    let is_static = map.static_method_at(line as u32, column as u32);
    let pair = boa_engine::object::builtins::JsArray::from_iter(
        [JsValue::from(l), JsValue::from(c), JsValue::from(is_static)],
        context,
    );
    Ok(pair.into())
}

pub fn read_file(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = arg(args, 0).to_string(context)?.to_std_string_escaped();
    // `node -e CODE` and `new Worker(code, { eval: true })`: the main "file" is the code.
    if let Some((eval_path, code)) = &Host::of(context).setup.eval
        && *eval_path == path
    {
        return Ok(JsString::from(code.as_str()).into());
    }
    match vfs::of(context).read_to_string(&path) {
        Some(text) => Ok(JsString::from(text.as_str()).into()),
        None => Err(JsNativeError::error()
            .with_message(format!("ENOENT: no such file or directory, open '{path}'"))
            .into()),
    }
}

fn compile_common_js(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let source = arg(args, 0).to_string(context)?.to_std_string_escaped();
    let path = arg(args, 1).to_string(context)?.to_std_string_escaped();
    crate::modules::compile_common_js(&source, &path, context)
}

fn set_stack_header(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if let Some(err) = arg(args, 0).as_object() {
        let header = arg(args, 1).to_string(context)?.to_std_string_escaped();
        stack::set_stack_header(&err, &header, context)?;
    }
    Ok(JsValue::undefined())
}

/// How many errors of a run carry a throw site of Node's internals at once (the host keeps
/// them until the run ends; a loop of caught errors must not grow that list without bound).
const MAX_THROW_SITES: usize = 256;

/// `native.setThrowSite(err, site)`: the arrow block (`node:events:502`, the line, the caret)
/// to print if `err` ends the process, for errors that Node throws from its own JavaScript.
fn set_throw_site(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if let Some(err) = arg(args, 0).as_object() {
        let host = Host::of(context);
        // At the cap the oldest site goes: the error about to end the process is a recent one.
        if host.arrow_count() >= MAX_THROW_SITES {
            host.forget_oldest_arrow();
        }
        let site = arg(args, 1).to_string(context)?.to_std_string_escaped();
        host.set_arrow(&err, site);
    }
    Ok(JsValue::undefined())
}

/// `__looplab_thrown(value, "@line:column")`: every `throw` statement of the user's code
/// passes its value through here (`instrument.rs`), so an uncaught object is reported at the
/// `throw` that threw it last, as V8 does, not where it was made.
pub fn thrown(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let value = arg(args, 0);
    if let Some(object) = value.as_object() {
        let place = arg(args, 1).to_string(context)?.to_std_string_escaped();
        let mut numbers = place
            .trim_start_matches('@')
            .split(':')
            .filter_map(|n| n.parse::<u32>().ok());
        let host = Host::of(context);
        let path = stack::current_user_frame(context, &host).map(|(path, _)| path);
        if let (Some(line), Some(column), Some(path)) = (numbers.next(), numbers.next(), path) {
            if host.arrow_count() >= MAX_THROW_SITES {
                host.forget_oldest_arrow();
            }
            host.set_throw_statement(&object, path, line, column);
        }
        // A listener's throw: name its frames after the emitters even once `emit` returned.
        let emitters = stack::live_emitters(context);
        if !emitters.is_empty() {
            host.set_thrown_emitters(&object, emitters, MAX_THROW_SITES);
        }
    }
    Ok(value)
}

/// `native.prependStackFrames(error, lines, replaced)`: Node's own frames above the caller
/// (`stack::prepend_frames_over`), in place of the stack's first `replaced` frames (V8's own
/// that Node's name differently, as `parse` for the primordial `JSONParse`).
fn prepend_stack_frames(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if let Some(error) = arg(args, 0).as_object() {
        let lines = arg(args, 1).to_string(context)?.to_std_string_escaped();
        let replaced = arg(args, 2).to_number(context)?;
        let replaced = if replaced.is_finite() && replaced > 0.0 {
            replaced as usize
        } else {
            0
        };
        stack::prepend_frames_over(&error, &lines, replaced, context)?;
    }
    Ok(JsValue::undefined())
}

/// `native.noteEmitters(error)`: an error escaping a listener, seen by the innermost `emit`
/// while the emitters are still on the stack: name its frames after them, unless a `throw`
/// of the user's code already did (an engine error, `null.x`, has no `throw` statement).
fn note_emitters(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if let Some(object) = arg(args, 0).as_object() {
        let host = Host::of(context);
        if host.thrown_emitters(&object).is_none() {
            let emitters = stack::live_emitters(context);
            if !emitters.is_empty() {
                host.set_thrown_emitters(&object, emitters, MAX_THROW_SITES);
            }
        }
    }
    Ok(JsValue::undefined())
}

/// `native.isProxy(value)`: `util.types.isProxy`, which JavaScript cannot tell by itself.
fn is_proxy(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let proxy = arg(args, 0)
        .as_object()
        .is_some_and(|o| boa_engine::object::builtins::JsProxy::from_object(o.clone()).is_ok());
    Ok(proxy.into())
}

/// `native.collectionKind(value)`: `'map'`, `'set'` or undefined, by the internal slots (Node's
/// isMap/isSet) without touching the object: a brand check through a throwing method would read
/// its `Symbol.toStringTag` for the error message, and inspect must read that exactly once.
fn collection_kind(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    use boa_engine::object::builtins::{JsMap, JsSet};
    let Some(object) = arg(args, 0).as_object() else {
        return Ok(JsValue::undefined());
    };
    Ok(if JsMap::from_object(object.clone()).is_ok() {
        js_string!("map").into()
    } else if JsSet::from_object(object.clone()).is_ok() {
        js_string!("set").into()
    } else {
        JsValue::undefined()
    })
}

/// `native.boxedPrimitive(value)`: `[kind, primitive]` for a Number, String, Boolean, BigInt or
/// Symbol object (by its internal slot, as V8's IsNumberObject and friends), else undefined.
/// Asking each `valueOf` instead would build a TypeError per miss, and its message reads the
/// object's `Symbol.toStringTag`.
fn boxed_primitive(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    use boa_engine::{JsBigInt, JsSymbol, object::builtins::JsArray};
    let Some(object) = arg(args, 0).as_object() else {
        return Ok(JsValue::undefined());
    };
    let boxed: Option<(&str, JsValue)> = if let Some(n) = object.downcast_ref::<f64>() {
        Some(("number", JsValue::from(*n)))
    } else if let Some(s) = object.downcast_ref::<JsString>() {
        Some(("string", s.clone().into()))
    } else if let Some(b) = object.downcast_ref::<bool>() {
        Some(("boolean", JsValue::from(*b)))
    } else if let Some(b) = object.downcast_ref::<JsBigInt>() {
        Some(("bigint", b.clone().into()))
    } else {
        object
            .downcast_ref::<JsSymbol>()
            .map(|s| ("symbol", JsValue::from(s.clone())))
    };
    Ok(match boxed {
        Some((kind, value)) => {
            JsArray::from_iter([JsString::from(kind).into(), value], context).into()
        }
        None => JsValue::undefined(),
    })
}

fn stack_frames(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    Ok(JsString::from(stack::current_frames(context, &host).as_str()).into())
}

/// An object of native functions, the shape of every `natives` object a JS module of the
/// runtime receives; the caller may add properties before `build()`.
pub fn natives_initializer<'ctx>(
    context: &'ctx mut Context,
    functions: &[(&str, NativeFn, usize)],
) -> ObjectInitializer<'ctx> {
    let mut init = ObjectInitializer::new(context);
    for &(name, f, length) in functions {
        init.function(NativeFunction::from_fn_ptr(f), JsString::from(name), length);
    }
    init
}

/// [`define_method`] for each `(name, function, length)`.
pub fn define_methods(
    target: &JsObject,
    methods: &[(&str, NativeFn, usize)],
    context: &mut Context,
) -> JsResult<()> {
    for &(name, f, length) in methods {
        define_method(target, JsString::from(name), length, f, context)?;
    }
    Ok(())
}

/// Put a native method on `target` as a built-in has it: named, with its `length`, writable,
/// configurable and not enumerable (used where looplab replaces one of Boa's built-ins).
pub fn define_method(
    target: &JsObject,
    name: JsString,
    length: usize,
    f: NativeFn,
    context: &mut Context,
) -> JsResult<()> {
    let function = boa_engine::object::FunctionObjectBuilder::new(
        context.realm(),
        NativeFunction::from_fn_ptr(f),
    )
    .name(name.clone())
    .length(length)
    .build();
    define_hidden(target, name, function, context)
}

/// A data property as built-ins and V8's own error properties have it: writable, configurable,
/// not enumerable.
pub fn define_hidden(
    target: &JsObject,
    key: impl Into<boa_engine::property::PropertyKey>,
    value: impl Into<JsValue>,
    context: &mut Context,
) -> JsResult<()> {
    target.define_property_or_throw(
        key,
        boa_engine::property::PropertyDescriptor::builder()
            .value(value)
            .writable(true)
            .enumerable(false)
            .configurable(true),
        context,
    )?;
    Ok(())
}

/// Replace the built-in method `owner[name]` by a native function of the same name and length
/// that gets the original through its captures (`captures(original)`), with a built-in
/// method's attributes. Does nothing when `owner[name]` is not a function.
pub fn wrap_method<T: boa_engine::gc::Trace + 'static>(
    owner: &JsObject,
    name: &str,
    f: fn(&JsValue, &[JsValue], &T, &mut Context) -> JsResult<JsValue>,
    captures: impl FnOnce(JsFunction) -> T,
    context: &mut Context,
) -> JsResult<()> {
    let key = JsString::from(name);
    let Some(original) = owner
        .get(key.clone(), context)?
        .as_object()
        .and_then(JsFunction::from_object)
    else {
        return Ok(());
    };
    let length = original
        .get(js_string!("length"), context)?
        .to_number(context)? as usize;
    let function = boa_engine::object::FunctionObjectBuilder::new(
        context.realm(),
        NativeFunction::from_copy_closure_with_captures(f, captures(original)),
    )
    .name(key.clone())
    .length(length)
    .build();
    define_hidden(owner, key, function, context)
}

/// Make `wrapper` stand in for a built-in constructor: it takes the original's `prototype`
/// (fixed, as a built-in's is), and that prototype's `constructor` names the wrapper (only the
/// value changes, so each `constructor` keeps its own attributes).
pub fn adopt_prototype(
    wrapper: &JsObject,
    prototype: &JsValue,
    context: &mut Context,
) -> JsResult<()> {
    wrapper.define_property_or_throw(
        js_string!("prototype"),
        boa_engine::property::PropertyDescriptor::builder()
            .value(prototype.clone())
            .writable(false)
            .enumerable(false)
            .configurable(false),
        context,
    )?;
    if let Some(prototype) = prototype.as_object() {
        prototype.define_property_or_throw(
            js_string!("constructor"),
            boa_engine::property::PropertyDescriptor::builder().value(wrapper.clone()),
            context,
        )?;
    }
    Ok(())
}

/// The depth probe at the start of every function body (`instrument.rs`): past the limit, a
/// stack overflow that scripts can catch, as in V8.
pub fn depth_probe(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    // A non-arrow function's probe passes its `this` and `new.target` (`frame_receivers.rs`).
    crate::frame_receivers::note(args.first(), args.get(1), context);
    let host = Host::of(context);
    let depth = context.stack_trace().size_hint().0;
    if depth > host.limits.call_depth {
        return Err(JsNativeError::range()
            .with_message("Maximum call stack size exceeded")
            .into());
    }
    Ok(JsValue::undefined())
}

/// `native.reserveFd()`: Node's stdout pipe takes a file descriptor when it is first used, which
/// shifts the numbers `fs.open` hands out afterwards (see `fd.rs`).
fn reserve_fd(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let _ = crate::fd::with_table(context, |t| t.allocate(crate::fd::Entry::Reserved));
    Ok(JsValue::undefined())
}

/// The natives of `internal/call_sites`: a frame's enclosing function and its file's text.
pub fn call_site_natives(context: &mut Context) -> JsObject {
    let functions: &[(&str, NativeFn, usize)] = &[
        ("enclosingFunction", enclosing_function, 3),
        ("readFile", read_file, 1),
    ];
    natives_initializer(context, functions).build()
}

/// Build the object of natives handed to the prelude.
pub fn native_object(
    context: &mut Context,
    host: &Rc<Host>,
    env: &[(String, String)],
    cwd: &str,
) -> JsObject {
    let natives: &[(&str, NativeFn, usize)] = &[
        ("nextTick", next_tick, 3),
        ("queueMicrotask", queue_microtask, 1),
        ("timerInsert", timer_insert, 3),
        ("timerUnenroll", timer_unenroll, 1),
        ("timerRef", timer_ref, 2),
        ("timerRefresh", timer_refresh, 1),
        ("immediateInsert", immediate_insert, 2),
        ("immediateClear", immediate_clear, 1),
        ("immediateRef", immediate_ref, 2),
        ("newAsyncId", new_async_id, 0),
        ("stdioOpened", stdio_opened, 1),
        ("chargeRequire", charge_require, 1),
        ("consoleWrote", console_wrote, 1),
        ("activeResourcesInfo", active_resources_info, 0),
        ("reserveFd", reserve_fd, 0),
        ("triggerAsyncId", trigger_async_id, 0),
        ("write", write, 2),
        ("reallyExit", really_exit, 1),
        ("hrtimeNs", hrtime_ns, 0),
        ("nowMs", now_ms, 0),
        ("loopStartMs", loop_start_ms, 0),
        ("loopIteration", loop_iteration, 0),
        ("isFile", is_file, 1),
        ("readFile", read_file, 1),
        ("compileCommonJs", compile_common_js, 2),
        ("setStackHeader", set_stack_header, 2),
        ("setThrowSite", set_throw_site, 2),
        ("isProxy", is_proxy, 1),
        ("asBuiltin", crate::fn_source::as_builtin, 1),
        ("loadBuiltinModule", crate::builtin_modules::load_native, 1),
        ("collectionKind", collection_kind, 1),
        ("boxedPrimitive", boxed_primitive, 1),
        (
            "mapConstructorName",
            crate::map_constructor::map_constructor_name,
            1,
        ),
        ("stackFrames", stack_frames, 0),
        ("noteEmitters", note_emitters, 1),
        ("prependStackFrames", prepend_stack_frames, 2),
        ("inspect", crate::capture::inspect_native, 2),
        ("format", crate::capture::format_native, 1),
        ("fixError", crate::v8_messages::fix_native, 1),
        ("renderTable", crate::capture::render_table_native, 2),
        (
            "previewEntries",
            crate::engine_slots::preview_entries_native,
            1,
        ),
        ("isEsModule", crate::esm_interop::is_es_module, 2),
        ("requireEsModule", crate::esm_interop::require_es_module, 2),
        ("esmEntryFailed", crate::runtime::esm_entry_failed, 1),
    ];
    let _ = host;
    let env_object = {
        let mut init = ObjectInitializer::new(context);
        for (k, v) in env {
            init.property(
                JsString::from(k.as_str()),
                JsString::from(v.as_str()),
                Attribute::all(),
            );
        }
        init.build()
    };
    let mut init = natives_initializer(context, natives);
    init.property(js_string!("env"), env_object, Attribute::all());
    init.property(js_string!("cwd"), JsString::from(cwd), Attribute::all());
    init.build()
}
