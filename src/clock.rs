//! The virtual clock: deterministic time for a run, with libuv's cached loop time.
//!
//! Real Node reads a monotonic clock; a run here must be reproducible, so time only moves when
//! the model says so: when the loop waits in the poll phase for the next timer, when a callback
//! runs (each costs `CALLBACK_COST_US`, so a busy loop of immediates lets timers fall due as it
//! would in Node), and when JavaScript reads the clock (`Date.now()`, `performance.now()`), so
//! that a busy-wait on the clock ends.

use std::cell::Cell;

/// Virtual microseconds that running one callback costs.
pub const CALLBACK_COST_US: u64 = 10;
/// Virtual microseconds that one read of the clock from JavaScript costs.
pub const CLOCK_READ_COST_US: u64 = 1;
/// Virtual microseconds that making `process.stdout` or `process.stderr` costs (their first
/// use, e.g. the first `console.log`): Node builds the stream then (the pipe handle, `net`,
/// the console's binding), which takes 1.5 to 10 ms of real time (measured on node 20.20.2,
/// several runs). So a `setTimeout(0)` armed before the program's first `console.log` is
/// always due when the loop first looks, while one armed after it races `setImmediate`.
pub const STDIO_OPEN_COST_US: u64 = 3000;
/// Virtual microseconds that making `process.stdin` costs: a net.Socket over the pipe, 1.3 to
/// 1.6 ms of real time once `net` is loaded (3 to 10 ms when stdin is the first stdio stream
/// made; measured on node 20.20.2). So a `setTimeout(0)` armed before the program touches
/// `process.stdin` is due at the loop's first timers phase, before stdin's first read.
pub const STDIN_OPEN_COST_US: u64 = 1500;
/// Virtual microseconds that the first drain of the nextTick queue in a process costs: V8
/// compiles `processTicksAndRejections`' tick path then (lazily, at its first use). Measured
/// on node 20.20.2 (60 runs each) with `setTimeout(0); setImmediate()` in a main script: the
/// timeout comes first in 13% of runs alone, in 53% with a `process.nextTick` after them and
/// in 57% with a `console.log` before them (whose write queues an `afterWriteTick`), so that
/// first tick drain moves the loop's first look at the timers past the middle of the
/// millisecond. A microtask alone does not (23%).
pub const FIRST_TICK_DRAIN_US: u64 = 500;
/// `Date.now()` at the start of every run: 2024-01-01T00:00:00.000Z, so runs are reproducible.
pub const EPOCH_MS: i64 = 1_704_067_200_000;

/// The run's clock. `now_us` is "real" time; `loop_ms` is libuv's `loop->time`, which only
/// changes when the loop calls `uv__update_time`.
#[derive(Debug, Default)]
pub struct VirtualClock {
    now_us: Cell<u64>,
    loop_ms: Cell<u64>,
    /// The virtual time of the last millisecond tick a race took (`tick_to_ms`): from there on
    /// the virtual clock's millisecond boundaries are the real clock's, until a whole
    /// millisecond has passed (the costs it adds up are estimates).
    known_tick_us: Cell<Option<u64>>,
}

impl VirtualClock {
    /// A clock that starts at `us` into the run: a worker's or child's starts when it does,
    /// on the same time base as its parent's.
    pub fn starting_at(us: u64) -> Self {
        let clock = VirtualClock::default();
        clock.now_us.set(us);
        clock
    }

    /// Microseconds since the run started.
    pub fn now_us(&self) -> u64 {
        self.now_us.get()
    }

    /// Milliseconds since the run started, with sub-millisecond precision.
    pub fn now_ms_f64(&self) -> f64 {
        self.now_us.get() as f64 / 1000.0
    }

    /// libuv's cached loop time, in whole milliseconds (`uv_now`).
    pub fn loop_ms(&self) -> u64 {
        self.loop_ms.get()
    }

    /// `uv__update_time`: refresh the cached loop time from the clock.
    pub fn update_loop_time(&self) {
        self.loop_ms.set(self.now_us.get() / 1000);
    }

    /// Let `us` microseconds pass.
    pub fn advance_us(&self, us: u64) {
        self.now_us.set(self.now_us.get().saturating_add(us));
    }

    /// Move the clock forward to `ms` (never backwards), as when poll waited for a timer.
    pub fn advance_to_ms(&self, ms: u64) {
        let target = ms.saturating_mul(1000);
        if target > self.now_us.get() {
            self.now_us.set(target);
        }
    }

    /// A race decided that the real clock's millisecond ticked just now: move to `ms`, and
    /// remember where the boundary fell.
    pub fn tick_to_ms(&self, ms: u64) {
        self.advance_to_ms(ms);
        self.known_tick_us.set(Some(ms.saturating_mul(1000)));
    }

    /// Whether the millisecond's phase is known (a tick was taken less than a millisecond
    /// ago): then the next tick is a whole millisecond after that one, and the virtual clock
    /// alone says whether it came, with no race.
    pub fn tick_phase_known(&self) -> bool {
        self.known_tick_us
            .get()
            .is_some_and(|at| self.now_us.get() < at.saturating_add(1000))
    }

    /// A read of the clock from JavaScript: time passes a little with each read.
    pub fn read_us(&self) -> u64 {
        self.advance_us(CLOCK_READ_COST_US);
        self.now_us.get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_taken_tick_is_known_for_one_millisecond() {
        let clock = VirtualClock::default();
        assert!(!clock.tick_phase_known());
        clock.advance_us(2_400);
        clock.tick_to_ms(3);
        assert_eq!(clock.now_us(), 3_000);
        assert!(clock.tick_phase_known());
        clock.advance_us(999);
        assert!(clock.tick_phase_known());
        clock.advance_us(1);
        assert!(!clock.tick_phase_known());
    }
}
