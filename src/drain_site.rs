//! Who drained the nextTick and microtask queues, and the frames Node's stacks show for it
//! under a tick, a microtask or the unhandled-rejection processing.
//!
//! Node drains the queues from three places (lib/internal/process/task_queues.js,
//! lib/internal/timers.js, src/api/callback.cc):
//! - a callback's `InternalCallbackScope` closing (C++): a native microtask checkpoint when no
//!   tick is queued (no JS frame), then `processTicksAndRejections` called from C++ on
//!   `process` when ticks or rejections to report are left;
//! - `runNextTicks` between two timers of a list, two timer lists or two immediates: its own
//!   `runMicrotasks()` when no tick is queued and no rejection waits to be reported, else
//!   `processTicksAndRejections`.
//!
//! The order of the callbacks is the same either way; only the stack frames differ, and they
//! show in every stack printed from a tick or a microtask (`console.log(err)`, an uncaught
//! error's report).

use crate::report::Queue;

/// The function of Node's loop that called the drain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Drainer {
    /// A callback's `InternalCallbackScope` closing, after any callback from C++ (the main
    /// script, an I/O callback, the last timer or immediate of a pass, an emitted event).
    #[default]
    CallbackScope,
    /// `runNextTicks` between two timers of one list (`listOnTimeout`).
    ListOnTimeout,
    /// `runNextTicks` between two timer lists (`processTimers`).
    ProcessTimers,
    /// `runNextTicks` between two immediates (`processImmediate`).
    ProcessImmediate,
}

/// What the drain is running now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DrainJob {
    /// A nextTick callback called without arguments (`callback()`).
    #[default]
    Tick,
    /// A nextTick callback given arguments: `processTicksAndRejections` calls it on the line of
    /// its switch for their count (1 to 4; 5 stands for more, spread).
    TickWithArgs(u8),
    /// A promise job or any other job V8 runs in its checkpoint.
    Microtask,
    /// A `queueMicrotask` callback, which Node wraps in an `AsyncResource`.
    QueueMicrotask,
    /// `processPromiseRejections`, reporting unhandled rejections.
    Rejections,
}

/// Where the running tick or microtask was called from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DrainSite {
    pub drainer: Drainer,
    /// Inside `processTicksAndRejections`; else in a microtask checkpoint of its own (the
    /// native one of a callback scope, or `runNextTicks`' `runMicrotasks()`).
    pub in_process_ticks: bool,
    pub job: DrainJob,
}

/// The frames `queueMicrotask`'s wrapper adds above the callback.
const QUEUE_MICROTASK: [&str; 3] = [
    "    at node:internal/process/task_queues:140:7",
    "    at AsyncResource.runInAsyncScope (node:async_hooks:206:9)",
    "    at AsyncResource.runMicrotask (node:internal/process/task_queues:137:8)",
];

impl DrainSite {
    /// Node 20.20.2's frames below the running job, innermost first.
    pub fn frames(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        if self.job == DrainJob::QueueMicrotask {
            out.extend(QUEUE_MICROTASK.iter().map(|l| l.to_string()));
        }
        let native = self.drainer == Drainer::CallbackScope;
        if self.in_process_ticks {
            let place = match self.job {
                DrainJob::Tick => "77:11",
                DrainJob::TickWithArgs(1) => "81:21",
                DrainJob::TickWithArgs(2) => "82:21",
                DrainJob::TickWithArgs(3) => "83:21",
                DrainJob::TickWithArgs(4) => "84:21",
                DrainJob::TickWithArgs(_) => "85:22",
                DrainJob::Microtask | DrainJob::QueueMicrotask => "95:5",
                DrainJob::Rejections => "96:32",
            };
            // Called from C++, its receiver is `process`; from `runNextTicks`, none.
            let receiver = if native { "process." } else { "" };
            out.push(format!(
                "    at {receiver}processTicksAndRejections (node:internal/process/task_queues:{place})"
            ));
            if !native {
                out.push("    at runNextTicks (node:internal/process/task_queues:64:3)".into());
            }
        } else if !native {
            out.push("    at runNextTicks (node:internal/process/task_queues:60:5)".into());
        }
        let caller: &[&str] = match self.drainer {
            Drainer::CallbackScope => &[],
            Drainer::ListOnTimeout => &[
                "    at listOnTimeout (node:internal/timers:545:9)",
                "    at process.processTimers (node:internal/timers:519:7)",
            ],
            Drainer::ProcessTimers => {
                &["    at process.processTimers (node:internal/timers:516:9)"]
            }
            Drainer::ProcessImmediate => {
                &["    at process.processImmediate (node:internal/timers:454:9)"]
            }
        };
        out.extend(caller.iter().map(|l| l.to_string()));
        out
    }
}

/// The loop under the running callback: its queue, and for a tick or a microtask who drained
/// it. An error records the one it was made in, as V8 captures its frames at construction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoopContext {
    pub queue: Queue,
    pub site: DrainSite,
    /// The running callback's id (the report's), 0 for none.
    pub callback: u32,
    /// A timer or immediate called with arguments (`Running::with_args`).
    pub with_args: bool,
}

const QUEUES: [Queue; 8] = [
    Queue::Main,
    Queue::NextTick,
    Queue::Microtask,
    Queue::Timers,
    Queue::Pending,
    Queue::Poll,
    Queue::Check,
    Queue::Close,
];
const DRAINERS: [Drainer; 4] = [
    Drainer::CallbackScope,
    Drainer::ListOnTimeout,
    Drainer::ProcessTimers,
    Drainer::ProcessImmediate,
];
const JOBS: [DrainJob; 9] = [
    DrainJob::Tick,
    DrainJob::TickWithArgs(1),
    DrainJob::TickWithArgs(2),
    DrainJob::TickWithArgs(3),
    DrainJob::TickWithArgs(4),
    DrainJob::TickWithArgs(5),
    DrainJob::Microtask,
    DrainJob::QueueMicrotask,
    DrainJob::Rejections,
];

impl LoopContext {
    /// Node 20.20.2's frames of the loop under the outermost frame of the user's code, for a
    /// callback the loop called itself.
    pub fn frames(&self) -> Vec<String> {
        // `listOnTimeout` calls `timer._onTimeout()` without arguments, else
        // `ReflectApply(timer._onTimeout, timer, args)`; `processImmediate` likewise.
        let lines: &[&str] = match (self.queue, self.with_args) {
            (Queue::Timers, false) => &[
                "    at listOnTimeout (node:internal/timers:581:17)",
                "    at process.processTimers (node:internal/timers:519:7)",
            ],
            (Queue::Timers, true) => &[
                "    at listOnTimeout (node:internal/timers:583:11)",
                "    at process.processTimers (node:internal/timers:519:7)",
            ],
            (Queue::Check, false) => {
                &["    at process.processImmediate (node:internal/timers:483:21)"]
            }
            (Queue::Check, true) => {
                &["    at process.processImmediate (node:internal/timers:485:21)"]
            }
            (Queue::NextTick | Queue::Microtask, _) => return self.site.frames(),
            _ => &[],
        };
        lines.iter().map(|l| l.to_string()).collect()
    }

    /// A number to keep with an error (a JS value in a WeakMap), exact in an f64.
    pub fn encode(&self) -> f64 {
        let index = |found: Option<usize>| found.unwrap_or(0) as u32;
        let code = index(QUEUES.iter().position(|q| *q == self.queue)) * 1000
            + index(DRAINERS.iter().position(|d| *d == self.site.drainer)) * 100
            + u32::from(self.site.in_process_ticks) * 10
            + index(JOBS.iter().position(|j| *j == self.site.job))
            + u32::from(self.with_args) * 10_000;
        f64::from(self.callback) * 100_000.0 + f64::from(code)
    }

    pub fn decode(encoded: f64) -> Option<Self> {
        if !(0.0..=f64::from(u32::MAX) * 100_000.0 + 99_999.0).contains(&encoded) {
            return None;
        }
        let callback = (encoded / 100_000.0).floor() as u32;
        let code = (encoded - f64::from(callback) * 100_000.0) as u32;
        Some(Self {
            callback,
            with_args: code / 10_000 == 1,
            queue: *QUEUES.get((code / 1000 % 10) as usize)?,
            site: DrainSite {
                drainer: *DRAINERS.get((code / 100 % 10) as usize)?,
                in_process_ticks: code / 10 % 10 == 1,
                job: *JOBS.get((code % 10) as usize)?,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_loop_context_survives_its_encoding() {
        let context = LoopContext {
            callback: 4_000_000_000,
            with_args: true,
            queue: Queue::Microtask,
            site: DrainSite {
                drainer: Drainer::ProcessImmediate,
                in_process_ticks: true,
                job: DrainJob::QueueMicrotask,
            },
        };
        assert_eq!(LoopContext::decode(context.encode()), Some(context));
    }

    #[test]
    fn a_promise_job_of_a_native_checkpoint_has_no_loop_frame() {
        let site = DrainSite {
            job: DrainJob::Microtask,
            ..DrainSite::default()
        };
        assert!(site.frames().is_empty());
    }

    #[test]
    fn a_tick_run_between_two_timers_shows_run_next_ticks_and_the_timer_functions() {
        let site = DrainSite {
            drainer: Drainer::ListOnTimeout,
            in_process_ticks: true,
            job: DrainJob::Tick,
        };
        assert_eq!(
            site.frames(),
            [
                "    at processTicksAndRejections (node:internal/process/task_queues:77:11)",
                "    at runNextTicks (node:internal/process/task_queues:64:3)",
                "    at listOnTimeout (node:internal/timers:545:9)",
                "    at process.processTimers (node:internal/timers:519:7)",
            ]
        );
    }
}
