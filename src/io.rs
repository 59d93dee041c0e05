//! I/O requests: libuv's thread pool (4 threads) and the delivery of completions in the poll
//! phase. A request is submitted with a cost in virtual microseconds; it starts when a pool
//! thread is free and completes `cost` later. The poll phase runs the callbacks of completed
//! requests, in completion order; while requests are in flight the loop is alive, and poll
//! waits for the next completion when nothing else is due.
//!
//! The operation itself is applied to the virtual file system when the request is submitted
//! (so results are deterministic); only its callback waits for the pool.

use boa_engine::object::builtins::JsFunction;
use boa_engine::{Context, JsValue};

use crate::event_loop::{self, Flow, Outcome};
use crate::host::{Host, Running};
use crate::report::{Queue, TraceEvent};

/// What a read of the stdin pipe waits for: the bytes are already in the pipe (its writer is
/// done), so the loop's next poll of the descriptor reads them, with no pool thread.
pub const PIPE_WAIT: &str = "the loop's next poll of the stdin pipe";

/// What a thread-pool request waits for, as the loop view shows it.
pub const POOL_WAIT: &str = "a thread of libuv's pool";
/// What a zlib request waits for: Node's zlib streams hand each chunk to the pool
/// (`uv_queue_work`), so compression never blocks the main thread.
pub const ZLIB_POOL_WAIT: &str = "a thread of libuv's pool, which runs zlib on one chunk";

/// What a kernel event waits for: nothing runs on the pool, the event is queued by the write
/// that caused it and read when the loop next polls the descriptor.
pub const KERNEL_WAIT: &str = "the loop's next poll of an inotify descriptor";

/// What the request named `api` waits for.
pub fn pool_wait(api: &str) -> &'static str {
    if api.starts_with("zlib.") {
        ZLIB_POOL_WAIT
    } else if is_pipe_read(api) {
        PIPE_WAIT
    } else if is_kernel_event(api) {
        KERNEL_WAIT
    } else {
        POOL_WAIT
    }
}

/// An `fs.watch` event is inotify's: the kernel queues it during the write's own syscall, so
/// the very next poll phase reads it, with no pool thread and no delay.
fn is_kernel_event(api: &str) -> bool {
    api.starts_with("fs.watch") || is_pipe_read(api)
}

/// A read of the stdin pipe (`process.stdin`'s data or end): the kernel has it, no thread does.
fn is_pipe_read(api: &str) -> bool {
    api.starts_with("stdin")
}

/// libuv's default `UV_THREADPOOL_SIZE`.
pub const POOL_THREADS: usize = 4;
/// libuv's `MAX_THREADPOOL_SIZE`.
pub const MAX_POOL_THREADS: usize = 1024;
/// What one file-system request costs on a pool thread (open, stat, a small read).
pub const REQUEST_COST_US: u64 = 40;
/// Reading or writing costs this much more per KiB.
pub const COST_PER_KIB_US: u64 = 1;
/// Two requests that complete within this many virtual microseconds of each other ran side by
/// side on two pool threads: real timing decides which finishes first (a race, reported).
pub const RACE_WINDOW_US: u64 = 20;

/// How long the loop takes, in real time, to reach its first poll phase after the main script:
/// a main-script request due within this may already be done there (a race).
pub const STARTUP_WINDOW_US: u64 = 1000;

/// What runs when a request completes.
pub enum Completion {
    /// Call a JavaScript callback with these arguments (a user callback, or the next stage of
    /// a multi-request operation such as `readFile`, written in JavaScript).
    Call(JsFunction, Vec<JsValue>),
}

/// One request in flight.
pub struct Request {
    pub report_id: u32,
    pub async_id: u32,
    pub ready_at_us: u64,
    /// Submission order, to keep completions at the same instant in order.
    pub seq: u64,
    /// Submitted before the loop started (by the main script or its ticks and microtasks).
    pub before_loop: bool,
    /// What `process.getActiveResourcesInfo()` calls it (`FSReqCallback`), if Node lists it.
    pub resource: Option<&'static str>,
    /// Run on a pool thread (not a kernel event the poll reads): only these race each other.
    pub on_pool: bool,
    pub completion: Completion,
}

/// The name Node's `_getActiveRequestsInfo` gives a request of this api: only fs's requests
/// are ReqWraps in its request queue (a crypto job or a zlib write is not).
pub fn resource_name(api: &str) -> Option<&'static str> {
    if api.starts_with("fs.promises.") || api.starts_with("FileHandle.") {
        // fs/promises closes through FileHandle::ClosePromise, whose wrap's provider is CLOSEREQ
        // (its JavaScript object is a FileHandleCloseReq).
        if api == "fs.promises.close" || api.ends_with("(close)") {
            Some("CloseReq")
        } else {
            Some("FSReqPromise")
        }
    } else if api.starts_with("fs.watch") {
        // An inotify event waiting for the poll phase is the FSEventWrap handle's, not a request.
        None
    } else if api.starts_with("fs.") {
        Some("FSReqCallback")
    } else {
        None
    }
}

/// `process.getActiveResourcesInfo()`'s first part: the requests in flight or delivered and
/// not yet run, in submission order.
pub fn active_request_names(pool: &Pool) -> Vec<&'static str> {
    let mut requests: Vec<&Request> = pool.in_flight.iter().chain(pool.completed.iter()).collect();
    requests.sort_by_key(|r| r.seq);
    pool.running_resource
        .into_iter()
        .chain(requests.iter().filter_map(|r| r.resource))
        .collect()
}

/// The pool and the requests in flight.
#[derive(Default)]
pub struct Pool {
    pub in_flight: Vec<Request>,
    /// Requests the poll phase found complete, whose callbacks it is running, in run order.
    pub completed: std::collections::VecDeque<Request>,
    /// When each thread is next free; empty until the first request starts the pool.
    threads_free_at: Vec<u64>,
    next_seq: u64,
    /// The resource name of the request whose callback runs now: Node frees a ReqWrap after
    /// its callback, so it is still listed inside it.
    pub running_resource: Option<&'static str>,
}

impl Pool {
    /// Whether the pool's threads exist (libuv starts them at the first request).
    pub fn started(&self) -> bool {
        !self.threads_free_at.is_empty()
    }

    /// Start `threads` threads (libuv's `init_threads`, once).
    pub fn start(&mut self, threads: usize) {
        if !self.started() {
            self.threads_free_at = vec![0; threads.clamp(1, MAX_POOL_THREADS)];
        }
    }

    /// Schedule work of `cost_us` submitted at `now_us`; returns when it completes.
    pub fn schedule(&mut self, now_us: u64, cost_us: u64) -> (u64, u64) {
        self.start(POOL_THREADS);
        let (thread, free_at) = self
            .threads_free_at
            .iter()
            .enumerate()
            .min_by_key(|&(_, &t)| t)
            .map(|(i, &t)| (i, t))
            .unwrap_or((0, 0));
        let ready = now_us.max(free_at) + cost_us;
        self.threads_free_at[thread] = ready;
        self.next_seq += 1;
        (ready, self.next_seq)
    }

    /// The earliest completion time of a request in flight.
    pub fn next_ready_us(&self) -> Option<u64> {
        self.in_flight.iter().map(|r| r.ready_at_us).min()
    }

    /// Take the requests complete at `now_us`, in completion order.
    pub fn take_ready(&mut self, now_us: u64) -> Vec<Request> {
        let mut ready = Vec::new();
        let mut i = 0;
        while i < self.in_flight.len() {
            if self.in_flight[i].ready_at_us <= now_us {
                ready.push(self.in_flight.swap_remove(i));
            } else {
                i += 1;
            }
        }
        ready.sort_by_key(|r| (r.ready_at_us, r.seq));
        ready
    }
}

/// The pool size libuv's `init_threads` reads from `UV_THREADPOOL_SIZE` (C's `atoi`: leading
/// digits, 0 or none meaning 1 and the default when unset; a negative count wraps, as the
/// unsigned variable does, to the maximum).
pub fn pool_size_from_env(value: Option<&str>) -> usize {
    let Some(value) = value else {
        return POOL_THREADS;
    };
    let text = value.trim_start();
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let digits: String = digits.chars().take_while(char::is_ascii_digit).collect();
    let n = digits
        .parse::<u64>()
        .unwrap_or(if digits.is_empty() { 0 } else { u64::MAX });
    match (negative, n) {
        (_, 0) => 1,
        (true, _) => MAX_POOL_THREADS,
        (false, n) => n.min(MAX_POOL_THREADS as u64) as usize,
    }
}

/// Start the pool if this is its first request, sized by the program's
/// `process.env.UV_THREADPOOL_SIZE` at that moment (Node's env writes reach libuv's `getenv`,
/// so the classic demo's assignment at the top of the script counts).
pub fn start_pool(context: &mut Context, host: &Host) {
    if host.state.borrow().pool.started() {
        return;
    }
    let value = read_env(context, "UV_THREADPOOL_SIZE");
    host.state
        .borrow_mut()
        .pool
        .start(pool_size_from_env(value.as_deref()));
}

fn read_env(context: &mut Context, name: &str) -> Option<String> {
    use boa_engine::js_string;
    let process = context
        .global_object()
        .get(js_string!("process"), context)
        .ok()?;
    let env = process.as_object()?.get(js_string!("env"), context).ok()?;
    let value = env
        .as_object()?
        .get(boa_engine::JsString::from(name), context)
        .ok()?;
    if value.is_undefined() {
        return None;
    }
    Some(value.to_string(context).ok()?.to_std_string_lossy())
}

/// Submit a request whose completion calls `callback(args...)` in a later poll phase.
/// `api` names the request in the report (`fs.readFile (open)`). Returns its async id.
pub fn submit(
    host: &Host,
    api: &str,
    cost_us: u64,
    callback: JsFunction,
    args: Vec<JsValue>,
    at: Option<crate::report::Location>,
) -> u32 {
    let report_id = host.describe(Queue::Poll, api, || api.to_string(), at, None);
    let async_id = host.new_async_id();
    host.async_ctx.capture(async_id, JsValue::undefined());
    let now = host.clock.now_us();
    let ready_at_us = {
        let mut state = host.state.borrow_mut();
        let (ready_at_us, seq) = if is_kernel_event(api) {
            state.pool.next_seq += 1;
            (now, state.pool.next_seq)
        } else {
            state.pool.schedule(now, cost_us)
        };
        let before_loop = state.iteration == 0;
        state.pool.in_flight.push(Request {
            report_id,
            async_id,
            ready_at_us,
            seq,
            before_loop,
            resource: resource_name(api),
            on_pool: !is_kernel_event(api),
            completion: Completion::Call(callback, args),
        });
        ready_at_us
    };
    host.event(TraceEvent::RequestStarted {
        callback: report_id,
        waits_for: pool_wait(api).to_string(),
        done_at: ready_at_us as f64 / 1000.0,
    });
    async_id
}

/// The poll phase's I/O: run the callbacks of every request complete by now.
pub fn run_completions(context: &mut Context, host: &Host) -> Flow {
    finished_before_first_poll(host);
    // The completed requests wait in `completed` (in the order they reach the loop) while
    // their callbacks run, so the trace shows them there.
    let first = {
        let mut state = host.state.borrow_mut();
        let ready = state.pool.take_ready(host.clock.now_us());
        let first = state.pool.completed.len();
        state.pool.completed.extend(ready);
        first
    };
    order_side_by_side(host, first);
    let found: Vec<u32> = host
        .state
        .borrow()
        .pool
        .completed
        .iter()
        .skip(first)
        .map(|r| r.report_id)
        .collect();
    for callback in found {
        host.event(TraceEvent::RequestCompleted { callback });
    }
    loop {
        if host.state.borrow().pool.completed.is_empty() {
            return Ok(());
        }
        // A stopped run leaves the callback in its queue, as Node would.
        event_loop::ensure_can_run(host)?;
        let next = host.state.borrow_mut().pool.completed.pop_front();
        let Some(request) = next else {
            return Ok(());
        };
        let Completion::Call(callback, args) = request.completion;
        let running = Running::new(request.report_id, Queue::Poll);
        host.state.borrow_mut().pool.running_resource = request.resource;
        let outcome = event_loop::invoke(context, host, running, request.async_id, |ctx| {
            callback.call(&JsValue::undefined(), &args, ctx)
        });
        host.async_ctx.release(request.async_id);
        host.async_ctx.queue_destroy(request.async_id);
        // Each completion is its own callback from libuv: ticks and microtasks drain after it,
        // inside MakeCallback's scope, so the request (freed when FSReqAfterScope ends) is
        // still listed by them (an fs/promises continuation sees its FSReqPromise).
        let drained = match outcome {
            Ok(Outcome::Returned) => {
                event_loop::process_ticks_and_rejections(context, host).map(|_| ())
            }
            Ok(_) => Ok(()),
            Err(err) => Err(err),
        };
        host.state.borrow_mut().pool.running_resource = None;
        drained?;
    }
}

/// The main script's requests at the loop's first poll phase: in real time the loop takes a
/// while to get there (module teardown, the first timers), about as long as a small request
/// on a pool thread, so whether one is already done is a race (Node 20 prints a main-script
/// `fs.stat` callback before a main-script immediate in about half the runs). By default the
/// virtual clock answers. Only a request due within `STARTUP_WINDOW_US` (or done less than that
/// before) races: a 50 ms `pbkdf2` is never done by then.
fn finished_before_first_poll(host: &Host) {
    if host.state.borrow().iteration != 1 {
        return;
    }
    let now = host.clock.now_us();
    // A request the virtual clock has already finished is raced too when it finished within
    // the window: the model's costs of the main script's end (its first tick drain, its
    // writes) are averages, and in real time the pool's threads are still starting.
    let waiting: Vec<(u64, bool)> = {
        let state = host.state.borrow();
        state
            .pool
            .in_flight
            .iter()
            .filter(|r| {
                r.before_loop
                    && r.ready_at_us + STARTUP_WINDOW_US > now
                    && r.ready_at_us <= now + STARTUP_WINDOW_US
            })
            .map(|r| (r.seq, r.ready_at_us <= now))
            .collect()
    };
    for (seq, done_by_clock) in waiting {
        let done = event_loop::race_defaulting(
            host,
            "a main-script request finished before the first poll",
            done_by_clock,
        );
        let mut state = host.state.borrow_mut();
        if let Some(request) = state.pool.in_flight.iter_mut().find(|r| r.seq == seq) {
            request.before_loop = false;
            request.ready_at_us = if done {
                request.ready_at_us.min(now)
            } else {
                request.ready_at_us.max(now + 1)
            };
        }
    }
}

/// Requests that finished side by side (within `RACE_WINDOW_US`) on different threads may
/// reach the loop in either order: libuv queues each completion as its thread finishes, and
/// two threads doing the same small amount of work finish in an order the OS decides. Each
/// such neighbour pair is a race; by default the one submitted first completes first.
fn order_side_by_side(host: &Host, first: usize) {
    let len = host.state.borrow().pool.completed.len();
    for i in first + 1..len {
        let close = {
            let state = host.state.borrow();
            let ready = &state.pool.completed;
            // Two kernel events (a pipe's data and its end, two inotify events) are read by
            // one poll in the order they happened: no threads race there.
            (ready[i].on_pool || ready[i - 1].on_pool)
                && ready[i].ready_at_us - ready[i - 1].ready_at_us < RACE_WINDOW_US
        };
        if close && event_loop::race(host, "two thread-pool requests finished side by side") {
            host.state.borrow_mut().pool.completed.swap(i - 1, i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zlib_requests_say_what_the_thread_does() {
        assert_eq!(pool_wait("zlib.Gzip (write)"), ZLIB_POOL_WAIT);
        assert_eq!(pool_wait("fs.readFile (open)"), POOL_WAIT);
    }

    #[test]
    fn requests_are_named_as_node_lists_them() {
        assert_eq!(resource_name("fs.stat (stat)"), Some("FSReqCallback"));
        assert_eq!(
            resource_name("fs.promises.stat (stat)"),
            Some("FSReqPromise")
        );
        assert_eq!(
            resource_name("fs.promises.readFile (close)"),
            Some("CloseReq")
        );
        assert_eq!(resource_name("fs.promises.close"), Some("CloseReq"));
        assert_eq!(resource_name("fs.watch (inotify)"), None);
        assert_eq!(resource_name("zlib.Gzip (write)"), None);
    }

    #[test]
    fn four_threads_then_queueing() {
        let mut pool = Pool::default();
        let ends: Vec<u64> = (0..6).map(|_| pool.schedule(0, 10).0).collect();
        assert_eq!(ends, vec![10, 10, 10, 10, 20, 20]);
    }

    #[test]
    fn pool_size_as_libuv_reads_it() {
        assert_eq!(pool_size_from_env(None), 4);
        assert_eq!(pool_size_from_env(Some("1")), 1);
        assert_eq!(pool_size_from_env(Some("0")), 1);
        assert_eq!(pool_size_from_env(Some("abc")), 1);
        assert_eq!(pool_size_from_env(Some(" 8x")), 8);
        assert_eq!(pool_size_from_env(Some("5000")), 1024);
        assert_eq!(pool_size_from_env(Some("-2")), 1024);
        let mut pool = Pool::default();
        pool.start(2);
        let ends: Vec<u64> = (0..3).map(|_| pool.schedule(0, 10).0).collect();
        assert_eq!(ends, vec![10, 10, 20]);
    }
}
