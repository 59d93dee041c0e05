//! Lanes: the worker threads and child processes of a run, each a runtime of its own (its own
//! Boa `Context`, `Host`, memory and event loop), all inside the one OS thread, interleaved
//! deterministically by the main thread's loop.
//!
//! The model. Every runtime of a run shares one `World`: the list of lanes, the mail between
//! them (MessagePort messages, output on a pipe, IPC, exits) and the file system. Lane 0 is
//! the main thread of the main process; its loop is the only one that blocks. When its poll
//! phase would wait (`main_lane::spin`), it first steps the other lanes, earliest wake-up first,
//! as a discrete-event simulation on one time base: a lane's clock starts when the lane does
//! (its start-up cost after the parent's `new Worker` or `spawn`), and a lane runs one loop
//! iteration at a time, up to where its own poll would block (`event_loop::Stepper`). Mail is
//! stamped with the sender's clock; a loop receives it in its poll phase once its own clock
//! has reached the stamp (`deliver_mail`), which is where Node delivers it too: a MessagePort
//! and a child's pipe are libuv handles that poll watches. When mail for the main thread is
//! stamped before its next timer, it wakes early. A lane that waits for mail and gets none
//! waits forever, as in Node; when every runtime waits so, the run stops with a clear message.
//!
//! What differs from Node, on purpose: a lane runs each of its iterations to the end before
//! another lane runs, so two threads never run JavaScript at the same instant; lanes answer
//! every timing race of their own with Node's usual outcome (only the main thread's races are
//! explored). Shared memory is real: a `SharedArrayBuffer` sent to a worker is the same bytes in
//! both engines (Boa's buffers are reference-counted and atomic), so `Atomics` work across
//! threads; a thread blocked in `Atomics.wait` is held inside the native while the world steps
//! the other lanes (`atomics.rs`).

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, VecDeque};
use std::rc::{Rc, Weak};

use boa_engine::builtins::array_buffer::SharedArrayBuffer;
use boa_engine::object::builtins::{
    AlignedVec, JsArray, JsArrayBuffer, JsFunction, JsSharedArrayBuffer,
};
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue, js_string};

use crate::event_loop::{self, Flow, Outcome, Pause, PollTimeout, Stepper};
use crate::host::{Host, Running};
use crate::report::{Ending, LaneInfo, LaneKind, Queue, Stream, TraceEvent};
use crate::runtime::RunOptions;
use crate::vfs::Vfs;

/// Virtual time a worker thread takes to start (Node 20 needs tens of milliseconds to set up a
/// worker's isolate and environment; its timers of a few milliseconds fire first).
pub const WORKER_STARTUP_US: u64 = 25_000;
/// Virtual time a `node` child process takes to start.
pub const NODE_STARTUP_US: u64 = 40_000;
/// Virtual time a command of the virtual shell takes from spawn to exit (fork, exec, run).
pub const COMMAND_US: u64 = 2_000;
/// Virtual time a message takes from one thread's `postMessage` to the other's poll.
pub const MESSAGE_US: u64 = 50;
/// A failed spawn's `onErrorNT` builds an ErrnoException; the first of a process loads libuv's
/// error map and util's error names: Node 20 emits that first 'error' about a millisecond after
/// the tick starts (measured), so a timeout set beside the spawn is due when the loop starts.
pub const FIRST_SPAWN_ERROR_US: u64 = 1_000;
/// Two IPC messages sent within this much virtual time may reach the other end in one read.
const IPC_READ_WINDOW_US: u64 = 20;
/// How many workers and child processes one run may start.
pub const MAX_LANES: u32 = 64;

/// The first id of a failed spawn's pipes (`World::spawn_failed`), beyond every lane's.
const FAILED_SPAWN_IDS: u32 = 1 << 20;

/// Where a runtime's stdout or stderr goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sink {
    /// Into this runtime's own output (the main thread, or a run of its own such as
    /// `execSync`'s child).
    Local,
    /// To the parent through its poll phase: a worker's stdio (the parent writes it to its own
    /// stdout) or a child's pipe (`child.stdout` 'data').
    ToParent,
    /// Straight to the terminal (a child with `stdio: 'inherit'`): the main output, at once.
    Terminal,
    /// Nowhere (`stdio: 'ignore'`).
    Discard,
}

/// What a runtime knows about its place in the world.
#[derive(Clone)]
pub struct LaneSetup {
    pub lane: u32,
    pub parent: u32,
    /// When its clock starts, in virtual microseconds since the run started.
    pub start_us: u64,
    /// Where stdout and stderr go.
    pub sinks: [Sink; 2],
    /// For a worker thread: its threadId, its end of the parent port, its `workerData`.
    pub worker: Option<WorkerSetup>,
    /// A child started by `fork` has an IPC channel to its parent.
    pub ipc: bool,
    pub pid: u32,
    pub ppid: u32,
    /// `node -e CODE` and `new Worker(code, { eval: true })`: the main file's source.
    pub eval: Option<(String, String)>,
}

impl LaneSetup {
    /// The main thread of the main process.
    pub fn main() -> Self {
        LaneSetup {
            lane: 0,
            parent: 0,
            start_us: 0,
            sinks: [Sink::Local, Sink::Local],
            worker: None,
            ipc: false,
            pid: 4242,
            ppid: 4241,
            eval: None,
        }
    }
}

#[derive(Clone)]
pub struct WorkerSetup {
    pub thread_id: u32,
    pub port: u32,
    pub data: Payload,
    /// `env: SHARE_ENV`: the parent's environment store itself. Every lane runs on the one OS
    /// thread with one garbage-collected heap, so both `process.env`s can sit over one object.
    pub shared_env: Option<boa_engine::JsObject>,
}

/// A value in transit between two engines: the structured clone's description as JSON (made
/// and read by `js/worker_threads.js`), plus what JSON cannot carry.
#[derive(Clone, Default)]
pub struct Payload {
    pub json: String,
    /// Copies of ArrayBuffers (a Buffer arrives as a Uint8Array over its own copy).
    pub buffers: Vec<Vec<u8>>,
    /// SharedArrayBuffers: the same memory on both sides.
    pub shared: Vec<SharedArrayBuffer>,
    /// MessagePorts transferred with the message.
    pub ports: Vec<u32>,
}

/// One piece of mail between lanes.
pub enum Letter {
    /// A message on a MessagePort.
    Port { port: u32, payload: Payload },
    /// The other end of a MessagePort was closed.
    PortClosed { port: u32 },
    /// A worker started running (the Worker's 'online').
    Online { lane: u32 },
    /// Output of a worker (for the parent's stdout) or a child (its pipe).
    Stdio {
        lane: u32,
        stream: Stream,
        text: String,
    },
    /// IPC messages between a forked child (`lane`) and its parent, as JSON: one letter per
    /// `send`; the messages of one read of the channel once delivered (`coalesce`).
    Ipc { lane: u32, json: Vec<String> },
    /// Child `lane`'s end of its stdout and stderr pipes closed (it exited).
    Eof { lane: u32 },
    /// The IPC channel of child `lane` was closed.
    Disconnect { lane: u32 },
    /// An uncaught exception ended worker `lane` (the Worker's 'error').
    WorkerError { lane: u32, payload: Payload },
    /// Lane `lane` ended.
    Exit {
        lane: u32,
        code: Option<i32>,
        signal: Option<String>,
    },
    /// Data for a child's stdin (`None`: end of input).
    Stdin { lane: u32, text: Option<String> },
    /// A notify woke `Atomics.waitAsync` waiter `waiter` of this lane.
    /// (`handle`: the libuv handle that keeps the loop alive until then, if any.)
    AtomicsWake { waiter: u64, handle: Option<u32> },
    /// A signal for a process that listens for it (its signal watcher wakes its poll).
    Signal { name: String, number: u32 },
    /// The parent took a payload of this worker's `stream` and asks for more
    /// (`STDIO_WANTS_MORE_DATA`, see `worker_stdio.rs`).
    StdioAck { stream: Stream },
}

struct Envelope {
    to: u32,
    at: u64,
    seq: u64,
    letter: Letter,
}

struct PortEnd {
    lane: u32,
    peer: u32,
    closed: bool,
}

/// A lane's body: an engine with its loop, or a command of the virtual shell whose output and
/// exit are known in advance and only wait for their time.
enum Body {
    Js(Box<JsLane>),
    Script(VecDeque<(u64, ScriptStep)>),
    /// A command that reads its stdin (`cat`, `wc` without files): it runs once the parent
    /// ends the input.
    AwaitingInput(Box<AwaitingInput>),
}

/// A command waiting for its stdin to end.
struct AwaitingInput {
    input: String,
    sinks: [Sink; 2],
    /// Runs the command on the whole input.
    run: Box<dyn FnOnce(&str) -> crate::shell::Outcome>,
}

/// What a command of the virtual shell does at its time.
enum ScriptStep {
    /// Mail for its parent (output on a pipe, its exit).
    Mail(Letter),
    /// Output it writes straight to the terminal (`stdio: 'inherit'`).
    Terminal(Stream, String),
}

struct JsLane {
    context: Context,
    host: Rc<Host>,
    stepper: Stepper,
    options: RunOptions,
    /// `None` until the main script ran; then where the loop paused.
    paused: Option<PollTimeout>,
}

struct Lane {
    id: u32,
    parent: u32,
    body: Body,
}

/// How a lane ended: its exit code, or the signal that ended it.
type ExitStatus = (Option<i32>, Option<String>);

/// The runtimes of one run and the mail between them.
#[derive(Default)]
pub struct World {
    root: RefCell<Weak<Host>>,
    vfs: RefCell<Option<Rc<RefCell<Vfs>>>>,
    /// Lanes not being stepped right now (one being stepped is taken out).
    lanes: RefCell<BTreeMap<u32, Lane>>,
    /// Kills that arrived for a lane while it was being stepped.
    doomed: RefCell<BTreeMap<u32, ExitStatus>>,
    /// Node processes started through `sh -c` (the shell is the process that gets the signals:
    /// dash runs its command as a child of its own).
    under_shell: RefCell<std::collections::BTreeSet<u32>>,
    /// The lanes being stepped right now (taken out of `lanes`): one, or more when a lane
    /// blocked in `Atomics.wait` steps others.
    stepping: RefCell<Vec<u32>>,
    /// The workers' streams their parent reads itself (`new Worker(f, { stdout: true })`), as
    /// (lane, is stderr): their output goes to `worker.stdout`/`worker.stderr`, not the process's.
    captured_stdio: RefCell<std::collections::BTreeSet<(u32, bool)>>,
    /// BroadcastChannel groups: the open ports of each name, in the order they joined.
    broadcast: RefCell<BTreeMap<String, Vec<u32>>>,
    /// The waiters of `Atomics.wait`/`waitAsync` on the run's shared memory.
    pub atomics: crate::atomics::Waiters,
    /// The main thread's loop while another lane runs (`main_lane.rs`).
    pub main: crate::main_lane::MainSlot,
    mail: RefCell<Vec<Envelope>>,
    ports: RefCell<BTreeMap<u32, PortEnd>>,
    info: RefCell<Vec<LaneInfo>>,
    next_lane: Cell<u32>,
    next_port: Cell<u32>,
    next_seq: Cell<u64>,
    next_thread_id: Cell<u32>,
    next_pid: Cell<u32>,
    /// Failed spawns so far (`spawn_failed`).
    failed_spawns: Cell<u32>,
    /// The machine's logical cores (`os.cpus().length`, `os.availableParallelism()`).
    pub cpu_count: Cell<u32>,
}

impl World {
    pub fn new() -> Rc<World> {
        let world = World::default();
        world.cpu_count.set(crate::machine::SIMULATED_CPUS);
        world.next_lane.set(1);
        world.next_port.set(1);
        world.next_thread_id.set(1);
        world.next_pid.set(4243);
        Rc::new(world)
    }

    pub fn set_root(&self, host: &Rc<Host>) {
        *self.root.borrow_mut() = Rc::downgrade(host);
    }

    /// The main thread's runtime.
    pub fn root(&self) -> Option<Rc<Host>> {
        self.root.borrow().upgrade()
    }

    /// Whether lane `lane` was killed while it runs (`terminate()` from a thread it stepped).
    pub fn is_doomed(&self, lane: u32) -> bool {
        self.doomed.borrow().contains_key(&lane)
    }

    /// The file system every runtime of the run shares (one machine, one disk).
    pub fn set_vfs(&self, vfs: Rc<RefCell<Vfs>>) {
        *self.vfs.borrow_mut() = Some(vfs);
    }

    pub fn vfs(&self) -> Rc<RefCell<Vfs>> {
        self.vfs
            .borrow_mut()
            .get_or_insert_with(|| Rc::new(RefCell::new(Vfs::new())))
            .clone()
    }

    /// The lanes started so far, for the report.
    pub fn lane_infos(&self) -> Vec<LaneInfo> {
        self.info.borrow().clone()
    }

    fn kind_of(&self, lane: u32) -> Option<LaneKind> {
        self.info
            .borrow()
            .iter()
            .find(|i| i.id == lane)
            .map(|i| i.kind)
    }

    fn parent_of(&self, lane: u32) -> u32 {
        self.info
            .borrow()
            .iter()
            .find(|i| i.id == lane)
            .map_or(0, |i| i.parent)
    }

    pub fn post(&self, to: u32, at: u64, letter: Letter) {
        let seq = self.next_seq.get();
        self.next_seq.set(seq + 1);
        self.mail.borrow_mut().push(Envelope {
            to,
            at,
            seq,
            letter,
        });
    }

    pub fn earliest_mail_for(&self, lane: u32) -> Option<u64> {
        self.mail
            .borrow()
            .iter()
            .filter(|e| e.to == lane)
            .map(|e| e.at)
            .min()
    }

    fn take_mail_for(&self, lane: u32, now: u64) -> Vec<Envelope> {
        let mut mail = self.mail.borrow_mut();
        let mut taken = Vec::new();
        let mut i = 0;
        while i < mail.len() {
            if mail[i].to == lane && mail[i].at <= now {
                taken.push(mail.remove(i));
            } else {
                i += 1;
            }
        }
        taken.sort_by_key(|e| (e.at, e.seq));
        taken
    }

    /// Output a lane wrote, sent where its sink says.
    pub fn write_out(&self, host: &Host, sink: Sink, stream: Stream, text: String) {
        match sink {
            Sink::Local => host.write_line(host.lane, stream, text, None),
            Sink::ToParent => {
                // A worker's write waits while its stream's last payload is unacknowledged.
                let text = if self.kind_of(host.lane) == Some(LaneKind::Worker) {
                    match crate::worker_stdio::write(host, stream, text) {
                        Some(text) => text,
                        None => return,
                    }
                } else {
                    text
                };
                self.post_stdio(host, stream, text);
            }
            Sink::Terminal => {
                let root = self.root.borrow().upgrade();
                if let Some(root) = root {
                    root.write_line(host.lane, stream, text, None);
                }
            }
            Sink::Discard => {}
        }
    }

    /// Post output of `host`'s lane to its parent.
    fn post_stdio(&self, host: &Host, stream: Stream, text: String) {
        self.post(
            self.parent_of(host.lane),
            host.clock.now_us() + MESSAGE_US,
            Letter::Stdio {
                lane: host.lane,
                stream,
                text,
            },
        );
    }

    /// A worker is exiting (its 'exit' listeners ran): what its streams buffered goes now.
    pub fn flush_worker_stdio(&self, host: &Host) {
        if self.kind_of(host.lane) != Some(LaneKind::Worker) {
            return;
        }
        for (stream, text) in crate::worker_stdio::flush_at_exit(host) {
            self.post_stdio(host, stream, text);
        }
    }

    /// The parent took a payload of worker `lane`'s `stream`: its side's Readable pushed it
    /// and, on the tick after (`maybeReadMore`), its `_read` asks the worker for more.
    fn ack_worker_stdio(&self, host: &Host, lane: u32, stream: Stream) {
        let alive =
            self.lanes.borrow().contains_key(&lane) || self.stepping.borrow().contains(&lane);
        if alive {
            self.post(
                lane,
                host.clock.now_us() + MESSAGE_US,
                Letter::StdioAck { stream },
            );
        }
    }

    // ------------------------------------------------------------------------- ports

    /// A new entangled pair of MessagePorts owned by `lane`.
    pub fn port_pair(&self, lane: u32) -> (u32, u32) {
        let a = self.next_port.get();
        self.next_port.set(a + 2);
        let b = a + 1;
        let mut ports = self.ports.borrow_mut();
        ports.insert(
            a,
            PortEnd {
                lane,
                peer: b,
                closed: false,
            },
        );
        ports.insert(
            b,
            PortEnd {
                lane,
                peer: a,
                closed: false,
            },
        );
        (a, b)
    }

    /// Post on `port`: the message goes to whichever lane owns the other end. Ports sent along
    /// move to that lane. Returns false when the other end is closed (Node drops the message).
    pub fn port_post(&self, port: u32, at: u64, payload: Payload) -> bool {
        let target = {
            let ports = self.ports.borrow();
            let Some(end) = ports.get(&port) else {
                return false;
            };
            match ports.get(&end.peer) {
                Some(peer) if !peer.closed && !end.closed => Some((end.peer, peer.lane, end.lane)),
                _ => None,
            }
        };
        let Some((peer, lane, from)) = target else {
            return false;
        };
        // Within one thread the message is there for the next poll; another thread hears of it
        // a little later.
        let latency = if lane == from { 0 } else { MESSAGE_US };
        {
            let mut ports = self.ports.borrow_mut();
            for moved in &payload.ports {
                if let Some(end) = ports.get_mut(moved) {
                    end.lane = lane;
                }
            }
        }
        self.post(
            lane,
            at + latency,
            Letter::Port {
                port: peer,
                payload,
            },
        );
        true
    }

    /// A new port of `lane` in the BroadcastChannel group `name`.
    pub fn broadcast_join(&self, lane: u32, name: &str) -> u32 {
        let port = self.next_port.get();
        self.next_port.set(port + 1);
        self.ports.borrow_mut().insert(
            port,
            PortEnd {
                lane,
                peer: 0,
                closed: false,
            },
        );
        self.broadcast
            .borrow_mut()
            .entry(name.to_string())
            .or_default()
            .push(port);
        port
    }

    /// A BroadcastChannel closed: its port leaves its group.
    pub fn broadcast_leave(&self, port: u32) {
        for members in self.broadcast.borrow_mut().values_mut() {
            members.retain(|&p| p != port);
        }
        if let Some(end) = self.ports.borrow_mut().get_mut(&port) {
            end.closed = true;
        }
    }

    /// Post on a BroadcastChannel's port: every other port of its group gets the message
    /// (another thread's a little later).
    pub fn broadcast_post(&self, port: u32, at: u64, payload: &Payload) {
        let members: Vec<u32> = self
            .broadcast
            .borrow()
            .values()
            .find(|members| members.contains(&port))
            .map(|members| members.iter().copied().filter(|&p| p != port).collect())
            .unwrap_or_default();
        let (from, targets): (u32, Vec<(u32, u32)>) = {
            let ports = self.ports.borrow();
            let from = ports.get(&port).map_or(0, |e| e.lane);
            let targets = members
                .iter()
                .filter_map(|p| ports.get(p).map(|e| (*p, e.lane)))
                .collect();
            (from, targets)
        };
        for (member, lane) in targets {
            let latency = if lane == from { 0 } else { MESSAGE_US };
            self.post(
                lane,
                at + latency,
                Letter::Port {
                    port: member,
                    payload: payload.clone(),
                },
            );
        }
    }

    /// Take the oldest message that has reached `port` by `now` (`receiveMessageOnPort`).
    pub fn take_port_message(&self, port: u32, now: u64) -> Option<Payload> {
        let mut mail = self.mail.borrow_mut();
        let index = mail
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.at <= now && matches!(e.letter, Letter::Port { port: p, .. } if p == port)
            })
            .min_by_key(|(_, e)| (e.at, e.seq))
            .map(|(i, _)| i)?;
        match mail.remove(index).letter {
            Letter::Port { payload, .. } => Some(payload),
            _ => None,
        }
    }

    /// Tell `parent` that `lane` ended: a child process's pipes close first (the parent reads
    /// EOF), then the exit is noticed.
    fn post_exit(&self, parent: u32, at: u64, lane: u32, status: ExitStatus) {
        if self.kind_of(lane) != Some(LaneKind::Worker) {
            self.post(parent, at, Letter::Eof { lane });
        }
        let (code, signal) = status;
        self.post(parent, at, Letter::Exit { lane, code, signal });
    }

    /// `port` now lives in `lane` (the worker's end of its parent port).
    pub fn move_port(&self, port: u32, lane: u32) {
        if let Some(end) = self.ports.borrow_mut().get_mut(&port) {
            end.lane = lane;
        }
    }

    /// A pid for a child that `spawnSync` ran to completion.
    pub fn next_sync_pid(&self) -> u32 {
        let n = self.next_pid.get();
        self.next_pid.set(n + 1);
        n
    }

    /// Close `port`: both ends emit 'close' (the other one when the news reaches it).
    pub fn port_close(&self, port: u32, at: u64) {
        let peer = {
            let mut ports = self.ports.borrow_mut();
            let Some(end) = ports.get_mut(&port) else {
                return;
            };
            if end.closed {
                return;
            }
            end.closed = true;
            let peer = end.peer;
            ports
                .get(&peer)
                .filter(|p| !p.closed)
                .map(|p| (peer, p.lane))
        };
        if let Some((peer, lane)) = peer {
            if let Some(end) = self.ports.borrow_mut().get_mut(&peer) {
                end.closed = true;
            }
            self.post(lane, at + MESSAGE_US, Letter::PortClosed { port: peer });
        }
    }

    /// A spawn that failed (no such program): there is no lane, but Node made the stdio pipes
    /// before `uv_spawn`, and their read ends see EOF at once (the forked child exited at its
    /// failed exec). The id (beyond every lane's) names the failed child in that mail to `to`.
    pub fn spawn_failed(&self, to: u32, at: u64) -> u32 {
        let id = FAILED_SPAWN_IDS + self.failed_spawns.get();
        self.failed_spawns.set(self.failed_spawns.get() + 1);
        self.post(to, at, Letter::Eof { lane: id });
        id
    }

    // ------------------------------------------------------------------------- lanes

    fn new_lane(&self, kind: LaneKind, parent: u32, title: String) -> Option<(u32, u32)> {
        let id = self.next_lane.get();
        if id > MAX_LANES {
            return None;
        }
        self.next_lane.set(id + 1);
        let number = match kind {
            LaneKind::Worker => {
                let n = self.next_thread_id.get();
                self.next_thread_id.set(n + 1);
                n
            }
            LaneKind::Process | LaneKind::Command => {
                let n = self.next_pid.get();
                self.next_pid.set(n + 1);
                n
            }
        };
        self.info.borrow_mut().push(LaneInfo {
            id,
            kind,
            parent,
            title,
            number,
        });
        Some((id, number))
    }

    /// Start a runtime in a new lane; `setup` is completed with the lane's id.
    pub fn start_js(
        self: &Rc<Self>,
        kind: LaneKind,
        parent: &Host,
        mut setup: LaneSetup,
        options: RunOptions,
        title: String,
    ) -> Result<(u32, u32), String> {
        let (id, number) = self
            .new_lane(kind, parent.lane, title)
            .ok_or_else(|| format!("looplab runs at most {MAX_LANES} workers and processes"))?;
        setup.lane = id;
        setup.parent = parent.lane;
        if let Some(worker) = setup.worker.as_mut() {
            worker.thread_id = number;
        }
        if kind != LaneKind::Worker {
            setup.pid = number;
            setup.ppid = parent.setup.pid;
        } else {
            setup.pid = parent.setup.pid;
            setup.ppid = parent.setup.ppid;
        }
        let host = Host::in_world(
            self.clone(),
            setup,
            crate::schedule::Choices::new(Vec::new(), 0),
            options.limits,
            false,
            false,
        );
        *host.main_path.borrow_mut() = options.main.clone();
        let context = match crate::runtime::build_runtime(&host, &options, self.vfs()) {
            Ok(context) => context,
            Err(e) => return Err(format!("could not start the runtime: {e}")),
        };
        parent.event(TraceEvent::LaneStarted { lane: id });
        self.lanes.borrow_mut().insert(
            id,
            Lane {
                id,
                parent: parent.lane,
                body: Body::Js(Box::new(JsLane {
                    context,
                    host,
                    stepper: Stepper::default(),
                    options,
                    paused: None,
                })),
            },
        );
        Ok((id, number))
    }

    /// Start a command of the virtual shell whose outcome is already known: its output arrives
    /// on the parent's pipes after `duration_us`, then it exits.
    pub fn start_script(
        &self,
        parent: &Host,
        title: String,
        outcome: crate::shell::Outcome,
        sinks: [Sink; 2],
    ) -> Result<(u32, u32), String> {
        let (id, number) = self
            .new_lane(LaneKind::Command, parent.lane, title)
            .ok_or_else(|| format!("looplab runs at most {MAX_LANES} workers and processes"))?;
        let steps = script_steps(id, parent.clock.now_us(), outcome, sinks);
        parent.event(TraceEvent::LaneStarted { lane: id });
        self.lanes.borrow_mut().insert(
            id,
            Lane {
                id,
                parent: parent.lane,
                body: Body::Script(steps),
            },
        );
        Ok((id, number))
    }

    /// Start a command that reads its stdin: `run` gets the whole input once the parent ends it
    /// (`child.stdin.end()`).
    pub fn start_awaiting_input(
        &self,
        parent: &Host,
        title: String,
        sinks: [Sink; 2],
        run: Box<dyn FnOnce(&str) -> crate::shell::Outcome>,
    ) -> Result<(u32, u32), String> {
        let (id, number) = self
            .new_lane(LaneKind::Command, parent.lane, title)
            .ok_or_else(|| format!("looplab runs at most {MAX_LANES} workers and processes"))?;
        parent.event(TraceEvent::LaneStarted { lane: id });
        self.lanes.borrow_mut().insert(
            id,
            Lane {
                id,
                parent: parent.lane,
                body: Body::AwaitingInput(Box::new(AwaitingInput {
                    input: String::new(),
                    sinks,
                    run,
                })),
            },
        );
        Ok((id, number))
    }

    /// End lane `lane` now (`worker.terminate()`, `child.kill(signal)`): its parent hears of
    /// the exit in its next poll. Returns false when the lane already ended.
    /// Worker `lane`'s `stream` is read by its parent (`stdout: true` / `stderr: true`).
    pub fn capture_stdio(&self, lane: u32, stream: Stream) {
        self.captured_stdio
            .borrow_mut()
            .insert((lane, stream == Stream::Stderr));
    }

    /// Whether engine lane `lane` ran its main script yet (Node's worker has its environment);
    /// false for any other lane.
    pub fn has_started(&self, lane: u32) -> bool {
        match self.lanes.borrow().get(&lane).map(|l| &l.body) {
            Some(Body::Js(js)) => js.paused.is_some(),
            // Being stepped right now: it is running.
            _ => self.stepping.borrow().contains(&lane),
        }
    }

    pub fn kill(&self, lane: u32, code: Option<i32>, signal: Option<String>, at: u64) -> bool {
        let removed = self.lanes.borrow_mut().remove(&lane);
        match removed {
            Some(removed) => {
                self.post_exit(removed.parent, at + MESSAGE_US, lane, (code, signal));
                self.drop_mail_for(lane);
                true
            }
            None if self.stepping.borrow().contains(&lane) => {
                // Being stepped right now (it signalled itself): it ends after this step.
                let mut doomed = self.doomed.borrow_mut();
                if doomed.contains_key(&lane) {
                    return false;
                }
                doomed.insert(lane, (code, signal));
                true
            }
            None => false,
        }
    }

    /// Send signal `name` to process `lane` (`child.kill`, `process.kill(pid)`): a process with
    /// listeners for it runs them (Node's signal watcher), others take the default action
    /// (`signal(7)`: most end the process, a few are ignored). SIGKILL and SIGSTOP cannot be
    /// caught. Returns false when the process already ended.
    pub fn signal(&self, lane: u32, name: &str, number: u32, at: u64) -> bool {
        let listening = {
            let lanes = self.lanes.borrow();
            match lanes.get(&lane).map(|l| &l.body) {
                None if !self.info.borrow().iter().any(|i| i.id == lane) => return false,
                Some(Body::Js(js)) => js.host.state.borrow().signal_listeners.contains(name),
                _ => false,
            }
        };
        let listening = listening && !self.under_shell.borrow().contains(&lane);
        if listening && !matches!(name, "SIGKILL" | "SIGSTOP") {
            if !self.lanes.borrow().contains_key(&lane) {
                return false;
            }
            self.post(
                lane,
                at + MESSAGE_US,
                Letter::Signal {
                    name: name.to_string(),
                    number,
                },
            );
            return true;
        }
        if matches!(
            name,
            "SIGCHLD" | "SIGCONT" | "SIGURG" | "SIGWINCH" | "SIGSTOP" | "SIGTSTP"
        ) {
            // Ignored by default (stopping is not modelled: the process carries on).
            return self.lanes.borrow().contains_key(&lane);
        }
        self.kill(lane, None, Some(name.to_string()), at)
    }

    /// Lane `lane` runs `node` under `sh -c`: a signal meant for it reaches the shell.
    pub fn mark_under_shell(&self, lane: u32) {
        self.under_shell.borrow_mut().insert(lane);
    }

    /// Whether lane `lane` still runs.
    pub fn is_alive(&self, lane: u32) -> bool {
        self.lanes.borrow().contains_key(&lane)
            || (self.info.borrow().iter().any(|i| i.id == lane)
                && !self.doomed.borrow().contains_key(&lane)
                && self.stepping.borrow().contains(&lane))
    }

    /// The lane of the child process whose pid is `pid`.
    pub fn lane_of_pid(&self, pid: u32) -> Option<u32> {
        self.info
            .borrow()
            .iter()
            .find(|i| i.number == pid && i.kind != LaneKind::Worker)
            .map(|i| i.id)
    }

    fn drop_mail_for(&self, lane: u32) {
        self.mail.borrow_mut().retain(|e| e.to != lane);
    }

    /// When lane `id` next has something to do, if ever.
    fn wake_of(&self, lane: &Lane) -> Option<u64> {
        match &lane.body {
            Body::Script(steps) => steps.front().map(|(at, _)| *at),
            Body::AwaitingInput(_) => self.earliest_mail_for(lane.id),
            Body::Js(js) => {
                let now = js.host.clock.now_us();
                let own = match js.paused {
                    None | Some(PollTimeout::Zero) => Some(now),
                    Some(PollTimeout::Until(t)) => Some(t.max(now)),
                    Some(PollTimeout::Forever) => None,
                };
                let mail = self.earliest_mail_for(lane.id).map(|t| t.max(now));
                match (own, mail) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                }
            }
        }
    }

    /// What shell commands wrote straight to the terminal (`stdio: 'inherit'`) before `now`,
    /// taken from their lanes, earliest first. A command is a process of its own: its output
    /// reaches the terminal at its time even while the writer's JavaScript runs, so it comes
    /// before a line the main thread writes later (a first `console.log` pays for making
    /// `process.stdout`, and a fast `echo` beats it).
    pub fn terminal_before(&self, now: u64) -> Vec<(u32, Stream, String)> {
        let mut due = Vec::new();
        for lane in self.lanes.borrow_mut().values_mut() {
            if let Body::Script(steps) = &mut lane.body {
                while let Some((at, ScriptStep::Terminal(..))) = steps.front() {
                    if *at >= now {
                        break;
                    }
                    if let Some((at, ScriptStep::Terminal(stream, text))) = steps.pop_front() {
                        due.push((at, lane.id, stream, text));
                    }
                }
            }
        }
        due.sort_by_key(|&(at, id, ..)| (at, id));
        due.into_iter()
            .map(|(_, id, stream, text)| (id, stream, text))
            .collect()
    }

    /// The lane with the earliest wake-up (ties: the older lane).
    pub fn next_wake(&self) -> Option<(u32, u64)> {
        let lanes = self.lanes.borrow();
        lanes
            .values()
            .filter_map(|lane| self.wake_of(lane).map(|t| (lane.id, t)))
            .min_by_key(|&(id, t)| (t, id))
    }

    /// Run lane `id` up to its next wait (or its end).
    pub fn step(&self, id: u32, wake: u64) {
        let Some(mut lane) = self.lanes.borrow_mut().remove(&id) else {
            return;
        };
        self.stepping.borrow_mut().push(id);
        let ended = match &mut lane.body {
            Body::Script(steps) => match steps.pop_front() {
                Some((_, ScriptStep::Terminal(stream, text))) => {
                    let root = self.root.borrow().upgrade();
                    if let Some(root) = root {
                        root.write_line(id, stream, text, None);
                    }
                    None
                }
                Some((at, ScriptStep::Mail(Letter::Exit { code, signal, .. }))) => {
                    Some((at, code, signal))
                }
                Some((at, ScriptStep::Mail(letter))) => {
                    self.post(lane.parent, at, letter);
                    None
                }
                None => Some((wake, Some(0), None)),
            },
            Body::Js(js) => step_js(js, wake).map(|code| {
                // A process ended by a signal's default action reports the signal, no code.
                let signal = js.host.state.borrow_mut().killed_by.take();
                let code = if signal.is_some() { None } else { code };
                (js.host.clock.now_us(), code, signal)
            }),
            Body::AwaitingInput(_) => {
                let mut ended = false;
                for envelope in self.take_mail_for(id, wake) {
                    if let (Letter::Stdin { text, .. }, Body::AwaitingInput(waiting)) =
                        (envelope.letter, &mut lane.body)
                    {
                        match text {
                            Some(text) => waiting.input.push_str(&text),
                            None => ended = true,
                        }
                    }
                }
                if ended
                    && let Body::AwaitingInput(waiting) =
                        std::mem::replace(&mut lane.body, Body::Script(VecDeque::new()))
                {
                    let outcome = (waiting.run)(&waiting.input);
                    lane.body = Body::Script(script_steps(id, wake, outcome, waiting.sinks));
                }
                None
            }
        };
        self.stepping.borrow_mut().retain(|&l| l != id);
        let doomed = self.doomed.borrow_mut().remove(&id);
        if let Some(status) = doomed {
            // It ends after what it wrote in this step.
            let now = match &lane.body {
                Body::Js(js) => js.host.clock.now_us(),
                _ => wake,
            };
            self.post_exit(lane.parent, now + MESSAGE_US, id, status);
            self.drop_mail_for(id);
            return;
        }
        match ended {
            Some((at, code, signal)) => {
                self.post_exit(lane.parent, at + MESSAGE_US, id, (code, signal));
                self.drop_mail_for(id);
            }
            None => {
                self.lanes.borrow_mut().insert(id, lane);
            }
        }
    }
}

/// The timed steps of a command that started at `start`: its output half-way, then its exit.
fn script_steps(
    id: u32,
    start: u64,
    outcome: crate::shell::Outcome,
    sinks: [Sink; 2],
) -> VecDeque<(u64, ScriptStep)> {
    let end = start + outcome.duration_us.max(COMMAND_US);
    let written = end - COMMAND_US / 2;
    let mut steps = VecDeque::new();
    for (stream, text, sink) in [
        (Stream::Stdout, outcome.stdout, sinks[0]),
        (Stream::Stderr, outcome.stderr, sinks[1]),
    ] {
        match sink {
            _ if text.is_empty() => {}
            Sink::ToParent => steps.push_back((
                written,
                ScriptStep::Mail(Letter::Stdio {
                    lane: id,
                    stream,
                    text,
                }),
            )),
            Sink::Terminal | Sink::Local => {
                steps.push_back((written, ScriptStep::Terminal(stream, text)))
            }
            Sink::Discard => {}
        }
    }
    steps.push_back((
        end,
        ScriptStep::Mail(Letter::Exit {
            lane: id,
            code: Some(outcome.code),
            signal: None,
        }),
    ));
    steps
}

/// One step of an engine lane: start it, or let its poll's wait end at `wake` and run up to
/// the next wait. Returns its exit code when it ended.
fn step_js(js: &mut JsLane, wake: u64) -> Option<Option<i32>> {
    let host = js.host.clone();
    if wake > host.clock.now_us() {
        host.clock.advance_us(wake - host.clock.now_us());
    }
    let context = &mut js.context;
    let flow: Flow<Pause> = if js.paused.is_none() {
        if host.setup.worker.is_some() {
            // Node emits 'online' once the worker's environment is ready to run its script.
            host.world.post(
                host.setup.parent,
                host.clock.now_us() + MESSAGE_US,
                Letter::Online { lane: host.lane },
            );
        }
        crate::runtime::run_main(context, &host, &js.options)
            .and_then(|()| js.stepper.run_to_wait(context, &host))
    } else {
        event_loop::check_time_budget(&host).and_then(|()| js.stepper.run_to_wait(context, &host))
    };
    match flow {
        Ok(Pause::Poll(timeout)) => {
            js.paused = Some(timeout);
            None
        }
        Ok(Pause::Done) => Some(Some(code_of(crate::runtime::conclude(
            context,
            &host,
            Ok(()),
        )))),
        Err(abort) => Some(Some(code_of(crate::runtime::conclude(
            context,
            &host,
            Err(abort),
        )))),
    }
}

fn code_of(ending: Ending) -> i32 {
    match ending {
        Ending::Exited { code } | Ending::LimitExceeded { code, .. } => code,
        Ending::Stopped => 130,
    }
}

/// Which module's JavaScript handles a kind of mail (registered by `setHandler`).
fn handler_for(host: &Host, name: &str) -> Option<JsFunction> {
    host.state.borrow().lane_handlers.get(name).cloned()
}

/// The poll phase's mail: messages on this runtime's ports, its children's output, exits and
/// IPC, each run as a callback of its own (ticks and microtasks drain after each, as after any
/// libuv callback).
pub fn deliver_mail(context: &mut Context, host: &Host) -> Flow {
    let world = host.world.clone();
    let mut batch = world.take_mail_for(host.lane, host.clock.now_us());
    if let Some(cut) = racy_cut(host, &batch) {
        // This poll saw only the mail that had arrived before the cut: the rest waits for the
        // next one.
        for envelope in batch.split_off(cut) {
            world.mail.borrow_mut().push(envelope);
        }
    }
    batch.sort_by_key(|e| rank(&world, &e.letter));
    if let Some(at) = exit_noticed_later(host, &batch) {
        let later = batch.remove(at);
        world.mail.borrow_mut().push(later);
    }
    for envelope in coalesce(host, batch) {
        let (handler, args): (&str, Vec<JsValue>) = match envelope.letter {
            Letter::Stdio { lane, stream, text } => {
                let name = match stream {
                    Stream::Stdout => "stdout",
                    Stream::Stderr => "stderr",
                };
                let worker = world.kind_of(lane) == Some(LaneKind::Worker);
                if worker
                    && world
                        .captured_stdio
                        .borrow()
                        .contains(&(lane, stream == Stream::Stderr))
                {
                    // Read by the parent: the Worker's own stream gets it.
                    world.ack_worker_stdio(host, lane, stream);
                    let text = JsString::from(text.as_str()).into();
                    ("worker", vec![js_string!(name).into(), lane.into(), text])
                } else if worker {
                    // A worker's stdout is the process's: the parent thread writes it.
                    host.write_line(lane, stream, text, None);
                    world.ack_worker_stdio(host, lane, stream);
                    continue;
                } else {
                    (
                        "child",
                        vec![
                            js_string!(name).into(),
                            lane.into(),
                            JsString::from(text.as_str()).into(),
                        ],
                    )
                }
            }
            Letter::Port { port, payload } => {
                let mut args = vec![js_string!("message").into(), port.into()];
                args.extend(payload_to_js(&payload, context));
                ("port", args)
            }
            Letter::PortClosed { port } => ("port", vec![js_string!("close").into(), port.into()]),
            Letter::Eof { lane } => ("child", vec![js_string!("eof").into(), lane.into()]),
            Letter::Online { lane } => ("worker", vec![js_string!("online").into(), lane.into()]),
            Letter::WorkerError { lane, payload } => {
                let mut args = vec![js_string!("error").into(), lane.into()];
                args.extend(payload_to_js(&payload, context));
                // Unhandled in the parent, Node rethrows it from its event target and prints
                // that arrow, then the error's stack (an eval worker's starts with the
                // worker's arrow: see `report_worker_error`).
                args.push(JsString::from(WORKER_ERROR_ARROW).into());
                ("worker", args)
            }
            Letter::Exit { lane, code, signal } => {
                host.event(TraceEvent::LaneExited {
                    lane,
                    code,
                    signal: signal.clone(),
                });
                let code = code.map_or(JsValue::null(), JsValue::from);
                let signal = signal.map_or(JsValue::null(), |s| JsString::from(s.as_str()).into());
                if world.kind_of(lane) == Some(LaneKind::Worker) {
                    ("worker", vec![js_string!("exit").into(), lane.into(), code])
                } else {
                    (
                        "child",
                        vec![js_string!("exit").into(), lane.into(), code, signal],
                    )
                }
            }
            Letter::Ipc { lane, json } => {
                let json = json.iter().map(|j| JsString::from(j.as_str()).into());
                let json: JsValue = JsArray::from_iter(json, context).into();
                if lane == host.lane {
                    ("ipc", vec![js_string!("message").into(), json])
                } else {
                    (
                        "child",
                        vec![js_string!("message").into(), lane.into(), json],
                    )
                }
            }
            Letter::Disconnect { lane } => {
                if lane == host.lane {
                    ("ipc", vec![js_string!("disconnect").into()])
                } else {
                    ("child", vec![js_string!("disconnect").into(), lane.into()])
                }
            }
            Letter::AtomicsWake { waiter, handle } => {
                if let Some(handle) = handle {
                    host.state.borrow_mut().handles.remove(&handle);
                }
                ("atomics", vec![(waiter as f64).into()])
            }
            Letter::StdioAck { stream } => {
                if let Some(text) = crate::worker_stdio::acknowledged(host, stream) {
                    world.post_stdio(host, stream, text);
                }
                continue;
            }
            Letter::Signal { name, number } => (
                "signal",
                vec![JsString::from(name.as_str()).into(), number.into()],
            ),
            Letter::Stdin { text, .. } => (
                "ipc",
                vec![
                    js_string!("stdin").into(),
                    text.map_or(JsValue::null(), |t| JsString::from(t.as_str()).into()),
                ],
            ),
        };
        let Some(function) = handler_for(host, handler) else {
            continue;
        };
        // Poll found the letter: it waits in the poll queue (as the loop view shows it) until
        // JavaScript gets it, right away.
        let id = host.describe(
            Queue::Poll,
            handler,
            || format!("({handler} mail)"),
            None,
            None,
        );
        host.state.borrow_mut().mail_arrived.push(id);
        host.event(TraceEvent::Enqueued { callback: id });
        host.state.borrow_mut().mail_arrived.retain(|&m| m != id);
        let async_id = host.new_async_id();
        let running = Running::new(id, Queue::Poll);
        let outcome = event_loop::invoke(context, host, running, async_id, |ctx| {
            function.call(&JsValue::undefined(), &args, ctx)
        })?;
        if outcome == Outcome::Returned {
            event_loop::process_ticks_and_rejections(context, host)?;
        }
    }
    Ok(())
}

/// A pipe is read as a stream of bytes: what a child wrote to it since the last read arrives
/// as one chunk (one 'data' event), however many writes made it. (A worker's output is not a
/// pipe: the parent writes each of its writes.) The IPC channel is a pipe too: messages sent back
/// to back may be parsed from one read (each emitted on its own tick, all queued before any
/// listener runs) or from several; Node reads two quick `send`s apart in about two runs of three,
/// the default here, and `--all-orderings` explores reading them together.
fn coalesce(host: &Host, batch: Vec<Envelope>) -> Vec<Envelope> {
    let world = &host.world;
    let mut out: Vec<Envelope> = Vec::with_capacity(batch.len());
    for envelope in batch {
        // Messages sent apart in time were read apart.
        let close_in_time = out
            .last()
            .is_some_and(|e| envelope.at.saturating_sub(e.at) <= IPC_READ_WINDOW_US);
        match (out.last_mut().map(|e| &mut e.letter), &envelope.letter) {
            (
                Some(Letter::Stdio {
                    lane: previous_lane,
                    stream: previous_stream,
                    text: previous_text,
                }),
                Letter::Stdio { lane, stream, text },
            ) if previous_lane == lane
                && previous_stream == stream
                && world.kind_of(*lane) != Some(LaneKind::Worker) =>
            {
                previous_text.push_str(text);
                continue;
            }
            (
                Some(Letter::Ipc {
                    lane: previous_lane,
                    json: previous,
                }),
                Letter::Ipc { lane, json },
            ) if previous_lane == lane
                && close_in_time
                && host.lane == 0
                && event_loop::race(host, "two IPC messages read from the channel at once") =>
            {
                previous.extend(json.iter().cloned());
                continue;
            }
            _ => {}
        }
        out.push(envelope);
    }
    out
}

/// The order in which one poll phase handles a worker's mail. Node reads a worker's two ports
/// in turn: first the internal one (its stdout and stderr, its uncaught error), then the public
/// one (`postMessage`); 'online' comes before either, and on exit Node drains both before it
/// emits 'exit'. Other mail (a child process's pipes and IPC) keeps the order it was sent in.
fn rank(world: &World, letter: &Letter) -> u8 {
    match letter {
        Letter::Online { .. } => 0,
        Letter::Stdio { lane, .. } if world.kind_of(*lane) == Some(LaneKind::Worker) => 1,
        Letter::WorkerError { .. } => 1,
        Letter::Exit { .. } => 3,
        _ => 2,
    }
}

/// A child process's exit in the same batch as its pipes' EOF: libuv hears of the exit
/// through SIGCHLD (its signal pipe), a file descriptor of its own that one `epoll_wait` may
/// report with the pipes or a later one may; Node 20 shows both (the exit with the EOF in
/// about 70% of runs of `spawn('echo')`, so the pipes' 'close', which comes in the close phase,
/// follows 'exit'; otherwise the pipes close first and 'close' follows 'exit' at once). The
/// index of the exit letter this poll leaves for the next one, if the race says so.
fn exit_noticed_later(host: &Host, batch: &[Envelope]) -> Option<usize> {
    if host.lane != 0 {
        return None;
    }
    let index = batch.iter().position(|e| match e.letter {
        Letter::Exit { lane, .. } => batch
            .iter()
            .any(|other| matches!(other.letter, Letter::Eof { lane: l } if l == lane)),
        _ => false,
    })?;
    event_loop::race(
        host,
        "a child's exit noticed in a later poll than its pipes' EOF",
    )
    .then_some(index)
}

/// Where Node rethrows a worker's error that has no 'error' listener in the parent.
const WORKER_ERROR_ARROW: &str = "\nnode:internal/event_target:1105\n  process.nextTick(() => { throw err; });\n                           ^";

/// Where the main thread's poll may cut a batch of mail: the mail arrived over some span of
/// real time, and a poll phase sees only what had arrived when it looked. That matters when a
/// letter that this poll would handle earlier (a worker's output or error) was sent after one it
/// handles later (a message): Node then prints either order. Default: the poll woke for the
/// first letter and saw only what came before the later-sent one (Node's likelier outcome: a
/// worker that posts a message and then throws shows 'message' before 'error' in about 70% of
/// runs, as the parent, idle in its poll, wakes at the message); `--all-orderings` also
/// explores the poll that saw it all.
fn racy_cut(host: &Host, batch: &[Envelope]) -> Option<usize> {
    if host.lane != 0 {
        return None;
    }
    let world = &host.world;
    let mut highest = 0;
    let mut cut = None;
    for (i, envelope) in batch.iter().enumerate() {
        let r = rank(world, &envelope.letter);
        if r < highest && r != 0 {
            cut = Some(i);
            break;
        }
        highest = highest.max(r);
    }
    let cut = cut?;
    event_loop::race_defaulting(
        host,
        "a worker's output or error sent after a message",
        true,
    )
    .then_some(cut)
}

/// A worker's uncaught exception is not printed: Node serializes it to the parent, which emits
/// 'error' on the Worker. Returns false on the main thread (then the error is printed). The
/// worker's `arrow` goes atop the stack of an error that escaped an eval worker's script.
pub fn report_worker_error(
    context: &mut Context,
    host: &Host,
    error: &JsValue,
    arrow: Option<&str>,
) -> bool {
    if host.setup.worker.is_none() {
        return false;
    }
    let arrow_value: JsValue = arrow.map_or(JsValue::undefined(), |a| JsString::from(a).into());
    let payload = handler_for(host, "serializeError")
        .and_then(|f| {
            f.call(
                &JsValue::undefined(),
                &[error.clone(), arrow_value],
                context,
            )
            .ok()
        })
        .and_then(|parts| payload_from_js(&parts, context).ok())
        .unwrap_or_default();
    host.world.post(
        host.setup.parent,
        host.clock.now_us() + MESSAGE_US,
        Letter::WorkerError {
            lane: host.lane,
            payload,
        },
    );
    true
}

/// The payload's parts as JavaScript values: json, [ArrayBuffer], [SharedArrayBuffer], [port].
pub fn payload_to_js(payload: &Payload, context: &mut Context) -> Vec<JsValue> {
    let buffers: Vec<JsValue> = payload
        .buffers
        .iter()
        .filter_map(|bytes| {
            JsArrayBuffer::from_byte_block(AlignedVec::from_slice(64, bytes), context)
                .ok()
                .map(JsValue::from)
        })
        .collect();
    let shared: Vec<JsValue> = payload
        .shared
        .iter()
        .map(|inner| JsSharedArrayBuffer::from_buffer(inner.clone(), context).into())
        .collect();
    let ports: Vec<JsValue> = payload.ports.iter().map(|&p| JsValue::from(p)).collect();
    vec![
        JsString::from(payload.json.as_str()).into(),
        JsArray::from_iter(buffers, context).into(),
        JsArray::from_iter(shared, context).into(),
        JsArray::from_iter(ports, context).into(),
    ]
}

/// Read a payload from `{ json, buffers, shared, ports }` as `js/worker_threads.js` makes it.
pub fn payload_from_js(value: &JsValue, context: &mut Context) -> JsResult<Payload> {
    let Some(object) = value.as_object() else {
        return Ok(Payload::default());
    };
    let json = object
        .get(js_string!("json"), context)?
        .to_string(context)?
        .to_std_string_lossy();
    let mut payload = Payload {
        json,
        ..Payload::default()
    };
    for item in items(&object.get(js_string!("buffers"), context)?, context)? {
        if let Some(o) = item.as_object()
            && let Ok(buffer) = JsArrayBuffer::from_object(o.clone())
        {
            payload.buffers.push(buffer.to_vec().unwrap_or_default());
        }
    }
    for item in items(&object.get(js_string!("shared"), context)?, context)? {
        if let Some(o) = item.as_object()
            && let Ok(buffer) = JsSharedArrayBuffer::from_object(o.clone())
        {
            payload.shared.push(buffer.inner());
        }
    }
    for item in items(&object.get(js_string!("ports"), context)?, context)? {
        if let Some(n) = item.as_number() {
            payload.ports.push(n as u32);
        }
    }
    Ok(payload)
}

/// The items of an array (none for anything else).
pub fn items(value: &JsValue, context: &mut Context) -> JsResult<Vec<JsValue>> {
    let Some(object) = value.as_object() else {
        return Ok(Vec::new());
    };
    let Ok(array) = JsArray::from_object(object.clone()) else {
        return Ok(Vec::new());
    };
    let len = array.length(context)?;
    (0..len).map(|i| array.get(i, context)).collect()
}

/// A property of an options object as a string, if it is one.
pub fn string_prop(object: &JsObject, name: &str, context: &mut Context) -> Option<String> {
    object
        .get(JsString::from(name), context)
        .ok()
        .and_then(|v| v.as_string().map(|s| s.to_std_string_lossy()))
}
