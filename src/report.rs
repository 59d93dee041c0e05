//! The run report: what a run printed, which callback printed each line, and the ordered
//! event list from which a UI rebuilds every queue at every step (serde-serializable).

use serde::{Deserialize, Serialize};

/// Where a callback was waiting before it ran: a queue of Node's, or a phase of libuv's loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Queue {
    /// The main script (or module body) itself.
    Main,
    /// `process.nextTick` callbacks, drained by `processTicksAndRejections`.
    NextTick,
    /// Promise jobs and `queueMicrotask` callbacks (V8's microtask queue).
    Microtask,
    /// Timer callbacks (`setTimeout`, `setInterval`), run in the timers phase.
    Timers,
    /// Deferred I/O callbacks, run in the pending-callbacks phase.
    Pending,
    /// I/O completion callbacks, run in the poll phase.
    Poll,
    /// `setImmediate` callbacks, run in the check phase.
    Check,
    /// Close callbacks, run in the close-callbacks phase.
    Close,
}

impl Queue {
    /// The name used in the report, the UI's `data-queue` attribute and the CLI.
    pub fn name(self) -> &'static str {
        match self {
            Queue::Main => "main",
            Queue::NextTick => "nextTick",
            Queue::Microtask => "microtask",
            Queue::Timers => "timers",
            Queue::Pending => "pending",
            Queue::Poll => "poll",
            Queue::Check => "check",
            Queue::Close => "close",
        }
    }
}

/// The phases of one libuv loop iteration, in `uv_run` order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Phase {
    Timers,
    Pending,
    Idle,
    Prepare,
    Poll,
    Check,
    Close,
}

/// A source position (1-based line and column) in the user's program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Location {
    pub line: u32,
    pub column: u32,
}

/// One scheduled callback: what queued it, from where, and into which queue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CallbackInfo {
    pub id: u32,
    pub queue: Queue,
    /// The API that scheduled it: `setTimeout`, `process.nextTick`, `then`, `await`, ...
    pub api: String,
    /// The function's name, or `(anonymous)`.
    pub name: String,
    /// Where the scheduling call was made, when it was made from user code.
    pub scheduled_at: Option<Location>,
    /// The callback that was running when this one was scheduled (0: the main script).
    pub scheduled_by: u32,
    /// For timers: the delay after clamping, in ms.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delay: Option<u64>,
}

/// Which stream a chunk of output went to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Stream {
    Stdout,
    Stderr,
}

/// One line of output, with the callback that printed it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OutputLine {
    /// The runtime that printed it: 0 for the main thread, else a worker's or child
    /// process's lane (see `RunReport::lanes`).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub lane: u32,
    pub stream: Stream,
    /// The text as written (a `console.log` chunk ends with its line break).
    pub text: String,
    /// The callback that printed it (0: the main script, or the runtime itself).
    pub callback: u32,
    pub queue: Queue,
    /// The loop iteration (0: before the loop started).
    pub iteration: u32,
    /// Virtual time in ms since the start of the run.
    pub time: f64,
    /// The location of the printing call.
    pub printed_at: Option<Location>,
}

/// One step of the run, in order. A UI replays these to rebuild every queue at any step
/// (`loop_view::Replay`); each event is recorded after the change it describes, so the
/// queues right after event k are the picture of step k.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum TraceEvent {
    /// A callback was put at the back of its queue (nextTick, microtask, check).
    Enqueued { callback: u32 },
    /// A timer was armed (`setTimeout`, `setInterval`, an interval's next period, `refresh()`):
    /// it joined the back of the list of its `duration` and is due at `due` (loop ms).
    /// Node's timer heap orders lists by (`list_expiry`, `list_rank`), the list's creation order.
    TimerArmed {
        callback: u32,
        duration: u64,
        due: u64,
        list_expiry: u64,
        list_rank: u64,
    },
    /// A list whose first timer was not due yet went back into the heap with a new expiry and a
    /// new rank (Node's `listOnTimeout` re-arming the list: it now loses ties).
    TimerListRearmed {
        duration: u64,
        list_expiry: u64,
        list_rank: u64,
    },
    /// An I/O request was submitted (its callback is the poll-phase callback `callback`): it
    /// waits for `waits_for` and completes at `done_at` (virtual ms).
    RequestStarted {
        callback: u32,
        waits_for: String,
        done_at: f64,
    },
    /// The poll phase found the request complete: its callback runs in this poll phase.
    RequestCompleted { callback: u32 },
    /// A callback was removed without running (`clearTimeout`, `clearImmediate`).
    Cancelled { callback: u32 },
    /// A queued microtask was taken off the queue by the module loader: `import()` holds the
    /// reactions queued while it loaded until its own microtask hops are done, then queues
    /// them again (an `Enqueued` event).
    Held { callback: u32 },
    /// A callback left its queue and started running.
    Started { callback: u32 },
    /// The running callback returned (or threw).
    Finished { callback: u32, threw: bool },
    /// A loop iteration began.
    IterationStarted { iteration: u32 },
    /// The loop entered a phase.
    PhaseEntered { phase: Phase },
    /// The virtual clock moved forward (the loop waited in poll, or JS read the clock).
    ClockAdvanced { to: f64 },
    /// A chunk of output was written.
    Output { line: usize },
    /// A scheduling decision that depends on real timing was made here.
    Race {
        description: String,
        chosen: usize,
        options: usize,
    },
    /// The run stopped: the reason is in the report.
    Stopped,
    /// A worker thread or child process started running, in its own lane.
    LaneStarted { lane: u32 },
    /// A worker thread or child process ended (its exit code, or the signal that ended it).
    LaneExited {
        lane: u32,
        code: Option<i32>,
        #[serde(skip_serializing_if = "Option::is_none")]
        signal: Option<String>,
    },
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// What kind of runtime a lane is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum LaneKind {
    /// A `worker_threads` Worker: a thread of the same process, its own engine and loop.
    Worker,
    /// A child process running `node` (its own engine, loop and memory).
    Process,
    /// A child process running a command of the virtual shell (`ls`, `echo`, ...).
    Command,
}

/// A worker thread or child process of the run (lane 0, the main thread, is not listed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LaneInfo {
    pub id: u32,
    pub kind: LaneKind,
    /// The lane that started it.
    pub parent: u32,
    /// The worker's file (or `[worker eval]`), or the command line.
    pub title: String,
    /// `threadId` of a worker, `pid` of a process.
    pub number: u32,
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Ending {
    /// The loop had nothing left to do (or `process.exit` was called).
    Exited { code: i32 },
    /// A budget was exceeded: the output so far is kept.
    LimitExceeded { message: String, code: i32 },
    /// The host stopped the run (the UI's Stop button).
    Stopped,
}

/// Everything a run reports, for the UI, the CLI's `--trace` and the tests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RunReport {
    pub output: Vec<OutputLine>,
    pub callbacks: Vec<CallbackInfo>,
    pub events: Vec<TraceEvent>,
    pub ending: Ending,
    pub exit_code: i32,
    /// True when some scheduling decision depended on real timing (see `alternatives`).
    pub race: bool,
    /// When `race`: every distinct stdout real Node can produce (filled by `all_orderings`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<String>,
    /// How many callbacks the run ran (ticks, microtasks, timers, immediates, I/O).
    #[serde(default)]
    pub callbacks_run: u64,
    /// When `race`: the traces of the other schedules that print something different (the
    /// report itself is the default schedule), for the loop view's schedule switch.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<Schedule>,
    /// The worker threads and child processes the run started; their output lines carry
    /// their lane id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lanes: Vec<LaneInfo>,
}

/// Another schedule of a racy run: the race answers that lead to it, and its trace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Schedule {
    /// The answer given at each race, in order (0: the default, what Node does most often).
    pub choices: Vec<usize>,
    pub output: Vec<OutputLine>,
    pub callbacks: Vec<CallbackInfo>,
    pub events: Vec<TraceEvent>,
}

/// The core's own queue contents right after one trace event, as callback ids in run order
/// (recorded only by `runtime::run_with_snapshots`, to check `loop_view`'s replay against).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueueSnapshot {
    /// The callbacks running, outermost first.
    pub stack: Vec<u32>,
    pub next_tick: Vec<u32>,
    pub microtask: Vec<u32>,
    /// In heap order: lists by (expiry, rank), each list in insertion order.
    pub timers: Vec<u32>,
    pub pending: Vec<u32>,
    /// Requests in flight or complete (their callback not run yet), in submission order.
    pub poll: Vec<u32>,
    pub check: Vec<u32>,
    pub close: Vec<u32>,
    pub iteration: u32,
}

impl RunReport {
    /// Everything printed on one stream, as the bytes a terminal would show.
    pub fn text(&self, stream: Stream) -> String {
        let mut out = String::new();
        for line in self.output.iter().filter(|l| l.stream == stream) {
            out.push_str(&line.text);
        }
        out
    }

    /// How the UI names a lane in one word or two: `worker 1` (its threadId), `child 1234`
    /// (its pid), or a shell command's own line; `main` for lane 0.
    pub fn lane_label(&self, lane: u32) -> String {
        match self.lanes.iter().find(|l| l.id == lane) {
            None if lane == 0 => "main".into(),
            None => format!("lane {lane}"),
            Some(info) => info.label(),
        }
    }
}

impl LaneInfo {
    /// `worker 1`, `child 1234`, or the command line (see `RunReport::lane_label`).
    pub fn label(&self) -> String {
        match self.kind {
            LaneKind::Worker => format!("worker {}", self.number),
            LaneKind::Process => format!("child {}", self.number),
            LaneKind::Command => self.title.clone(),
        }
    }

    /// Its name in a sentence: `worker thread 1 (worker.js)`.
    pub fn describe(&self) -> String {
        let kind = match self.kind {
            LaneKind::Worker => "worker thread",
            LaneKind::Process | LaneKind::Command => "child process",
        };
        format!("{kind} {} ({})", self.number, self.title)
    }

    /// What the lane has of its own, for the sentence that starts it.
    pub fn nature(&self) -> &'static str {
        match self.kind {
            LaneKind::Worker => {
                "a thread of this process with its own engine, memory and event loop"
            }
            LaneKind::Process => "a separate node process with its own engine, memory and loop",
            LaneKind::Command => "a separate process running a shell command",
        }
    }
}
