//! The host: all state a run keeps outside the engine (queues, timers, clock, output, trace),
//! shared by the event loop and the native functions that JavaScript calls.
//!
//! Invariant: no `RefCell` borrow of the state is held across a call into JavaScript,
//! because callbacks re-enter the host.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;

use boa_engine::job::{GenericJob, NativeAsyncJob, PromiseJob};
use boa_engine::object::builtins::JsFunction;
use boa_engine::{Context, JsObject, JsValue};

use crate::clock::VirtualClock;
use crate::limits::Limits;
use crate::report::{CallbackInfo, Location, OutputLine, Queue, QueueSnapshot, Stream, TraceEvent};
use crate::schedule::Choices;
use crate::timers::{Immediates, Timers};

/// A `process.nextTick` callback with its arguments.
pub struct Tick {
    pub id: u32,
    /// Its `TickObject`'s async id.
    pub async_id: u32,
    pub callback: JsFunction,
    pub args: Vec<JsValue>,
}

/// One entry of the microtask queue (V8's, modelled by our `JobExecutor`).
pub enum Microtask {
    /// A promise reaction or resolve-thenable job created by the engine.
    Promise(u32, PromiseJob),
    /// A `queueMicrotask` callback (report id, async id of its `Microtask` resource).
    Callback(u32, u32, JsFunction),
    /// Any other job the engine hands us (run as a microtask).
    Generic(u32, GenericJob),
}

impl Host {
    /// Put `microtask` at the back of the microtask queue, and say so in the trace.
    pub fn push_microtask(&self, microtask: Microtask) {
        let id = microtask.id();
        self.state.borrow_mut().microtasks.push_back(microtask);
        self.event(TraceEvent::Enqueued { callback: id });
    }
}

impl Microtask {
    /// The report's id of the callback.
    pub fn id(&self) -> u32 {
        match self {
            Microtask::Promise(id, _)
            | Microtask::Callback(id, _, _)
            | Microtask::Generic(id, _) => *id,
        }
    }
}

/// A promise rejected with no handler, waiting for `processPromiseRejections`.
pub struct PendingRejection {
    pub promise: JsObject,
    pub reason: JsValue,
    /// Reported by `processPromiseRejections` already.
    pub warned: bool,
    /// Node's rejection id (`lastPromiseId`), used in `PromiseRejectionHandledWarning`.
    pub uid: u32,
}

/// What is running right now, for tagging output and scheduled callbacks.
#[derive(Debug, Clone, Copy)]
pub struct Running {
    pub callback: u32,
    pub queue: Queue,
    /// A timer or immediate the loop called with arguments (`setTimeout(f, 0, x)`): Node calls
    /// it from another line of `listOnTimeout` / `processImmediate`, which its stacks show.
    pub with_args: bool,
}

impl Running {
    pub const fn new(callback: u32, queue: Queue) -> Self {
        Self {
            callback,
            queue,
            with_args: false,
        }
    }
}

/// Why the run must stop unwinding JavaScript right now.
#[derive(Debug, Clone, PartialEq)]
pub enum Abort {
    /// `process.exit(code)` / `process.reallyExit`.
    Exit(i32),
    /// A budget ran out.
    Limit(String),
}

/// The mutable part of the host. Borrow briefly; never across a JavaScript call.
#[derive(Default)]
pub struct State {
    pub callbacks: Vec<CallbackInfo>,
    pub events: Vec<TraceEvent>,
    pub output: Vec<OutputLine>,
    pub ticks: VecDeque<Tick>,
    pub microtasks: VecDeque<Microtask>,
    pub async_jobs: VecDeque<NativeAsyncJob>,
    /// `import()` of a file waits for its read (`dynamic_import.rs`): on once the main
    /// module's own graph is loaded.
    pub defer_imports: bool,
    /// The entry is an ES module (its loader is warm for a later `import()`).
    pub entry_is_module: bool,
    /// `import()` has been called in this run.
    pub import_called: bool,
    /// An `import()`'s job has run in this run.
    pub import_job_run: bool,
    /// A file `import()` has been made in this run.
    pub imported_file: bool,
    /// An `import()`'s load runs now: the loader's own jobs are run with it.
    pub running_import: bool,
    /// The promise jobs of each file `import()` whose read has not completed, by key.
    pub held_imports: BTreeMap<u32, Vec<Microtask>>,
    pub next_held_import: u32,
    pub timers: Timers,
    /// The `Timeout` object of each armed timer.
    pub timer_objects: BTreeMap<u32, JsObject>,
    pub immediates: Immediates,
    /// The `Immediate` object of each queued immediate.
    pub immediate_objects: BTreeMap<u32, JsObject>,
    /// Node's `maybeUnhandledPromises`, in the order the rejections happened.
    pub maybe_unhandled: Vec<PendingRejection>,
    /// Node's `asyncHandledRejections`: rejections handled after they were reported.
    pub handled_late: Vec<(JsObject, u32)>,
    /// Node's `hasRejectionToWarn`: set by every rejection without a handler and every late
    /// handling, cleared only when `processTicksAndRejections` ends (Node's attempt to clear
    /// it in `handledRejection` reads `.size` of a WeakMap, which is never 0).
    pub rejection_to_warn: bool,
    /// The console's pending `afterWriteTick` on stdout (bit 1) and stderr (bit 2): ticks
    /// Node queues that no script sees (`bindings::console_wrote`).
    pub console_after_write_ticks: u8,
    /// A nextTick has run in this process: the first drain of the tick queue paid for
    /// compiling its path (`clock::FIRST_TICK_DRAIN_US`).
    pub ticks_path_warm: bool,
    pub last_rejection_id: u32,
    /// An ES module entry whose source is "being read": it runs in the first poll phase.
    pub main_module_pending: Option<boa_engine::Module>,
    /// How many loop phases were entered: a synchronous stretch's identity for the race of a
    /// millisecond tick between two timers it makes (`timer_clock.rs`).
    pub phases_entered: u64,
    /// The current stretch's first reading of the clock for a timer.
    pub stretch_read: Option<crate::timer_clock::StretchRead>,
    /// Handles closed from JavaScript, waiting for the close phase.
    pub closing: crate::closing::ClosingHandles,
    /// libuv's thread pool and the I/O requests in flight.
    pub pool: crate::io::Pool,
    /// Ref'd handles other than timers and immediates (an `fs.watch` watcher): each keeps
    /// the loop alive until it is closed or unref'd.
    pub active_handles: u32,
    /// A worker's stdout and stderr waiting for the parent's acknowledgements.
    pub worker_stdio: crate::worker_stdio::WorkerStdio,
    /// The built-ins the program required, whose loading node pays for once.
    pub first_requires: crate::first_require::FirstRequires,
    pub iteration: u32,
    /// When `uv_run` was first entered (Node's LOOP_START milestone, `nodeTiming.loopStart`).
    pub loop_start_us: Option<u64>,
    pub abort: Option<Abort>,
    pub callbacks_run: u64,
    pub race: bool,
    /// The callbacks running now, outermost first (the loop view's call stack).
    pub stack: Vec<u32>,
    /// The queues right after each event (only when the host records snapshots).
    pub snapshots: Vec<QueueSnapshot>,
    /// libuv handles that JavaScript opened for workers, ports and child processes, and
    /// whether each keeps the loop alive (`ref`).
    pub handles: BTreeMap<u32, bool>,
    pub next_handle: u32,
    /// The JavaScript that receives mail from other lanes, by kind (`lanes::deliver_mail`).
    pub lane_handlers: BTreeMap<String, JsFunction>,
    /// Mail from other lanes that poll found and is about to hand to JavaScript (callback ids):
    /// the poll column's cards between their `Enqueued` and `Started`.
    pub mail_arrived: Vec<u32>,
    /// The signals this process has listeners for (Node's signal watchers): another process's
    /// `kill` with one of them runs the listeners instead of the signal's default action.
    pub signal_listeners: std::collections::BTreeSet<String>,
    /// The signal whose default action is ending this process (its parent sees the signal, not
    /// an exit code).
    pub killed_by: Option<String>,
}

impl State {
    /// Append a trace event; with `snapshot`, also record the queues as they are now (every
    /// event is recorded after the change it describes).
    fn record(&mut self, event: TraceEvent, snapshot: bool) {
        self.events.push(event);
        if snapshot {
            let queues = self.queue_snapshot();
            self.snapshots.push(queues);
        }
    }

    /// Every queue's callbacks, in the order they will run.
    pub fn queue_snapshot(&self) -> QueueSnapshot {
        let timers = &self.timers;
        let mut lists: Vec<_> = timers.lists.values().collect();
        lists.sort_by_key(|l| (l.expiry, l.id));
        let timer_ids = lists
            .iter()
            .flat_map(|l| l.timers.iter())
            .filter_map(|t| timers.states.get(t).map(|s| s.report_id))
            .collect();
        let immediates = &self.immediates;
        let check = immediates
            .outstanding
            .iter()
            .chain(immediates.queue.iter())
            .filter_map(|i| immediates.live.get(i).map(|&(_, report)| report))
            .collect();
        // Requests in submission order, complete or not (races may reorder completions).
        let mut requests: Vec<_> = self
            .pool
            .completed
            .iter()
            .chain(self.pool.in_flight.iter())
            .collect();
        requests.sort_by_key(|r| r.seq);
        let poll = requests
            .iter()
            .map(|r| r.report_id)
            .chain(self.mail_arrived.iter().copied())
            .collect();
        QueueSnapshot {
            stack: self.stack.clone(),
            next_tick: self.ticks.iter().map(|t| t.id).collect(),
            microtask: self
                .microtasks
                .iter()
                .map(|m| match m {
                    Microtask::Promise(id, _) | Microtask::Callback(id, _, _) => *id,
                    Microtask::Generic(id, _) => *id,
                })
                .collect(),
            timers: timer_ids,
            pending: Vec::new(),
            poll,
            check,
            close: self.closing.in_run_order(),
            iteration: self.iteration,
        }
    }
}

/// Where Node's arrow points for an error: a block made already (Node's own throw sites,
/// syntax errors), or a `throw` statement of the user's code.
#[derive(Debug, Clone, PartialEq)]
pub enum Arrow {
    Text(String),
    Throw {
        path: String,
        line: u32,
        column: u32,
    },
}

/// The host of one run.
pub struct Host {
    pub clock: VirtualClock,
    pub choices: Choices,
    pub limits: Limits,
    /// Record callbacks and events for the report (off for plain CLI runs and benchmarks).
    pub tracing: bool,
    /// Echo output to the real stdout/stderr as it is written (the CLI).
    pub echo: bool,
    /// Record the queues after every trace event (`runtime::run_with_snapshots`, for tests).
    pub snapshots: Cell<bool>,
    pub state: RefCell<State>,
    pub running: Cell<Running>,
    next_id: Cell<u32>,
    /// Node's async id counter (`newAsyncId`): 1 is the main script.
    next_async_id: Cell<u32>,
    /// The path of the main module, to find the user's frames in a stack.
    pub main_path: RefCell<String>,
    /// The run's world of runtimes (workers, child processes) this host is one lane of.
    pub world: Rc<crate::lanes::World>,
    /// This runtime's lane: 0 for the main thread of the main process.
    pub lane: u32,
    /// Where this runtime's stdout and stderr go (a worker's and a child's leave the lane).
    pub sinks: [crate::lanes::Sink; 2],
    /// What a worker or a child process knows about its parent (`workerData`, IPC).
    pub setup: crate::lanes::LaneSetup,
    /// The running async resource and the AsyncLocalStorage frame (`async_context.rs`).
    pub async_ctx: crate::async_context::AsyncContext,
    /// Which `await` waits for which async call, for V8's async stack frames.
    pub async_frames: crate::async_frames::Tracker,
    /// Files compiled as CommonJS (their line 1 is shifted by the wrapper) and as ES modules.
    cjs_paths: RefCell<std::collections::BTreeSet<String>>,
    esm_paths: RefCell<std::collections::BTreeSet<String>>,
    /// Node's "arrow" (file:line, source line, caret) remembered for errors the host made,
    /// such as syntax errors, whose position is not where they are thrown, and the `throw`
    /// statements of the user's code that threw an object last.
    arrows: RefCell<Vec<(JsObject, Arrow)>>,
    /// The emitters on the stack when an error was thrown (`set_thrown_emitters`).
    thrown_emitters: RefCell<Vec<(JsObject, Vec<crate::stack::Emitter>)>>,
    /// Who drained the queues of the tick or microtask running now (its stack's loop frames).
    pub drain_site: Cell<crate::drain_site::DrainSite>,
    /// An error escaping the loop's callback is having its `stack` formatted: V8 would do it
    /// after the callback returned (`stack::loop_receiver`).
    pub callback_escaping: Cell<bool>,
    /// Where the depth probe was inserted into each file (`instrument.rs`).
    shifts: RefCell<BTreeMap<String, crate::instrument::Shifts>>,
    /// Each user file's functions, classified for V8's frame names (`frame_names.rs`).
    function_maps: RefCell<BTreeMap<String, Rc<crate::frame_names::FunctionMap>>>,
}

/// The handle native functions use to reach the host: `Context` data.
pub struct HostRef(pub Rc<Host>);

impl Host {
    pub fn new(choices: Choices, limits: Limits, tracing: bool, echo: bool) -> Rc<Host> {
        let world = crate::lanes::World::new();
        Host::in_world(
            world,
            crate::lanes::LaneSetup::main(),
            choices,
            limits,
            tracing,
            echo,
        )
    }

    /// The host of one lane of `world`: the main runtime (lane 0) or a worker or child.
    pub fn in_world(
        world: Rc<crate::lanes::World>,
        setup: crate::lanes::LaneSetup,
        choices: Choices,
        limits: Limits,
        tracing: bool,
        echo: bool,
    ) -> Rc<Host> {
        let host = Rc::new(Host {
            clock: VirtualClock::starting_at(setup.start_us),
            world: world.clone(),
            lane: setup.lane,
            sinks: setup.sinks,
            setup,
            choices,
            limits,
            tracing,
            echo,
            snapshots: Cell::new(false),
            state: RefCell::new(State::default()),
            running: Cell::new(Running::new(0, Queue::Main)),
            next_id: Cell::new(1),
            next_async_id: Cell::new(2),
            main_path: RefCell::new(String::new()),
            async_ctx: crate::async_context::AsyncContext::default(),
            async_frames: crate::async_frames::Tracker::default(),
            cjs_paths: RefCell::default(),
            esm_paths: RefCell::default(),
            arrows: RefCell::default(),
            thrown_emitters: RefCell::default(),
            drain_site: Cell::default(),
            callback_escaping: Cell::new(false),
            shifts: RefCell::default(),
            function_maps: RefCell::default(),
        });
        host.clock.update_loop_time();
        if host.lane == 0 {
            world.set_root(&host);
        }
        host
    }

    /// The host of the context a native function was called with.
    pub fn of(context: &Context) -> Rc<Host> {
        match context.get_data::<HostRef>() {
            Some(host) => host.0.clone(),
            None => unreachable!("every looplab context is built with a host"),
        }
    }

    /// A fresh async id (`newAsyncId`), as `Timeout`/`Immediate`/tick objects carry.
    pub fn new_async_id(&self) -> u32 {
        let id = self.next_async_id.get();
        self.next_async_id.set(id + 1);
        id
    }

    /// `executionAsyncId()`: what a resource created now records as its trigger.
    pub fn trigger_async_id(&self) -> u32 {
        self.async_ctx.execution_id()
    }

    pub fn mark_cjs(&self, path: &str) {
        self.cjs_paths.borrow_mut().insert(path.to_string());
    }

    pub fn is_cjs(&self, path: &str) -> bool {
        self.cjs_paths.borrow().contains(path)
    }

    pub fn mark_esm(&self, path: &str) {
        self.esm_paths.borrow_mut().insert(path.to_string());
    }

    pub fn is_esm(&self, path: &str) -> bool {
        self.esm_paths.borrow().contains(path)
    }

    /// The text of the user's code at `path`: a file of the vfs, or the code of `node -e` or
    /// `new Worker(code, { eval: true })`, which is no file.
    pub fn source_text(&self, context: &Context, path: &str) -> Option<String> {
        match &self.setup.eval {
            Some((eval_path, code)) if eval_path == path => Some(code.clone()),
            // `eval` code and `new Function` bodies (Boa's paths for them).
            _ if matches!(path.trim_end(), "eval at" | "unknown at") => {
                crate::eval_origins::latest_text(context, path)
            }
            _ => crate::vfs::of(context).read_to_string(path),
        }
    }

    /// The classified functions of a user file, parsed on first use.
    pub fn function_map(
        &self,
        context: &Context,
        path: &str,
    ) -> Rc<crate::frame_names::FunctionMap> {
        if let Some(map) = self.function_maps.borrow().get(path) {
            return map.clone();
        }
        let source = self.source_text(context, path).unwrap_or_default();
        let map = Rc::new(crate::frame_names::FunctionMap::of(
            &source,
            self.is_esm(path),
        ));
        self.function_maps
            .borrow_mut()
            .insert(path.to_string(), map.clone());
        map
    }

    pub fn set_shifts(&self, path: &str, shifts: crate::instrument::Shifts) {
        self.shifts.borrow_mut().insert(path.to_string(), shifts);
    }

    /// The user's column for a column the engine reports in `path` (before the CommonJS
    /// wrapper's own shift is undone).
    /// The engine's column for a column of the text before its probes were inserted.
    pub fn instrumented_column(&self, path: &str, line: u32, column: u32) -> u32 {
        match self.shifts.borrow().get(path) {
            Some(shifts) => shifts.engine_column(line, column),
            None => column,
        }
    }

    pub fn uninstrumented_column(&self, path: &str, line: u32, column: u32) -> u32 {
        match self.shifts.borrow().get(path) {
            Some(shifts) => shifts.user_column(line, column),
            None => column,
        }
    }

    /// Remember the arrow block to print if `error` ends the process; the latest throw of an
    /// error is the one Node reports, so a second site for the same error replaces the first.
    /// Remember the emitters on the stack when `error` was thrown (`__looplab_thrown`), for
    /// its frames' names if `stack` is read after the `emit`s returned; at most `cap` errors.
    pub fn set_thrown_emitters(
        &self,
        error: &JsObject,
        emitters: Vec<crate::stack::Emitter>,
        cap: usize,
    ) {
        let mut list = self.thrown_emitters.borrow_mut();
        list.retain(|(e, _)| !JsObject::equals(e, error));
        if list.len() >= cap {
            list.remove(0);
        }
        list.push((error.clone(), emitters));
    }

    pub fn thrown_emitters(&self, error: &JsObject) -> Option<Vec<crate::stack::Emitter>> {
        self.thrown_emitters
            .borrow()
            .iter()
            .find(|(e, _)| JsObject::equals(e, error))
            .map(|(_, names)| names.clone())
    }

    pub fn set_arrow(&self, error: &JsObject, arrow: String) {
        let mut arrows = self.arrows.borrow_mut();
        arrows.retain(|(e, _)| !JsObject::equals(e, error));
        arrows.push((error.clone(), Arrow::Text(arrow)));
    }

    /// Remember the user's `throw` statement that threw `error` (its keyword's place, in the
    /// compiled text's coordinates); the block is made only if the error ends the process.
    pub fn set_throw_statement(&self, error: &JsObject, path: String, line: u32, column: u32) {
        let mut arrows = self.arrows.borrow_mut();
        arrows.retain(|(e, _)| !JsObject::equals(e, error));
        arrows.push((error.clone(), Arrow::Throw { path, line, column }));
    }

    /// Forget the oldest remembered arrow block (an error thrown long ago, most likely caught).
    pub fn forget_oldest_arrow(&self) {
        let mut arrows = self.arrows.borrow_mut();
        if !arrows.is_empty() {
            arrows.remove(0);
        }
    }

    /// How many arrow blocks are remembered.
    pub fn arrow_count(&self) -> usize {
        self.arrows.borrow().len()
    }

    /// The arrow remembered for `error`, if any.
    pub fn arrow_of(&self, error: &JsObject) -> Option<Arrow> {
        self.arrows
            .borrow()
            .iter()
            .find(|(e, _)| JsObject::equals(e, error))
            .map(|(_, a)| a.clone())
    }

    /// Register a newly scheduled callback and record that it was queued; returns its id. Use
    /// it when the callback is already in its queue (events follow the change they describe);
    /// otherwise `describe`, queue it, then `event(Enqueued)`.
    pub fn register(
        &self,
        queue: Queue,
        api: &str,
        name: impl FnOnce() -> String,
        at: Option<Location>,
        delay: Option<u64>,
    ) -> u32 {
        let id = self.describe(queue, api, name, at, delay);
        self.event(TraceEvent::Enqueued { callback: id });
        id
    }

    /// Register a callback's description for the report, without an event; returns its id.
    pub fn describe(
        &self,
        queue: Queue,
        api: &str,
        name: impl FnOnce() -> String,
        at: Option<Location>,
        delay: Option<u64>,
    ) -> u32 {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        if self.tracing {
            self.state.borrow_mut().callbacks.push(CallbackInfo {
                id,
                queue,
                api: api.to_string(),
                name: name(),
                scheduled_at: at,
                scheduled_by: self.running.get().callback,
                delay,
            });
        }
        id
    }

    /// Record a trace event (when tracing), after the change it describes.
    pub fn event(&self, event: TraceEvent) {
        if let TraceEvent::PhaseEntered { .. } = event {
            self.state.borrow_mut().phases_entered += 1;
        }
        if self.tracing {
            let snapshot = self.snapshots.get();
            self.state.borrow_mut().record(event, snapshot);
        }
    }

    /// Write program output, tagged with the running callback.
    pub fn write(&self, stream: Stream, text: String, at: Option<Location>) {
        match self.sink_of(stream) {
            crate::lanes::Sink::Local => self.write_line(self.lane, stream, text, at),
            sink => self.world.write_out(self, sink, stream, text),
        }
    }

    /// Write a line printed by `lane` (this runtime's own, or a worker's or child's that
    /// reached this runtime's stdout) into this runtime's output.
    pub fn write_line(&self, lane: u32, stream: Stream, text: String, at: Option<Location>) {
        let sink = self.sink_of(stream);
        if sink != crate::lanes::Sink::Local {
            // This runtime is itself a lane: the text travels on towards the terminal.
            self.world.write_out(self, sink, stream, text);
            return;
        }
        if lane == self.lane {
            for (id, stream, text) in self.world.terminal_before(self.clock.now_us()) {
                self.write_line(id, stream, text, None);
            }
        }
        if self.echo {
            use std::io::Write;
            let _ = match stream {
                Stream::Stdout => std::io::stdout().write_all(text.as_bytes()),
                Stream::Stderr => std::io::stderr().write_all(text.as_bytes()),
            };
        }
        let running = self.running.get();
        let mut state = self.state.borrow_mut();
        let iteration = state.iteration;
        let index = state.output.len();
        state.output.push(OutputLine {
            lane,
            stream,
            text,
            callback: running.callback,
            queue: running.queue,
            iteration,
            time: self.clock.now_ms_f64(),
            printed_at: at,
        });
        if self.tracing {
            state.record(TraceEvent::Output { line: index }, self.snapshots.get());
        }
    }

    fn sink_of(&self, stream: Stream) -> crate::lanes::Sink {
        match stream {
            Stream::Stdout => self.sinks[0],
            Stream::Stderr => self.sinks[1],
        }
    }

    /// Ask for the run to stop unwinding (the first reason wins).
    pub fn request_abort(&self, abort: Abort) {
        let mut state = self.state.borrow_mut();
        if state.abort.is_none() {
            state.abort = Some(abort);
        }
    }

    pub fn aborting(&self) -> bool {
        self.state.borrow().abort.is_some()
    }
}
