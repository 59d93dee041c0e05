//! The browser's event loop, for the playground's Node-versus-browser switch: HTML's model of
//! one window (a task queue, the microtask queue, a microtask checkpoint after every task), on
//! its own small Boa context with the browser's globals (`src/js/browser_prelude.js`) and none
//! of Node's (`process`, `setImmediate`, `require` are not defined there).
//!
//! What it reproduces, from the HTML standard (8.1.7 event loops, 8.6 timers):
//! - The classic script is one task; after it, and after every task, "perform a microtask
//!   checkpoint": the whole microtask queue, including microtasks queued meanwhile.
//! - There are no phases, no `nextTick` queue and no check queue: the only tasks here are
//!   timers, run one per event-loop turn, earliest due first, ties in the order they were set
//!   (the timer initialization steps wait for earlier timers with a shorter or equal timeout).
//! - `setTimeout(f, 0)` waits 0 ms (Node clamps every delay to at least 1 ms), but once timers
//!   are nested more than 5 deep, a timeout below 4 ms becomes 4 ms. Intervals re-run the
//!   timer initialization steps after each run, so they nest (and clamp) the same way.
//! - An exception no one caught is reported ("Uncaught Error: ...") and the page goes on with
//!   its next task; a rejection left unhandled after a checkpoint is reported as
//!   "Uncaught (in promise) ..." and, again, nothing stops.
//!
//! The run is deterministic (a virtual clock, as the Node model's) and reports a `RunReport`:
//! the script's lines are tagged `main`, timer tasks `timers`, microtasks `microtask`.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use boa_engine::builtins::promise::{OperationType, PromiseState};
use boa_engine::context::time::{Clock, JsInstant};
use boa_engine::context::{ContextBuilder, HostHooks};
use boa_engine::job::{Job, JobExecutor, NativeAsyncJob, PromiseJob};
use boa_engine::object::builtins::{JsFunction, JsPromise};
use boa_engine::{Context, JsError, JsObject, JsResult, JsValue, Module, Source, js_string};

use crate::limits::Limits;
use crate::native_args::arg;
use crate::report::{CallbackInfo, Ending, OutputLine, Queue, RunReport, Stream, TraceEvent};

const PRELUDE: &str = include_str!("js/browser_prelude.js");
/// HTML: "If nesting level is greater than 5, and timeout is less than 4, then set timeout
/// to 4."
const MAX_UNCLAMPED_NESTING: u32 = 5;
const CLAMPED_TIMEOUT_MS: u64 = 4;
/// Virtual time one task or microtask costs, as in the Node model (`clock::CALLBACK_COST_US`).
const TASK_COST_US: u64 = 10;
/// `Date.now()` at the start of a run, as in the Node model.
const EPOCH_MS: i64 = crate::clock::EPOCH_MS;

/// How the snippet is loaded: a classic `<script>` or a `<script type="module">`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScriptKind {
    Classic,
    Module,
}

/// One armed timer (an entry of the window's map of active timers).
struct Timer {
    id: u32,
    callback: JsFunction,
    args: Vec<JsValue>,
    timeout_ms: u64,
    repeat: bool,
    /// The task's "timer nesting level".
    nesting: u32,
    due_us: u64,
    /// Order of arming: ties between equal due times go to the earlier.
    seq: u64,
    /// The report's callback id of the next run.
    report_id: u32,
}

enum Microtask {
    Promise(u32, PromiseJob),
    Callback(u32, JsFunction),
}

/// What is running now: the report's tags for anything it prints.
#[derive(Clone, Copy)]
struct Running {
    callback: u32,
    queue: Queue,
    /// The timer nesting level of the running task (0 outside timer tasks).
    nesting: u32,
}

#[derive(Default)]
struct Loop {
    now_us: u64,
    timers: Vec<Timer>,
    microtasks: VecDeque<Microtask>,
    async_jobs: VecDeque<NativeAsyncJob>,
    unhandled: Vec<JsObject>,
    next_timer_id: u32,
    next_seq: u64,
    next_callback: u32,
    output: Vec<OutputLine>,
    callbacks: Vec<CallbackInfo>,
    events: Vec<TraceEvent>,
    callbacks_run: u64,
    stop: Option<String>,
    /// The id of the running timer, once its own callback cleared it: an interval that
    /// cleared itself is not re-armed ("if id does not exist in the map of active timers").
    cleared_running: Option<u32>,
}

/// The state of one run, shared by the loop, the natives and Boa's hooks.
struct Window {
    state: RefCell<Loop>,
    running: std::cell::Cell<Running>,
    limits: Limits,
}

struct WindowRef(Rc<Window>);

impl Window {
    fn of(context: &Context) -> Rc<Window> {
        match context.get_data::<WindowRef>() {
            Some(w) => w.0.clone(),
            None => unreachable!("the browser model's context is built with its window"),
        }
    }

    fn register(&self, queue: Queue, api: &str, name: String, delay: Option<u64>) -> u32 {
        let mut state = self.state.borrow_mut();
        state.next_callback += 1;
        let id = state.next_callback;
        state.callbacks.push(CallbackInfo {
            id,
            queue,
            api: api.to_string(),
            name,
            scheduled_at: None,
            scheduled_by: self.running.get().callback,
            delay,
        });
        state.events.push(TraceEvent::Enqueued { callback: id });
        id
    }

    fn write(&self, stream: Stream, text: String) {
        let running = self.running.get();
        let mut state = self.state.borrow_mut();
        let time = state.now_us as f64 / 1000.0;
        let line = state.output.len();
        state.output.push(OutputLine {
            lane: 0,
            stream,
            text,
            callback: running.callback,
            queue: running.queue,
            iteration: 0,
            time,
            printed_at: None,
        });
        state.events.push(TraceEvent::Output { line });
    }
}

/// Boa's job executor: promise jobs go to the window's microtask queue.
struct Executor;

impl JobExecutor for Executor {
    fn enqueue_job(self: Rc<Self>, job: Job, context: &mut Context) {
        let window = Window::of(context);
        match job {
            Job::PromiseJob(job) => {
                let id = window.register(
                    Queue::Microtask,
                    "promise",
                    "(promise reaction)".into(),
                    None,
                );
                window
                    .state
                    .borrow_mut()
                    .microtasks
                    .push_back(Microtask::Promise(id, job));
            }
            Job::AsyncJob(job) => window.state.borrow_mut().async_jobs.push_back(job),
            // Boa's own timers and GC cleanups are not part of the model.
            _ => {}
        }
    }

    fn run_jobs(self: Rc<Self>, context: &mut Context) -> JsResult<()> {
        run_async_jobs(context);
        Ok(())
    }
}

/// Module loading goes through Boa's async jobs; nothing here ever waits on I/O.
fn run_async_jobs(context: &mut Context) {
    let window = Window::of(context);
    loop {
        let job = window.state.borrow_mut().async_jobs.pop_front();
        let Some(job) = job else { break };
        let cell = RefCell::new(&mut *context);
        let _ = futures_lite::future::block_on(job.call(&cell));
    }
}

struct Hooks(Rc<Window>);

impl HostHooks for Hooks {
    /// HTML's "notify about rejected promises" reads this list after each checkpoint.
    fn promise_rejection_tracker(
        &self,
        promise: &JsObject<boa_engine::builtins::promise::Promise>,
        operation: OperationType,
        _: &mut Context,
    ) {
        let promise: JsObject = promise.clone().upcast();
        let mut state = self.0.state.borrow_mut();
        match operation {
            OperationType::Reject => state.unhandled.push(promise),
            OperationType::Handle => state.unhandled.retain(|p| !JsObject::equals(p, &promise)),
        }
    }

    fn local_timezone_offset_seconds(&self, _: i64) -> i32 {
        0
    }
}

struct WindowClock(Rc<Window>);

impl Clock for WindowClock {
    fn now(&self) -> JsInstant {
        let us = self.0.state.borrow().now_us;
        JsInstant::new(us / 1_000_000, ((us % 1_000_000) * 1000) as u32)
    }

    fn system_time_millis(&self) -> i64 {
        EPOCH_MS + (self.0.state.borrow().now_us / 1000) as i64
    }
}

// ------------------------------------------------------------------------------ natives

fn write(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let window = Window::of(context);
    let stream = if arg(args, 0).as_number() == Some(2.0) {
        Stream::Stderr
    } else {
        Stream::Stdout
    };
    let text = arg(args, 1).to_string(context)?.to_std_string_escaped();
    window.write(stream, text);
    Ok(JsValue::undefined())
}

/// HTML's timer initialization steps (without `previousId`: a fresh timer).
fn add_timer(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let window = Window::of(context);
    let Some(callback) = arg(args, 0).as_object().and_then(JsFunction::from_object) else {
        return Ok(JsValue::undefined());
    };
    let timeout = arg(args, 1).as_number().unwrap_or(0.0);
    let timeout_ms = if timeout.is_finite() && timeout > 0.0 {
        timeout.min(i32::MAX as f64) as u64
    } else {
        0
    };
    let extra = match arg(args, 2).as_object() {
        Some(list) => {
            let len = list
                .get(js_string!("length"), context)?
                .to_length(context)?;
            (0..len)
                .map(|i| list.get(i, context))
                .collect::<JsResult<Vec<_>>>()?
        }
        None => Vec::new(),
    };
    let repeat = arg(args, 3).to_boolean();
    let name = match callback.get(js_string!("name"), context)?.as_string() {
        Some(s) if !s.is_empty() => s.to_std_string_escaped(),
        _ => "(anonymous)".into(),
    };
    let id = {
        let mut state = window.state.borrow_mut();
        state.next_timer_id += 1;
        state.next_timer_id
    };
    let api = if repeat { "setInterval" } else { "setTimeout" };
    arm(&window, id, callback, extra, timeout_ms, repeat, api, name);
    Ok(id.into())
}

/// Put a timer in the map: its nesting level from the running task, the 4 ms clamp, its due
/// time. Shared by `setTimeout`/`setInterval` and an interval's re-arming.
#[allow(clippy::too_many_arguments)]
fn arm(
    window: &Window,
    id: u32,
    callback: JsFunction,
    args: Vec<JsValue>,
    timeout_ms: u64,
    repeat: bool,
    api: &str,
    name: String,
) {
    let running = window.running.get();
    // "If the surrounding agent's event loop's currently running task is a task that was
    // created by this algorithm, then let nesting level be the task's timer nesting level."
    let nesting = if running.queue == Queue::Timers {
        running.nesting
    } else {
        0
    };
    let delay = if nesting > MAX_UNCLAMPED_NESTING && timeout_ms < CLAMPED_TIMEOUT_MS {
        CLAMPED_TIMEOUT_MS
    } else {
        timeout_ms
    };
    let report_id = window.register(Queue::Timers, api, name, Some(delay));
    let mut state = window.state.borrow_mut();
    state.next_seq += 1;
    let seq = state.next_seq;
    let due_us = state.now_us.saturating_add(delay.saturating_mul(1000));
    state.timers.push(Timer {
        id,
        callback,
        args,
        timeout_ms,
        repeat,
        nesting: nesting + 1,
        due_us,
        seq,
        report_id,
    });
}

fn clear_timer(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let window = Window::of(context);
    let id = arg(args, 0).as_number().unwrap_or(0.0);
    let mut state = window.state.borrow_mut();
    let mut cancelled = Vec::new();
    state.timers.retain(|t| {
        let keep = f64::from(t.id) != id;
        if !keep {
            cancelled.push(t.report_id);
        }
        keep
    });
    for callback in cancelled {
        state.events.push(TraceEvent::Cancelled { callback });
    }
    // The running timer is out of the list while it runs: remember that it was cleared.
    if window.running.get().queue == Queue::Timers && id >= 1.0 && id <= f64::from(u32::MAX) {
        state.cleared_running = Some(id as u32);
    }
    Ok(JsValue::undefined())
}

fn queue_microtask(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let window = Window::of(context);
    if let Some(callback) = arg(args, 0).as_object().and_then(JsFunction::from_object) {
        let id = window.register(
            Queue::Microtask,
            "queueMicrotask",
            "(microtask)".into(),
            None,
        );
        window
            .state
            .borrow_mut()
            .microtasks
            .push_back(Microtask::Callback(id, callback));
    }
    Ok(JsValue::undefined())
}

fn now(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let window = Window::of(context);
    let mut state = window.state.borrow_mut();
    state.now_us += 1;
    Ok((state.now_us as f64 / 1000.0).into())
}

// ------------------------------------------------------------------------------ the loop

/// Why the run must stop now (a budget), as the Node model words it.
fn over_budget(window: &Window) -> Option<String> {
    let mut state = window.state.borrow_mut();
    if state.stop.is_some() {
        return state.stop.clone();
    }
    state.callbacks_run += 1;
    if state.callbacks_run > window.limits.callbacks {
        state.stop = Some(format!(
            "the program ran more than {} callbacks; it may never finish (a microtask or timer loop?)",
            window.limits.callbacks
        ));
    } else if state.now_us / 1000 > window.limits.virtual_time_ms {
        state.stop = Some(format!(
            "the program kept the page busy for more than {} ms of virtual time (a timer that never stops?)",
            window.limits.virtual_time_ms
        ));
    }
    state.stop.clone()
}

/// Run one task or microtask with its tags; an exception is reported and the page goes on.
fn invoke(
    context: &mut Context,
    window: &Window,
    running: Running,
    call: impl FnOnce(&mut Context) -> JsResult<JsValue>,
) -> Result<(), String> {
    if let Some(stop) = over_budget(window) {
        return Err(stop);
    }
    {
        let mut state = window.state.borrow_mut();
        state.now_us += TASK_COST_US;
        state.events.push(TraceEvent::Started {
            callback: running.callback,
        });
    }
    let previous = window.running.replace(running);
    let result = call(context);
    window.running.set(previous);
    window.state.borrow_mut().events.push(TraceEvent::Finished {
        callback: running.callback,
        threw: result.is_err(),
    });
    match result {
        Ok(_) => Ok(()),
        Err(error) => report_uncaught(context, window, error, ""),
    }
}

/// "Report the exception": the console's `Uncaught ...` line. Engine limits stop the run.
fn report_uncaught(
    context: &mut Context,
    window: &Window,
    error: JsError,
    kind: &str,
) -> Result<(), String> {
    use boa_engine::error::{EngineError, RuntimeLimitError};
    let value = match error.as_engine() {
        Some(EngineError::RuntimeLimit(RuntimeLimitError::LoopIteration)) => {
            let stop = format!(
                "a loop ran more than {} iterations without finishing (an infinite loop?)",
                window.limits.loop_iterations
            );
            window.state.borrow_mut().stop = Some(stop.clone());
            return Err(stop);
        }
        Some(_) => {
            window.write(
                Stream::Stderr,
                "Uncaught RangeError: Maximum call stack size exceeded\n".into(),
            );
            return Ok(());
        }
        None => error.into_opaque(context).unwrap_or_default(),
    };
    report_value(context, window, &value, kind);
    Ok(())
}

fn report_value(context: &mut Context, window: &Window, value: &JsValue, kind: &str) {
    let described = describe(context, value);
    window.write(Stream::Stderr, format!("Uncaught {kind}{described}\n"));
}

fn describe(context: &mut Context, value: &JsValue) -> String {
    let hooks = context.get_data::<PreludeHooks>().map(|h| h.0.clone());
    let described = hooks.and_then(|hooks| {
        let f = hooks.get(js_string!("describe"), context).ok()?;
        let text = f
            .as_callable()?
            .call(&hooks.into(), std::slice::from_ref(value), context)
            .ok()?;
        Some(text.to_string(context).ok()?.to_std_string_escaped())
    });
    described.unwrap_or_else(|| "(an exception)".into())
}

struct PreludeHooks(JsObject);

/// HTML's "perform a microtask checkpoint", then "notify about rejected promises".
fn checkpoint(context: &mut Context, window: &Window) -> Result<(), String> {
    loop {
        let job = window.state.borrow_mut().microtasks.pop_front();
        let Some(job) = job else {
            if window.state.borrow().async_jobs.is_empty() {
                break;
            }
            run_async_jobs(context);
            continue;
        };
        let id = match &job {
            Microtask::Promise(id, _) | Microtask::Callback(id, _) => *id,
        };
        let running = Running {
            callback: id,
            queue: Queue::Microtask,
            nesting: 0,
        };
        invoke(context, window, running, |ctx| match job {
            Microtask::Promise(_, job) => job.call(ctx),
            Microtask::Callback(_, callback) => callback.call(&JsValue::undefined(), &[], ctx),
        })?;
    }
    let rejected = std::mem::take(&mut window.state.borrow_mut().unhandled);
    for promise in rejected {
        if let Ok(p) = JsPromise::from_object(promise)
            && let PromiseState::Rejected(reason) = p.state()
        {
            report_value(context, window, &reason, "(in promise) ");
        }
    }
    Ok(())
}

/// The next timer task: earliest due, then earliest armed.
fn next_timer(window: &Window) -> Option<Timer> {
    let mut state = window.state.borrow_mut();
    let index = state
        .timers
        .iter()
        .enumerate()
        .min_by_key(|(_, t)| (t.due_us, t.seq))
        .map(|(i, _)| i)?;
    let timer = state.timers.remove(index);
    if timer.due_us > state.now_us {
        state.now_us = timer.due_us;
        let to = state.now_us as f64 / 1000.0;
        state.events.push(TraceEvent::ClockAdvanced { to });
    }
    Some(timer)
}

fn run_script(
    context: &mut Context,
    window: &Window,
    code: &str,
    kind: ScriptKind,
) -> Result<(), String> {
    let running = Running {
        callback: 0,
        queue: Queue::Main,
        nesting: 0,
    };
    let path = std::path::Path::new("/index.html");
    match kind {
        ScriptKind::Classic => invoke(context, window, running, |ctx| {
            ctx.eval(Source::from_bytes(code.as_bytes()).with_path(path))
        }),
        ScriptKind::Module => invoke(context, window, running, |ctx| {
            let module = Module::parse(
                Source::from_bytes(code.as_bytes()).with_path(path),
                None,
                ctx,
            )?;
            let promise = module.load_link_evaluate(ctx);
            run_async_jobs(ctx);
            // A module's top-level error rejects its evaluation promise; report it as thrown.
            if let PromiseState::Rejected(reason) = promise.state() {
                return Err(JsError::from_opaque(reason));
            }
            Ok(JsValue::undefined())
        }),
    }
}

fn event_loop(
    context: &mut Context,
    window: &Window,
    code: &str,
    kind: ScriptKind,
) -> Result<(), String> {
    run_script(context, window, code, kind)?;
    checkpoint(context, window)?;
    while let Some(timer) = next_timer(window) {
        let running = Running {
            callback: timer.report_id,
            queue: Queue::Timers,
            nesting: timer.nesting,
        };
        window.state.borrow_mut().cleared_running = None;
        let callback = timer.callback.clone();
        let args = timer.args.clone();
        invoke(context, window, running, |ctx| {
            callback.call(&JsValue::undefined(), &args, ctx)
        })?;
        let cleared = window.state.borrow_mut().cleared_running.take() == Some(timer.id);
        if timer.repeat && !cleared {
            // The timer initialization steps again, with previousId and repeat, from inside
            // this task: the nesting level grows by one each time.
            let previous = window.running.replace(running);
            let api = "setInterval";
            let name = window
                .state
                .borrow()
                .callbacks
                .iter()
                .find(|c| c.id == timer.report_id)
                .map_or_else(|| "(anonymous)".into(), |c| c.name.clone());
            arm(
                window,
                timer.id,
                timer.callback,
                timer.args,
                timer.timeout_ms,
                true,
                api,
                name,
            );
            window.running.set(previous);
        }
        checkpoint(context, window)?;
    }
    Ok(())
}

fn build(window: &Rc<Window>) -> JsResult<Context> {
    crate::gc_headroom::ensure();
    let mut context = ContextBuilder::new()
        .job_executor(Rc::new(Executor))
        .host_hooks(Rc::new(Hooks(window.clone())))
        .clock(Rc::new(WindowClock(window.clone())))
        .build()?;
    context
        .runtime_limits_mut()
        .set_loop_iteration_limit(window.limits.loop_iterations);
    context
        .runtime_limits_mut()
        .set_recursion_limit(window.limits.call_depth);
    context.runtime_limits_mut().set_stack_size_limit(1 << 24);
    context.insert_data(WindowRef(window.clone()));
    let natives: &[(&str, crate::bindings::NativeFn, usize)] = &[
        ("write", write, 2),
        ("addTimer", add_timer, 4),
        ("clearTimer", clear_timer, 1),
        ("queueMicrotask", queue_microtask, 1),
        ("now", now, 0),
    ];
    let native = crate::bindings::natives_initializer(&mut context, natives).build();
    let wrapped = format!("(function (native, global) {{\n{PRELUDE}\n}})");
    let source = Source::from_bytes(wrapped.as_bytes())
        .with_path(std::path::Path::new("browser:internal/prelude"));
    let factory = context.eval(source)?;
    let global = context.global_object();
    let hooks = factory
        .as_callable()
        .ok_or_else(|| boa_engine::JsNativeError::typ().with_message("prelude is not a function"))?
        .call(
            &JsValue::undefined(),
            &[native.into(), global.into()],
            &mut context,
        )?;
    if let Some(hooks) = hooks.as_object() {
        context.insert_data(PreludeHooks(hooks.clone()));
    }
    Ok(context)
}

/// Run `code` as a browser page would (a classic script or a module), to the end of its
/// event loop's work.
pub fn run(code: &str, kind: ScriptKind, limits: Limits) -> RunReport {
    let window = Rc::new(Window {
        state: RefCell::new(Loop::default()),
        running: std::cell::Cell::new(Running {
            callback: 0,
            queue: Queue::Main,
            nesting: 0,
        }),
        limits,
    });
    let ending = match build(&window) {
        Ok(mut context) => match event_loop(&mut context, &window, code, kind) {
            Ok(()) => Ending::Exited { code: 0 },
            Err(message) => {
                window.write(
                    Stream::Stderr,
                    format!("\nlooplab: stopped: {message}. The output so far is kept.\n"),
                );
                Ending::LimitExceeded { message, code: 124 }
            }
        },
        Err(e) => {
            window.write(
                Stream::Stderr,
                format!("looplab: could not start the browser model: {e}\n"),
            );
            Ending::Exited { code: 70 }
        }
    };
    let mut state = std::mem::take(&mut *window.state.borrow_mut());
    // Armed timers hold functions of the context; drop them before it goes.
    state.timers.clear();
    state.microtasks.clear();
    let exit_code = match &ending {
        Ending::Exited { code } | Ending::LimitExceeded { code, .. } => *code,
        Ending::Stopped => 130,
    };
    RunReport {
        output: state.output,
        callbacks: state.callbacks,
        events: state.events,
        ending,
        exit_code,
        race: false,
        alternatives: Vec::new(),
        callbacks_run: state.callbacks_run,
        schedules: Vec::new(),
        lanes: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    //! Expected outputs here cannot come from `node`: each test derives its expectation from
    //! a rule of the HTML standard, named in the test. (The browser tests also run the classic
    //! timeout-versus-promise snippet in Chromium's own realm and compare.)
    use super::*;

    fn run_classic(code: &str) -> RunReport {
        run(code, ScriptKind::Classic, Limits::default())
    }

    fn stdout(report: &RunReport) -> String {
        report.text(Stream::Stdout)
    }

    #[test]
    fn a_microtask_checkpoint_follows_the_script_and_every_task() {
        // 8.1.7.3 processing model: run one task, then perform a microtask checkpoint.
        let report = run_classic(
            "setTimeout(() => { console.log('t1'); Promise.resolve().then(() => console.log('p1')); }, 0);\n\
             setTimeout(() => console.log('t2'), 0);\n\
             Promise.resolve().then(() => console.log('p0'));\n\
             console.log('script');",
        );
        assert_eq!(stdout(&report), "script\np0\nt1\np1\nt2\n");
        let queues: Vec<Queue> = report.output.iter().map(|o| o.queue).collect();
        assert_eq!(
            queues,
            [
                Queue::Main,
                Queue::Microtask,
                Queue::Timers,
                Queue::Microtask,
                Queue::Timers
            ]
        );
    }

    #[test]
    fn node_only_globals_are_not_defined() {
        // A browser window has no `process`, `setImmediate` or `require`: using one throws a
        // ReferenceError, reported as uncaught; the script stops, its timers still run.
        for name in [
            "process.nextTick(() => {})",
            "setImmediate(() => {})",
            "require('fs')",
        ] {
            let code = format!(
                "setTimeout(() => console.log('timer'), 0);\n{name};\nconsole.log('after');"
            );
            let report = run_classic(&code);
            let global = name.split(['.', '(']).next().unwrap();
            assert_eq!(
                report.text(Stream::Stderr),
                format!("Uncaught ReferenceError: {global} is not defined\n")
            );
            assert_eq!(stdout(&report), "timer\n", "{name}");
            assert_eq!(report.exit_code, 0);
        }
    }

    #[test]
    fn timers_nested_more_than_five_deep_are_clamped_to_4_ms() {
        // 8.6 timer initialization steps: "If nesting level is greater than 5, and timeout is
        // less than 4, then set timeout to 4." The script's timer has nesting level 0.
        let report = run_classic(
            "let n = 0;\nfunction tick() { if (++n < 9) setTimeout(tick, 0); }\nsetTimeout(tick, 0);",
        );
        let delays: Vec<u64> = report.callbacks.iter().filter_map(|c| c.delay).collect();
        assert_eq!(delays, [0, 0, 0, 0, 0, 0, 4, 4, 4]);
        // The 4 ms are waited: the last of the nine timers runs 3 x 4 ms after the first.
        let times: Vec<f64> = report
            .events
            .iter()
            .filter_map(|e| match e {
                TraceEvent::ClockAdvanced { to } => Some(*to),
                _ => None,
            })
            .collect();
        assert_eq!(times.len(), 3);
        assert!(times[2] - times[0] >= 8.0, "{times:?}");
    }

    #[test]
    fn a_timeout_of_zero_is_not_raised_to_one_millisecond() {
        // HTML keeps a 0 ms timeout (Node's timers raise every delay below 1 to 1): a 1 ms
        // timer set first still runs after a 0 ms timer set second.
        let report = run_classic(
            "setTimeout(() => console.log('one'), 1);\nsetTimeout(() => console.log('zero'), 0);",
        );
        assert_eq!(stdout(&report), "zero\none\n");
    }

    #[test]
    fn equal_timeouts_run_in_the_order_they_were_set() {
        // The timer initialization steps wait for earlier timers whose timeout is equal or
        // less, so same-delay timers keep their order.
        let report = run_classic(
            "for (let i = 0; i < 5; i++) setTimeout(() => console.log(i), 10);\nsetTimeout(() => console.log('early'), 5);",
        );
        assert_eq!(stdout(&report), "early\n0\n1\n2\n3\n4\n");
    }

    #[test]
    fn an_uncaught_exception_does_not_stop_the_page() {
        // "Report the exception" and go on with the next task: unlike Node, nothing exits.
        let report = run_classic(
            "setTimeout(() => { throw new Error('boom'); }, 0);\nsetTimeout(() => console.log('still here'), 1);\nPromise.reject(new TypeError('nope'));",
        );
        assert_eq!(stdout(&report), "still here\n");
        assert_eq!(
            report.text(Stream::Stderr),
            "Uncaught (in promise) TypeError: nope\nUncaught Error: boom\n"
        );
        assert_eq!(report.exit_code, 0);
    }

    #[test]
    fn intervals_repeat_until_cleared_even_from_their_own_callback() {
        // The interval re-runs the timer initialization steps after each run, unless its id
        // left the map of active timers (clearInterval from inside the callback).
        let report = run_classic(
            "let n = 0;\nconst id = setInterval(() => { console.log('tick', ++n); if (n === 3) clearInterval(id); }, 10);",
        );
        assert_eq!(stdout(&report), "tick 1\ntick 2\ntick 3\n");
    }

    #[test]
    fn queue_microtask_and_await_are_microtasks() {
        let report = run_classic(
            "setTimeout(() => console.log('timeout'), 0);\n(async () => { console.log('a'); await null; console.log('b'); })();\nqueueMicrotask(() => console.log('qm'));\nconsole.log('end');",
        );
        assert_eq!(stdout(&report), "a\nend\nb\nqm\ntimeout\n");
    }

    #[test]
    fn a_module_script_runs_with_top_level_await() {
        let report = run(
            "console.log('start');\nawait new Promise((r) => setTimeout(r, 5));\nconsole.log('after the timer');",
            ScriptKind::Module,
            Limits::default(),
        );
        assert_eq!(stdout(&report), "start\nafter the timer\n");
    }

    #[test]
    fn runaway_programs_stop_with_the_output_so_far() {
        let limits = Limits {
            callbacks: 1000,
            ..Limits::default()
        };
        let report = run(
            "console.log('before');\nfunction again() { queueMicrotask(again); }\nagain();",
            ScriptKind::Classic,
            limits,
        );
        assert_eq!(stdout(&report), "before\n");
        assert!(matches!(report.ending, Ending::LimitExceeded { .. }));
        let loop_limits = Limits {
            loop_iterations: 10_000,
            ..Limits::default()
        };
        let report = run("while (true) {}", ScriptKind::Classic, loop_limits);
        assert!(matches!(report.ending, Ending::LimitExceeded { .. }));
    }
}
