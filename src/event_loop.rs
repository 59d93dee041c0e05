//! The event loop: Node 20's `SpinEventLoop` around libuv 1.46's `uv_run`, with Node's
//! `processTicksAndRejections` after every callback. `Stepper` is the loop, cut where poll blocks; each
//! phase has a banner, and every ordering decision that is not the obvious one says why.

use boa_engine::{Context, JsError, JsNativeError, JsObject, JsValue, js_string};

use crate::clock::CALLBACK_COST_US;
use crate::drain_site::{DrainJob, DrainSite, Drainer};
use crate::fatal;
use crate::host::{Abort, Host, Microtask, Running};
use crate::report::{Phase, Queue, TraceEvent};
use crate::runtime::call_hook;

/// Unwinding: the run must stop (`process.exit`, a fatal error, a budget).
pub type Flow<T = ()> = Result<T, Abort>;

/// What happened to a callback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Returned,
    /// It threw, and `process.on('uncaughtException')` handled it. Node then skips the
    /// tick/microtask drain that would have followed (`InternalCallbackScope` was left early).
    Threw,
}

/// Run one callback: budgets, the running tag, the trace, and what an exception does.
pub fn invoke(
    context: &mut Context,
    host: &Host,
    running: Running,
    async_id: u32,
    call: impl FnOnce(&mut Context) -> boa_engine::JsResult<JsValue>,
) -> Flow<Outcome> {
    check_budgets(host)?;
    host.clock.advance_us(CALLBACK_COST_US);
    let previous = host.running.replace(running);
    let previous_async = host.async_ctx.enter(async_id);
    host.state.borrow_mut().stack.push(running.callback);
    host.event(TraceEvent::Started {
        callback: running.callback,
    });
    let hooked = async_id > 1 && host.async_ctx.hooks_enabled();
    let mut result = Ok(JsValue::undefined());
    if hooked {
        result = crate::async_context::emit(context, "before", async_id);
    }
    if result.is_ok() {
        result = call(context);
    }
    if hooked && result.is_ok() {
        result = crate::async_context::emit(context, "after", async_id);
    }
    let result = result.map_err(|error| stack_while_running(context, error));
    let failed_in = crate::stack::loop_context_now(host);
    host.running.set(previous);
    host.async_ctx.leave(previous_async);
    host.state.borrow_mut().stack.pop();
    host.event(TraceEvent::Finished {
        callback: running.callback,
        threw: result.is_err(),
    });
    match result {
        Ok(_) => Ok(Outcome::Returned),
        Err(error) => {
            // V8 reports a throw escaping its microtask queue (a `queueMicrotask` callback)
            // from the exception alone: the arrow is where the error was made, not the `throw`.
            let arrow_of: fn(&mut Context, &Host, &JsError) -> Option<String> =
                if running.queue == Queue::Microtask {
                    fatal::microtask_arrow
                } else {
                    |context, host, error| fatal::arrow_for(context, host, error, false)
                };
            report_exception_with(context, host, error, false, Some(failed_in), arrow_of)?;
            Ok(Outcome::Threw)
        }
    }
}

/// V8 captures an error's frames, with the receivers the loop called them on
/// (`Timeout._onTimeout`), when the error is made; looplab formats them at the first read of
/// `stack`. So an error escaping a callback has its `stack` read (in V8's words) before the
/// loop's running callback changes.
/// (An error Boa made is not an object yet, and making it one here would lose the trace the
/// fatal report reads.)
fn stack_while_running(context: &mut Context, error: JsError) -> JsError {
    if let Some(object) = error.as_opaque().and_then(JsValue::as_object) {
        let _ = crate::v8_messages::surfaced(&object.clone().into(), context);
        let host = Host::of(context);
        host.callback_escaping.set(true);
        let _ = object.get(js_string!("stack"), context);
        host.callback_escaping.set(false);
    }
    error
}

/// Whether one more callback may run: not when the run is unwinding or the callback budget is
/// spent. The loops ask before they take a callback out of its queue, so that a run stopped
/// by `process.exit` or a budget leaves it there, as Node would (and as the trace shows it).
pub fn ensure_can_run(host: &Host) -> Flow {
    let mut state = host.state.borrow_mut();
    if let Some(abort) = &state.abort {
        return Err(abort.clone());
    }
    if state.callbacks_run >= host.limits.callbacks {
        let abort = Abort::Limit(format!(
            "the program ran more than {} callbacks; it may never finish (a nextTick, promise or immediate loop?)",
            host.limits.callbacks
        ));
        state.abort = Some(abort.clone());
        return Err(abort);
    }
    Ok(())
}

fn check_budgets(host: &Host) -> Flow {
    ensure_can_run(host)?;
    host.state.borrow_mut().callbacks_run += 1;
    Ok(())
}

/// An exception escaped a callback: Node's `triggerUncaughtException`, or an abort unwinding.
pub fn report_exception(
    context: &mut Context,
    host: &Host,
    error: JsError,
    from_promise: bool,
) -> Flow {
    report_exception_with(
        context,
        host,
        error,
        from_promise,
        None,
        |context, host, error| fatal::arrow_for(context, host, error, from_promise),
    )
}

/// `report_exception` with the arrow found by `arrow_of`; an error the engine raised in a
/// callback that has returned since takes its frames from `failed_in`, the loop it ran in.
fn report_exception_with(
    context: &mut Context,
    host: &Host,
    error: JsError,
    from_promise: bool,
    failed_in: Option<crate::drain_site::LoopContext>,
    arrow_of: impl FnOnce(&mut Context, &Host, &JsError) -> Option<String>,
) -> Flow {
    if let Some(abort) = host.state.borrow().abort.clone() {
        return Err(abort);
    }
    let error = match error.as_engine() {
        Some(boa_engine::error::EngineError::RuntimeLimit(
            boa_engine::error::RuntimeLimitError::LoopIteration,
        )) => {
            let abort = Abort::Limit(format!(
                "a loop ran more than {} iterations without finishing (an infinite loop?)",
                host.limits.loop_iterations
            ));
            host.request_abort(abort.clone());
            return Err(abort);
        }
        // Boa's recursion limit cannot be caught by scripts; it ends the program the way V8's
        // stack overflow ends one that does not catch it.
        Some(_) => {
            let error = JsNativeError::range()
                .with_message("Maximum call stack size exceeded")
                .into_opaque(context);
            JsError::from_opaque(error.into())
        }
        None => error,
    };
    let arrow = arrow_of(context, host, &error);
    let value = error.into_opaque(context).unwrap_or_default();
    if let Some(made_in) = failed_in {
        let _ = crate::own_stack::adopt_made_in(&value, made_in, context);
    }
    trigger_uncaught(context, host, value, arrow, from_promise)
}

/// Node's `process._fatalException`: `'uncaughtException'` listeners, or print and exit.
pub fn trigger_uncaught(
    context: &mut Context,
    host: &Host,
    value: JsValue,
    arrow: Option<String>,
    from_promise: bool,
) -> Flow {
    // Listeners and the fatal report see engine errors in V8's words.
    let _ = crate::v8_messages::surfaced(&value, context);
    let origin = if from_promise {
        "unhandledRejection"
    } else {
        "uncaughtException"
    };
    // `createOnGlobalUncaughtException`: the monitor sees the error first, whatever follows.
    if let Err(e) = call_hook(
        context,
        "emitProcess",
        &[
            js_string!("uncaughtExceptionMonitor").into(),
            value.clone(),
            js_string!(origin).into(),
        ],
    ) {
        if let Some(abort) = host.state.borrow().abort.clone() {
            return Err(abort);
        }
        let arrow = fatal::arrow_for(context, host, &e, false);
        let value = e.into_opaque(context).unwrap_or_default();
        fatal::print(context, host, &value, arrow);
        let abort = Abort::Exit(7);
        host.request_abort(abort.clone());
        return Err(abort);
    }
    let emitted = call_hook(
        context,
        "emitProcess",
        &[
            js_string!("uncaughtException").into(),
            value.clone(),
            js_string!(origin).into(),
        ],
    );
    match emitted {
        Ok(handled) if handled.to_boolean() => {
            // Node keeps the loop turning after a handled exception so queued ticks get run:
            // `setImmediate(noop)` in `lib/internal/process/execution.js`.
            call_hook(context, "noopImmediate", &[]).map_err(|e| abort_from(host, e))?;
            Ok(())
        }
        Ok(_) => {
            // Not handled: 'exit' listeners run first (code 1), then the error is printed.
            if let Err(e) = call_hook(context, "setExiting", &[1.into()]) {
                return Err(abort_from(host, e));
            }
            // A worker's uncaught error goes to its parent as the Worker's 'error' instead.
            if !crate::lanes::report_worker_error(context, host, &value, arrow.as_deref()) {
                fatal::print(context, host, &value, arrow);
            }
            let code = exit_code(context).unwrap_or(1);
            let abort = Abort::Exit(if code == 0 { 1 } else { code });
            host.request_abort(abort.clone());
            Err(abort)
        }
        Err(e) => {
            if let Some(abort) = host.state.borrow().abort.clone() {
                return Err(abort);
            }
            // The handler itself threw: Node prints that error and exits with 7.
            let arrow = fatal::arrow_for(context, host, &e, false);
            let value = e.into_opaque(context).unwrap_or_default();
            fatal::print(context, host, &value, arrow);
            let abort = Abort::Exit(7);
            host.request_abort(abort.clone());
            Err(abort)
        }
    }
}

fn abort_from(host: &Host, _error: JsError) -> Abort {
    host.state.borrow().abort.clone().unwrap_or(Abort::Exit(7))
}

/// `process.exitCode`, as the number the process would exit with.
pub fn exit_code(context: &mut Context) -> Option<i32> {
    let value = call_hook(context, "processExitCode", &[]).ok()?;
    if value.is_undefined() || value.is_null() {
        return None;
    }
    value.to_number(context).ok().map(|n| n as i32)
}

// ============================================================================================
// processTicksAndRejections (lib/internal/process/task_queues.js)
// ============================================================================================

/// Drain the whole nextTick queue, then the whole microtask queue; repeat until both are
/// empty; then process unhandled rejections, which may queue more. Node runs this whenever a
/// callback from the loop returns (`InternalCallbackScope::Close`); between two timers or two
/// immediates of one phase it runs `runNextTicks` instead (see `run_next_ticks`).
///
/// A tick that throws ends the drain early (the exception leaves `processTicksAndRejections`):
/// the result is `Outcome::Threw`, and what is left waits for the next drain. Where that is
/// depends on the caller: the next list or timer of a timers pass, the next immediate of a
/// check phase, or the next callback's scope (see `run_timers` and `run_immediates`).
pub fn process_ticks_and_rejections(context: &mut Context, host: &Host) -> Flow<Outcome> {
    drain(context, host, Drainer::CallbackScope)
}

/// Node's `runNextTicks`, between two timers, two timer lists or two immediates: the same
/// drain as a callback scope's, called from JS (which only the stack frames show).
fn run_next_ticks(context: &mut Context, host: &Host, drainer: Drainer) -> Flow<Outcome> {
    drain(context, host, drainer)
}

fn drain(context: &mut Context, host: &Host, drainer: Drainer) -> Flow<Outcome> {
    let outer = host.drain_site.get();
    let outcome = drain_queues(context, host, drainer);
    host.drain_site.set(outer);
    if matches!(outcome, Ok(Outcome::Returned)) {
        host.state.borrow_mut().rejection_to_warn = false;
    }
    outcome
}

fn drain_queues(context: &mut Context, host: &Host, drainer: Drainer) -> Flow<Outcome> {
    // A callback scope checkpoints natively unless a tick is queued; `runNextTicks` runs its
    // own `runMicrotasks()` unless a tick or a rejection to report is waiting. Otherwise, and
    // from the second pass on, the queues drain inside `processTicksAndRejections`.
    let mut in_process_ticks = {
        let state = host.state.borrow();
        tick_scheduled(&state) || (drainer != Drainer::CallbackScope && state.rejection_to_warn)
    };
    // The process's first tick: its path is compiled now, which takes real time. Charged only
    // when that is the main script's drain, where it was measured; a first drain inside a
    // loop callback (after an fs callback made stdout) was not seen to delay the timers there.
    let first_tick = {
        let mut state = host.state.borrow_mut();
        let first = !state.ticks_path_warm && tick_scheduled(&state);
        state.ticks_path_warm |= first;
        first && state.iteration == 0
    };
    if first_tick {
        host.clock.advance_us(crate::clock::FIRST_TICK_DRAIN_US);
    }
    let site = |in_process_ticks, job| DrainSite {
        drainer,
        in_process_ticks,
        job,
    };
    loop {
        loop {
            if host.state.borrow().ticks.is_empty() {
                // The console's after-write ticks ran somewhere in this queue.
                host.state.borrow_mut().console_after_write_ticks = 0;
                break;
            }
            ensure_can_run(host)?;
            let tick = host.state.borrow_mut().ticks.pop_front();
            let Some(tick) = tick else { break };
            let running = Running::new(tick.id, Queue::NextTick);
            let job = if tick.args.is_empty() {
                DrainJob::Tick
            } else {
                DrainJob::TickWithArgs(tick.args.len().min(5) as u8)
            };
            host.drain_site.set(site(true, job));
            let outcome = invoke(context, host, running, tick.async_id, |ctx| {
                tick.callback.call(&JsValue::undefined(), &tick.args, ctx)
            });
            host.async_ctx.release(tick.async_id);
            host.async_ctx.queue_destroy(tick.async_id);
            let outcome = outcome?;
            if outcome == Outcome::Threw {
                return Ok(Outcome::Threw);
            }
        }
        host.drain_site
            .set(site(in_process_ticks, DrainJob::Microtask));
        run_microtasks(context, host)?;
        in_process_ticks = true;
        if tick_scheduled(&host.state.borrow()) {
            continue;
        }
        host.drain_site.set(site(true, DrainJob::Rejections));
        match process_promise_rejections(context, host)? {
            Rejections::Threw => return Ok(Outcome::Threw),
            Rejections::None => return Ok(Outcome::Returned),
            Rejections::MaybeScheduled => {}
        }
    }
}

/// Node's `hasTickScheduled()`: a tick of the script's or of the console's is queued.
fn tick_scheduled(state: &crate::host::State) -> bool {
    !state.ticks.is_empty() || state.console_after_write_ticks != 0
}

/// V8's `PerformCheckpoint`: run microtasks until the queue is empty, including new ones.
pub fn run_microtasks(context: &mut Context, host: &Host) -> Flow {
    loop {
        if !host.state.borrow().microtasks.is_empty() {
            ensure_can_run(host)?;
        }
        let job = host.state.borrow_mut().microtasks.pop_front();
        let Some(job) = job else {
            // Dynamic `import()` loads through Boa's async jobs, which settle at once here.
            if host.state.borrow().async_jobs.is_empty() {
                return Ok(());
            }
            run_async_jobs(context);
            continue;
        };
        // A throw from a `queueMicrotask` callback is reported at once and the checkpoint goes
        // on (`runMicrotask` in lib/internal/process/task_queues.js); promise jobs never throw.
        // A promise job runs outside any resource (Node's `executionAsyncId()` is 0 in a `then`
        // callback when no promise hook is on); its reaction restores its own frame.
        let (id, async_id) = match &job {
            Microtask::Promise(id, _) | Microtask::Generic(id, _) => (*id, 0),
            Microtask::Callback(id, async_id, _) => (*id, *async_id),
        };
        let running = Running::new(id, Queue::Microtask);
        let job_kind = match &job {
            Microtask::Callback(..) => DrainJob::QueueMicrotask,
            _ => DrainJob::Microtask,
        };
        host.drain_site.set(DrainSite {
            job: job_kind,
            ..host.drain_site.get()
        });
        let outcome = invoke(context, host, running, async_id, |ctx| match job {
            Microtask::Promise(_, job) => job.call(ctx),
            Microtask::Generic(_, job) => job.call(ctx),
            Microtask::Callback(_, _, callback) => callback.call(&JsValue::undefined(), &[], ctx),
        });
        if async_id != 0 {
            host.async_ctx.release(async_id);
            host.async_ctx.queue_destroy(async_id);
        }
        outcome?;
    }
}

/// What `processPromiseRejections` did.
enum Rejections {
    /// Nothing to report: the drain is over.
    None,
    /// Events were emitted, which may have queued ticks or microtasks: the drain goes round.
    MaybeScheduled,
    /// An `'unhandledRejection'` listener threw: the exception leaves the drain.
    Threw,
}

/// Node's `processPromiseRejections` in the default `throw` mode.
fn process_promise_rejections(context: &mut Context, host: &Host) -> Flow<Rejections> {
    let handled_late: Vec<(JsObject, u32)> =
        std::mem::take(&mut host.state.borrow_mut().handled_late);
    let mut maybe_scheduled = !handled_late.is_empty();
    for (promise, id) in handled_late {
        let handled = call_hook(
            context,
            "emitProcess",
            &[
                js_string!("rejectionHandled").into(),
                promise.clone().into(),
            ],
        );
        if !handled.map(|v| v.to_boolean()).unwrap_or(true) {
            let _ = call_hook(
                context,
                "emitWarning",
                &[
                    js_string!(format!(
                        "Promise rejection was handled asynchronously (rejection id: {id})"
                    ))
                    .into(),
                    js_string!("PromiseRejectionHandledWarning").into(),
                ],
            );
        }
    }
    loop {
        let next = {
            let mut state = host.state.borrow_mut();
            state
                .maybe_unhandled
                .iter_mut()
                .find(|r| !r.warned)
                .map(|r| {
                    r.warned = true;
                    (r.promise.clone(), r.reason.clone())
                })
        };
        let Some((promise, reason)) = next else { break };
        maybe_scheduled = true;
        let _ = crate::v8_messages::surfaced(&reason, context);
        let handled = call_hook(
            context,
            "emitUnhandledRejection",
            &[reason.clone(), promise.into()],
        );
        match handled {
            Ok(v) if v.to_boolean() => {}
            Ok(_) => {
                let error_like = reason.as_object().is_some_and(|o| {
                    o.is::<boa_engine::builtins::error::Error>()
                        || o.has_own_property(js_string!("stack"), context)
                            .unwrap_or(false)
                });
                let (error, arrow) = if error_like {
                    let arrow = fatal::rejection_arrow(context, host, &reason);
                    (reason, arrow)
                } else {
                    let err = call_hook(context, "unhandledRejectionError", &[reason])
                        .map_err(|e| abort_from(host, e))?;
                    (err, Some(fatal::UNHANDLED_REJECTION_ARROW.to_string()))
                };
                trigger_uncaught(context, host, error, arrow, true)?;
            }
            Err(e) => {
                report_exception(context, host, e, false)?;
                return Ok(Rejections::Threw);
            }
        }
    }
    Ok(if maybe_scheduled {
        Rejections::MaybeScheduled
    } else {
        Rejections::None
    })
}

// ============================================================================================
// The loop: SpinEventLoop (src/api/embed_helpers.cc) around uv_run (deps/uv/src/unix/core.c)
// ============================================================================================

/// Whether the loop has ref'd handles or requests (`uv__loop_alive`).
pub fn loop_alive(host: &Host) -> bool {
    let state = host.state.borrow();
    (state.timers.ref_count > 0 && !state.timers.lists.is_empty())
        || state.immediates.ref_count > 0
        || state.main_module_pending.is_some()
        || !state.pool.in_flight.is_empty()
        || state.closing.any()
        || state.active_handles > 0
        || state.handles.values().any(|&refed| refed)
}

/// How long the poll phase may block (`uv_backend_timeout`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PollTimeout {
    /// Not at all: immediates are waiting (Node's idle handle is started).
    Zero,
    /// Until this virtual microsecond: the next timer or thread-pool completion.
    Until(u64),
    /// Until something arrives from another thread or process (a message, an exit).
    Forever,
}

/// `uv_backend_timeout` and `uv__io_poll`: until when poll waits, in virtual microseconds.
/// Ref'd immediates keep Node's idle handle started, which makes the timeout 0; otherwise poll
/// waits for the next timer (ref'd or not: Node's single uv timer handle stays in the heap
/// when unref'd) or the next thread-pool completion, whichever comes first.
///
/// A timer's wait is libuv's: `uv__next_timeout` gives whole milliseconds from the cached
/// loop time (`due - loop->time`), and `epoll_wait` sleeps that long from *now*. The cached
/// time is a floor and may be stale (a callback that wrote to stdout for the first time took
/// milliseconds since the loop last read the clock), so the wait ends at least at the due
/// millisecond, often a fraction later and sometimes milliseconds later: an interval that
/// re-arms from such a late start drifts against a timeout, and `performance.now()` measured
/// around a 50 ms timer is 50 or more when the clock was read before the timer was set.
pub fn poll_timeout(host: &Host) -> PollTimeout {
    let state = host.state.borrow();
    // Closing handles make libuv's timeout 0 too (`uv_backend_timeout`).
    if state.immediates.ref_count > 0 || state.main_module_pending.is_some() || state.closing.any()
    {
        return PollTimeout::Zero;
    }
    let now = host.clock.now_us();
    let loop_ms = host.clock.loop_ms();
    let timer = state
        .timers
        .next_expiry()
        .map(|expiry| now.saturating_add(expiry.saturating_sub(loop_ms).saturating_mul(1000)));
    let io = state.pool.next_ready_us();
    match (timer, io) {
        (Some(t), Some(i)) => PollTimeout::Until(t.min(i)),
        (Some(t), None) | (None, Some(t)) => PollTimeout::Until(t),
        (None, None) => PollTimeout::Forever,
    }
}

/// Where a loop stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pause {
    /// In the poll phase, about to block for at most this long.
    Poll(PollTimeout),
    /// The loop is done: not alive after `beforeExit`.
    Done,
}

/// `SpinEventLoop` around `uv_run`, cut where poll blocks, so that another loop can step this
/// one (`main_lane::spin` drives the main thread's loop and steps the other lanes where it
/// would block; a lane blocked in `Atomics.wait` steps the others, the main loop included).
/// Call `run_to_wait`, let the clock move as the returned timeout allows, call it again.
#[derive(Debug, Default)]
pub struct Stepper {
    /// Inside `uv_run`'s iteration loop, paused in poll.
    in_iteration: bool,
}

impl Stepper {
    pub fn run_to_wait(&mut self, context: &mut Context, host: &Host) -> Flow<Pause> {
        loop {
            if self.in_iteration {
                // The rest of the iteration after poll's wait.
                finish_iteration(context, host)?;
                if loop_alive(host) {
                    return Ok(Pause::Poll(begin_iteration(host)));
                }
                self.in_iteration = false;
            } else {
                // uv_run's start: libuv >= 1.45 runs due timers once before the first
                // iteration, then at the end of each.
                let mut alive = loop_alive(host);
                let now = host.clock.now_us();
                host.state.borrow_mut().loop_start_us.get_or_insert(now);
                host.clock.update_loop_time();
                if alive {
                    run_timers(context, host)?;
                    alive = loop_alive(host);
                }
                if alive {
                    self.in_iteration = true;
                    return Ok(Pause::Poll(begin_iteration(host)));
                }
            }
            // The `destroy` hooks still queued: Node's native immediate for them gives the loop
            // one more turn, whose check phase runs them before the loop can end.
            crate::async_context::run_destroys(context, host);
            // uv_run returned: the loop is empty. Node emits 'beforeExit' (with the would-be
            // exit code); listeners may schedule more work, and then the loop runs again.
            let code = exit_code(context).unwrap_or(0);
            let running = Running::new(0, Queue::Main);
            let outcome = invoke(context, host, running, 1, |ctx| {
                call_hook(
                    ctx,
                    "emitProcess",
                    &[js_string!("beforeExit").into(), code.into()],
                )
            })?;
            if outcome == Outcome::Returned {
                process_ticks_and_rejections(context, host)?;
            }
            if !loop_alive(host) {
                return Ok(Pause::Done);
            }
        }
    }
}

/// An iteration up to poll's wait: returns how long poll may block.
fn begin_iteration(host: &Host) -> PollTimeout {
    let iteration = {
        let mut state = host.state.borrow_mut();
        state.iteration += 1;
        state.iteration
    };
    host.event(TraceEvent::IterationStarted { iteration });

    // -------------------------------------------------------------------- pending callbacks
    host.event(TraceEvent::PhaseEntered {
        phase: Phase::Pending,
    });

    // -------------------------------------------------------------------- idle, prepare
    host.event(TraceEvent::PhaseEntered { phase: Phase::Idle });
    host.event(TraceEvent::PhaseEntered {
        phase: Phase::Prepare,
    });

    // -------------------------------------------------------------------- poll
    host.event(TraceEvent::PhaseEntered { phase: Phase::Poll });
    poll_timeout(host)
}

/// Poll's wait in a loop that nobody else steps: the clock jumps to the next timer or I/O
/// completion.
pub fn wait_alone(host: &Host, timeout: PollTimeout) -> Flow {
    if let PollTimeout::Until(until) = timeout
        && until > host.clock.now_us()
    {
        host.clock.advance_us(until - host.clock.now_us());
        host.event(TraceEvent::ClockAdvanced {
            to: host.clock.now_ms_f64(),
        });
        check_time_budget(host)?;
    }
    Ok(())
}

/// The rest of an iteration once poll's wait is over.
fn finish_iteration(context: &mut Context, host: &Host) -> Flow {
    host.clock.update_loop_time();
    poll_io(context, host)?;

    // -------------------------------------------------------------------- check
    host.event(TraceEvent::PhaseEntered {
        phase: Phase::Check,
    });
    run_immediates(context, host)?;

    // -------------------------------------------------------------------- close callbacks
    host.event(TraceEvent::PhaseEntered {
        phase: Phase::Close,
    });
    crate::closing::run_close_callbacks(context, host)?;

    // -------------------------------------------------------------------- timers
    host.clock.update_loop_time();
    run_timers(context, host)
}

pub fn check_time_budget(host: &Host) -> Flow {
    if host.clock.loop_ms() > host.limits.virtual_time_ms {
        let abort = Abort::Limit(format!(
            "the program kept the loop busy for more than {} ms of virtual time (a timer that never stops?)",
            host.limits.virtual_time_ms
        ));
        host.request_abort(abort.clone());
        return Err(abort);
    }
    Ok(())
}

/// I/O completions of the poll phase. For now: an ES module entry, whose source Node reads
/// asynchronously, so that its body runs here, inside a microtask of the module loader.
fn poll_io(context: &mut Context, host: &Host) -> Flow {
    let pending = host.state.borrow_mut().main_module_pending.take();
    if let Some(module) = pending {
        crate::runtime::evaluate_main_module(context, host, module)?;
    }
    crate::io::run_completions(context, host)?;
    // Messages, output and exits from other threads and processes (MessagePorts, pipes).
    crate::lanes::deliver_mail(context, host)
}

/// The timers phase: Node's `RunTimers` → `processTimers(now)` → `listOnTimeout`.
fn run_timers(context: &mut Context, host: &Host) -> Flow {
    host.event(TraceEvent::PhaseEntered {
        phase: Phase::Timers,
    });
    let Some(expiry) = host.state.borrow().timers.next_expiry() else {
        return Ok(());
    };
    let loop_ms = host.clock.loop_ms();
    // Real time has moved on by some fraction of a millisecond that the model does not know,
    // so a timer due at the very next millisecond may already be due in Node: when libuv
    // looks (no list due yet), or when `RunTimers` reads the clock afresh (`GetNow` updates
    // the loop time) for `processTimers(now)` once a list is due, so that a later timer of a
    // due list, made after a long stretch (the first `console.log`), runs in the same pass.
    // `--all-orderings` explores both. The likelier answer depends on how long ago the timer
    // read the clock (`timer_clock.rs`): a main script that logs little after its
    // `setTimeout(0)` sees `setImmediate` first in about 70% of runs, one that logs five lines
    // or more sees the timeout first. Once a race took a tick, the next one is a whole
    // millisecond later and the virtual clock alone decides (a `setTimeout(0)` chain against
    // immediates gets one race, not one per timer).
    let next_ms = if host.clock.tick_phase_known() {
        None
    } else {
        host.state.borrow().timers.first_due_at(loop_ms + 1)
    };
    let ticked = next_ms.is_some_and(|(read_us, msecs)| {
        let likely =
            crate::timer_clock::next_ms_timer_likely_due(host.clock.now_us(), read_us, msecs);
        race_defaulting(host, "a timer due within the next millisecond", likely)
    });
    if ticked {
        host.clock.tick_to_ms(loop_ms + 1);
        host.clock.update_loop_time();
    } else if expiry > loop_ms {
        return Ok(());
    }
    check_time_budget(host)?;
    let now = host.clock.loop_ms();
    // `RunTimers` calls `processTimers(now)` again, with the same `now`, for as long as a call
    // ends in an exception that `'uncaughtException'` handled: the next call starts afresh,
    // so the timer (or list) after the one that threw runs with no drain before it.
    while process_timers(context, host, now)? == Outcome::Threw {}
    // RunTimers' own `InternalCallbackScope` closes: ticks and microtasks drain.
    process_ticks_and_rejections(context, host)?;
    Ok(())
}

/// Node's `processTimers(now)`: the due lists in heap order, with `runNextTicks` between two
/// lists. `Threw` when a timer or a tick threw (the call ended there).
fn process_timers(context: &mut Context, host: &Host, now: u64) -> Flow<Outcome> {
    let mut ran_a_list = false;
    loop {
        let due = {
            let state = host.state.borrow();
            state
                .timers
                .peek_list()
                .filter(|(_, list)| list.expiry <= now)
                .map(|(msecs, _)| msecs)
        };
        let Some(msecs) = due else {
            return Ok(Outcome::Returned);
        };
        if ran_a_list && run_next_ticks(context, host, Drainer::ProcessTimers)? == Outcome::Threw {
            return Ok(Outcome::Threw);
        }
        ran_a_list = true;
        if list_on_timeout(context, host, msecs, now)? == Outcome::Threw {
            return Ok(Outcome::Threw);
        }
    }
}

/// Ask the oracle whether a timing-dependent event happened; records the race.
pub fn race(host: &Host, description: &str) -> bool {
    race_defaulting(host, description, false)
}

/// `race`, whose default (Node's likelier outcome) is `likely`.
pub fn race_defaulting(host: &Host, description: &str, likely: bool) -> bool {
    let chosen = host.choices.choose(2, usize::from(likely));
    host.state.borrow_mut().race = true;
    host.event(TraceEvent::Race {
        description: description.to_string(),
        chosen,
        options: 2,
    });
    chosen == 1
}

/// Node's `listOnTimeout`: run the due timers of one duration list, oldest first. A list
/// emptied by a timer that threw stays in the queue until a later pass finds it empty, as in
/// Node (where it counts as a list run, so the next list gets a drain before it).
fn list_on_timeout(context: &mut Context, host: &Host, msecs: u64, now: u64) -> Flow<Outcome> {
    let mut ran_a_timer = false;
    loop {
        let next = {
            let mut state = host.state.borrow_mut();
            let Some(list) = state.timers.lists.get(&msecs) else {
                return Ok(Outcome::Returned);
            };
            let Some(&id) = list.timers.front() else {
                state.timers.lists.remove(&msecs);
                drop(state);
                timer_links(context, "done", JsValue::from(msecs as f64), None);
                return Ok(Outcome::Returned);
            };
            let idle_start = state.timers.states.get(&id).map_or(0, |t| t.idle_start);
            if now.saturating_sub(idle_start) < msecs {
                // Not due yet (inserted during this pass): the list waits, with a new id, so it
                // loses ties with lists that were already waiting.
                state
                    .timers
                    .rearm_list(msecs, (idle_start + msecs).max(now + 1));
                let rearmed = state.timers.lists.get(&msecs).map(|l| (l.expiry, l.id));
                drop(state);
                if let Some((list_expiry, list_rank)) = rearmed {
                    timer_links(
                        context,
                        "rearm",
                        JsValue::from(msecs as f64),
                        Some(list_expiry as f64),
                    );
                    host.event(TraceEvent::TimerListRearmed {
                        duration: msecs,
                        list_expiry,
                        list_rank,
                    });
                }
                return Ok(Outcome::Returned);
            }
            id
        };
        if ran_a_timer && run_next_ticks(context, host, Drainer::ListOnTimeout)? == Outcome::Threw {
            return Ok(Outcome::Threw);
        }
        ran_a_timer = true;
        ensure_can_run(host)?;
        if run_one_timer(context, host, next)? == Outcome::Threw {
            return Ok(Outcome::Threw);
        }
    }
}

fn run_one_timer(context: &mut Context, host: &Host, id: u32) -> Flow<Outcome> {
    let (object, report_id, repeat) = {
        let mut state = host.state.borrow_mut();
        if let Some(list) = state.timers.states.get(&id).and_then(|t| t.list)
            && let Some(l) = state.timers.lists.get_mut(&list)
        {
            l.timers.retain(|&t| t != id);
        }
        if let Some(t) = state.timers.states.get_mut(&id) {
            t.list = None;
        }
        let Some(object) = state.timer_objects.get(&id).cloned() else {
            return Ok(Outcome::Returned);
        };
        let timer = state.timers.states.get(&id);
        (
            object,
            timer.map_or(0, |t| t.report_id),
            timer.and_then(|t| t.repeat),
        )
    };
    // Node's listOnTimeout takes the timer out of its list before calling it.
    timer_links(context, "remove", object.clone().into(), None);
    // An interval's next period starts before its callback runs.
    let start = if repeat.is_some() {
        host.clock.update_loop_time();
        Some((host.clock.loop_ms(), host.clock.now_us()))
    } else {
        None
    };
    let timer_args = object
        .get(js_string!("_timerArgs"), context)
        .unwrap_or_default();
    let running = Running {
        with_args: !timer_args.is_undefined(),
        ..Running::new(report_id, Queue::Timers)
    };
    let outcome = invoke(context, host, running, id, |ctx| {
        let callback = object.get(js_string!("_onTimeout"), ctx)?;
        let args = array_items(&timer_args, ctx)?;
        match callback.as_callable() {
            Some(f) => f.call(&object.clone().into(), &args, ctx),
            None => Ok(JsValue::undefined()),
        }
    });
    // Node's `finally` in listOnTimeout: re-arm an interval, or destroy the timer.
    // The next period of an interval is a new callback in the report: describe it first, so
    // the timer goes back into its list under its new id.
    let next_period = repeat.filter(|_| {
        let state = host.state.borrow();
        state
            .timers
            .states
            .get(&id)
            .is_some_and(|t| !t.destroyed && t.list.is_none())
    });
    let next_report = next_period.map(|interval| {
        host.describe(
            Queue::Timers,
            "setInterval",
            || "(interval)".into(),
            None,
            Some(interval as u64),
        )
    });
    let rearmed_id = {
        let mut state = host.state.borrow_mut();
        let destroyed = state.timers.states.get(&id).is_none_or(|t| t.destroyed);
        let in_a_list = state
            .timers
            .states
            .get(&id)
            .is_some_and(|t| t.list.is_some());
        if let (Some(interval), Some((start, read_us)), false) = (repeat, start, destroyed) {
            if !in_a_list {
                if let Some(t) = state.timers.states.get_mut(&id) {
                    t.idle_timeout = interval;
                    t.read_us = read_us;
                    if let Some(report) = next_report {
                        t.report_id = report;
                    }
                }
                state.timers.insert(id, start);
            }
            Some((start, !in_a_list))
        } else {
            if !in_a_list && !destroyed {
                state.timers.unenroll(id);
                state.timer_objects.remove(&id);
                host.async_ctx.release(id);
                host.async_ctx.queue_destroy(id);
            }
            None
        }
    };
    if let Some((start, reinserted)) = rearmed_id {
        if next_report.is_some() {
            timer_armed(host, id);
        }
        let _ = object.set(js_string!("_idleStart"), start as f64, false, context);
        if reinserted {
            timer_links(context, "insert", object.clone().into(), None);
        }
    } else if host
        .state
        .borrow()
        .timers
        .states
        .get(&id)
        .is_some_and(|t| t.destroyed)
    {
        let _ = object.set(js_string!("_destroyed"), true, false, context);
    }
    // An abort (process.exit, a budget) unwinds now that the bookkeeping is done.
    outcome
}

/// Tell the prelude's mirror of Node's timer lists (`timerLinks`: the `TimersList` objects a
/// program sees through `_idleNext`/`_idlePrev`) what listOnTimeout just did. It only moves
/// objects of the prelude's own, so a failure is not the program's and is ignored.
fn timer_links(context: &mut Context, op: &str, value: JsValue, expiry: Option<f64>) {
    let args = [
        boa_engine::JsString::from(op).into(),
        value,
        expiry.map_or(JsValue::undefined(), JsValue::from),
    ];
    let _ = call_hook(context, "timerLinks", &args);
}

/// Record that timer `id` was just inserted into its list (`TimerArmed`), with its list's place
/// in the heap.
pub fn timer_armed(host: &Host, id: u32) {
    let event = {
        let state = host.state.borrow();
        let Some(timer) = state.timers.states.get(&id) else {
            return;
        };
        let Some(duration) = timer.list else { return };
        let Some(list) = state.timers.lists.get(&duration) else {
            return;
        };
        TraceEvent::TimerArmed {
            callback: timer.report_id,
            duration,
            due: timer.idle_start + duration,
            list_expiry: list.expiry,
            list_rank: list.id,
        }
    };
    host.event(event);
}

/// The check phase: Node's `CheckImmediate`. It first runs the native immediates inside an
/// `InternalCallbackScope` of their own (`RunAndClearNativeImmediates`), whose closing drains
/// ticks and microtasks even when there are none: so whatever a failed drain left (a tick
/// threw, or a callback threw before its drain) runs here, before the first immediate. Then
/// `processImmediate` is called, and called again at once while it ended in an exception
/// (`has_outstanding` is still set): the rest of the batch runs in this same check phase, and
/// if the batch is done, the immediates queued meanwhile do too.
fn run_immediates(context: &mut Context, host: &Host) -> Flow {
    // The native immediates: the `destroy` hooks queued since the last check phase.
    crate::async_context::run_destroys(context, host);
    process_ticks_and_rejections(context, host)?;
    if host.state.borrow().immediates.live.is_empty() {
        return Ok(());
    }
    loop {
        if process_immediate(context, host)? == Outcome::Returned {
            // The `MakeCallback`'s scope closes: ticks and microtasks drain.
            process_ticks_and_rejections(context, host)?;
        }
        if !host.state.borrow().immediates.has_outstanding {
            return Ok(());
        }
    }
}

/// Node's `processImmediate`: the batch is what an exception left over (`outstandingQueue`),
/// else the whole immediate queue, taken now (immediates queued while it runs wait for the
/// next call). Between two immediates ticks and microtasks drain (`runNextTicks`), which may
/// clear the next one. `Threw` when an immediate or a tick threw: the call ended there.
fn process_immediate(context: &mut Context, host: &Host) -> Flow<Outcome> {
    {
        let mut state = host.state.borrow_mut();
        if state.immediates.outstanding.is_empty() {
            state.immediates.outstanding = std::mem::take(&mut state.immediates.queue);
            state.immediates.has_outstanding = true;
        }
    }
    let mut ran = false;
    loop {
        if host.state.borrow().immediates.outstanding.is_empty() {
            break;
        }
        if ran && run_next_ticks(context, host, Drainer::ProcessImmediate)? == Outcome::Threw {
            return Ok(Outcome::Threw);
        }
        ensure_can_run(host)?;
        let Some(id) = host.state.borrow_mut().immediates.outstanding.pop_front() else {
            break;
        };
        let entry = {
            let mut state = host.state.borrow_mut();
            match state.immediates.live.remove(&id) {
                Some((refed, report_id)) => {
                    if refed {
                        state.immediates.ref_count -= 1;
                    }
                    state.immediate_objects.remove(&id).map(|o| (o, report_id))
                }
                None => None,
            }
        };
        // A cleared immediate is unlinked from the batch in Node: it is never visited.
        let Some((object, report_id)) = entry else {
            continue;
        };
        ran = true;
        let _ = object.set(js_string!("_destroyed"), true, false, context);
        let argv = object.get(js_string!("_argv"), context).unwrap_or_default();
        // `processImmediate` tests `!argv`, not `argv === undefined`.
        let running = Running {
            with_args: argv.to_boolean(),
            ..Running::new(report_id, Queue::Check)
        };
        let outcome = invoke(context, host, running, id, |ctx| {
            let callback = object.get(js_string!("_onImmediate"), ctx)?;
            let args = array_items(&argv, ctx)?;
            let result = match callback.as_callable() {
                Some(f) => f.call(&object.clone().into(), &args, ctx),
                None => Ok(JsValue::undefined()),
            };
            let _ = object.set(js_string!("_onImmediate"), JsValue::null(), false, ctx);
            result
        });
        host.async_ctx.release(id);
        host.async_ctx.queue_destroy(id);
        let outcome = outcome?;
        if outcome == Outcome::Threw {
            return Ok(Outcome::Threw);
        }
    }
    host.state.borrow_mut().immediates.has_outstanding = false;
    Ok(Outcome::Returned)
}

/// The items of an array-like (`_timerArgs`, `_argv`); none for `undefined`.
fn array_items(value: &JsValue, context: &mut Context) -> boa_engine::JsResult<Vec<JsValue>> {
    let Some(array) = value.as_object() else {
        return Ok(Vec::new());
    };
    let len = array
        .get(js_string!("length"), context)?
        .to_length(context)?;
    (0..len).map(|i| array.get(i, context)).collect()
}

/// Drive Boa's async jobs (module loading) to completion; they never wait on anything.
pub fn run_async_jobs(context: &mut Context) {
    let host = Host::of(context);
    loop {
        let job = host.state.borrow_mut().async_jobs.pop_front();
        let Some(job) = job else { break };
        let cell = std::cell::RefCell::new(&mut *context);
        let _ = futures_lite::future::block_on(job.call(&cell));
    }
}
