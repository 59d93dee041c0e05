//! `Atomics.wait`, `Atomics.notify` and `Atomics.waitAsync` across lanes: the waiter lists of
//! the run's shared memory, and a blocking wait that lets the other lanes run until one of them
//! notifies (every lane is on the one OS thread, so "blocked" means: this lane's JavaScript is
//! on hold inside the native while the world steps the others).
//!
//! Shared memory is identified by an id that `js/worker_threads.js` gives each
//! SharedArrayBuffer and carries along when the buffer is posted (Boa keeps the memory's
//! address private); a waiter waits on (buffer id, byte index).
//!
//! What a blocked lane can wait for: any lane that is not itself on hold. The main thread's
//! wait steps every worker and child; a worker's wait steps the other lanes, the main thread's
//! loop included, since it is parked between its steps (`main_lane.rs`). Two threads waiting
//! for each other (the main thread in its own `Atomics.wait`, and the worker it stepped)
//! deadlock as in Node: the inner one times out, or, with no timeout, the run stops with a
//! message saying so.

use std::cell::{Cell, RefCell};

use boa_engine::{Context, JsNativeError, JsResult, JsValue, js_string};

use crate::host::{Abort, Host};
use crate::lanes::{Letter, MESSAGE_US};

/// One agent waiting on a location.
struct Waiter {
    id: u64,
    lane: u32,
    key: (u64, u64),
    /// `waitAsync`: woken by mail to its lane rather than by returning from a native.
    asynchronous: bool,
    /// When a notify woke it (the notifier's clock).
    woken_at: Option<u64>,
}

/// The waiter lists of every shared location of the run, in the order the waiters came.
#[derive(Default)]
pub struct Waiters {
    list: RefCell<Vec<Waiter>>,
    next_id: Cell<u64>,
    next_buffer: Cell<u64>,
}

impl Waiters {
    fn add(&self, lane: u32, key: (u64, u64), asynchronous: bool) -> u64 {
        let id = self.next_id.get() + 1;
        self.next_id.set(id);
        self.list.borrow_mut().push(Waiter {
            id,
            lane,
            key,
            asynchronous,
            woken_at: None,
        });
        id
    }

    fn woken_at(&self, id: u64) -> Option<u64> {
        self.list
            .borrow()
            .iter()
            .find(|w| w.id == id)
            .and_then(|w| w.woken_at)
    }

    /// Whether a thread other than `lane` is on hold in `Atomics.wait` and was notified: it
    /// would run on in Node, but here it sits below the waiting lane on the one stack.
    fn woken_below(&self, lane: u32) -> bool {
        self.list
            .borrow()
            .iter()
            .any(|w| w.lane != lane && !w.asynchronous && w.woken_at.is_some())
    }

    /// Take waiter `id` off its list; whether it was still waiting.
    fn remove(&self, id: u64) -> bool {
        let mut list = self.list.borrow_mut();
        let before = list.len();
        list.retain(|w| w.id != id);
        list.len() != before
    }

    /// Wake up to `count` waiters on `key`, oldest first, at time `at`: the synchronous ones
    /// are marked (their native sees it), the asynchronous ones leave the list and are returned
    /// with their lanes.
    fn notify(&self, key: (u64, u64), count: u64, at: u64) -> (u64, Vec<(u64, u32)>) {
        let mut woken = 0;
        let mut wake_async = Vec::new();
        let mut list = self.list.borrow_mut();
        for waiter in list.iter_mut() {
            if woken == count {
                break;
            }
            if waiter.key == key && waiter.woken_at.is_none() {
                waiter.woken_at = Some(at);
                woken += 1;
                if waiter.asynchronous {
                    wake_async.push((waiter.id, waiter.lane));
                }
            }
        }
        list.retain(|w| !(w.asynchronous && w.woken_at.is_some()));
        (woken, wake_async)
    }
}

fn arg_u64(args: &[JsValue], i: usize) -> u64 {
    args.get(i)
        .and_then(JsValue::as_number)
        .map_or(0, |n| n as u64)
}

fn key(args: &[JsValue]) -> (u64, u64) {
    (arg_u64(args, 0), arg_u64(args, 1))
}

/// `newBufferId()`: an id for a SharedArrayBuffer seen for the first time.
pub fn new_buffer_id(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let waiters = &host.world.atomics;
    let id = waiters.next_buffer.get() + 1;
    waiters.next_buffer.set(id);
    Ok((id as f64).into())
}

/// `wait(bufferId, byteIndex, timeoutMs)` → `'ok'` or `'timed-out'`: the value was checked
/// equal; hold this lane until a notify (stepping the other lanes meanwhile) or the timeout.
pub fn wait(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let world = host.world.clone();
    let timeout = args
        .get(2)
        .and_then(JsValue::as_number)
        .unwrap_or(f64::INFINITY);
    let start = host.clock.now_us();
    let deadline = timeout
        .is_finite()
        .then(|| start.saturating_add((timeout.max(0.0) * 1000.0) as u64));
    let id = world.atomics.add(host.lane, key(args), false);
    loop {
        if let Some(at) = world.atomics.woken_at(id) {
            world.atomics.remove(id);
            let now = host.clock.now_us();
            host.clock.advance_us(at.saturating_sub(now));
            return Ok(js_string!("ok").into());
        }
        if world.is_doomed(host.lane) || (host.lane != 0 && world.main.ended()) {
            // `terminate()`, or the process is exiting: the thread stops inside its wait, as
            // V8's TerminateExecution interrupts it.
            world.atomics.remove(id);
            host.request_abort(Abort::Exit(1));
            return Err(JsNativeError::error()
                .with_message("the thread was terminated")
                .into());
        }
        match next_runnable(&world) {
            Some((lane, wake))
                if deadline.is_none_or(|d| wake <= d)
                    && wake / 1000 <= host.limits.virtual_time_ms =>
            {
                match lane {
                    Runnable::Main => crate::main_lane::resume(&world, Some(wake)),
                    Runnable::Lane(lane) => world.step(lane, wake),
                }
            }
            _ => break,
        }
    }
    world.atomics.remove(id);
    if let Some(deadline) = deadline {
        let now = host.clock.now_us();
        host.clock.advance_us(deadline.saturating_sub(now));
        return Ok(js_string!("timed-out").into());
    }
    let message = if world.atomics.woken_below(host.lane) {
        "Atomics.wait blocks this thread while another thread it must hand over to is itself held in Atomics.wait below it, already notified: looplab runs every thread on one OS thread, and a thread on hold resumes only once the waits it stepped end, so two threads cannot take turns blocking in Atomics.wait (Node would carry on). Give one side a timeout, or use Atomics.waitAsync or messages"
    } else if host.lane == 0 {
        "Atomics.wait without a timeout blocks the main thread, and no worker or child is left to call Atomics.notify: Node would wait forever"
    } else {
        "Atomics.wait without a timeout blocks this worker until another thread calls Atomics.notify, and every other thread is itself waiting (or gone): Node would wait forever"
    };
    let abort = Abort::Limit(message.to_string());
    host.request_abort(abort);
    Err(JsNativeError::error().with_message(message).into())
}

/// A lane a blocked waiter may run.
enum Runnable {
    /// The main thread's loop, parked in its poll phase.
    Main,
    Lane(u32),
}

/// What runs next while a thread waits: the lane with the earliest wake-up, or the parked main
/// loop (a lane due at the same time runs first, as it would before the main loop's poll ends).
fn next_runnable(world: &crate::lanes::World) -> Option<(Runnable, u64)> {
    let lane = world.next_wake();
    let main = crate::main_lane::wake(world);
    match (lane, main) {
        (Some((id, t)), Some(m)) if t <= m => Some((Runnable::Lane(id), t)),
        (_, Some(m)) => Some((Runnable::Main, m)),
        (Some((id, t)), None) => Some((Runnable::Lane(id), t)),
        (None, None) => None,
    }
}

/// `waitAsync(bufferId, byteIndex)` → the waiter's id: a notify wakes it by mail to this lane.
pub fn wait_async(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let id = host.world.atomics.add(host.lane, key(args), true);
    Ok((id as f64).into())
}

/// `waitCancel(id)`: a `waitAsync` timed out; whether it was still waiting.
pub fn wait_cancel(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    Ok(host.world.atomics.remove(arg_u64(args, 0)).into())
}

/// `notify(bufferId, byteIndex, count)` → how many waiters woke.
pub fn notify(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let count = match args.get(2).and_then(JsValue::as_number) {
        Some(n) if n.is_finite() => n.max(0.0) as u64,
        Some(n) if n < 0.0 => 0,
        _ => u64::MAX,
    };
    let now = host.clock.now_us();
    let (woken, wake_async) = host.world.atomics.notify(key(args), count, now);
    for (id, lane) in wake_async {
        // V8 resolves the promise in a task of the waiter's thread: its next poll phase. On
        // this thread the task is pending in Node's platform, which runs it before the loop
        // may end (`DrainTasks`): a handle keeps the loop alive until it has run.
        let (latency, handle) = if lane == host.lane {
            let mut state = host.state.borrow_mut();
            state.next_handle += 1;
            let handle = state.next_handle;
            state.handles.insert(handle, true);
            (0, Some(handle))
        } else {
            (MESSAGE_US, None)
        };
        host.world.post(
            lane,
            now + latency,
            Letter::AtomicsWake { waiter: id, handle },
        );
    }
    Ok((woken as f64).into())
}
