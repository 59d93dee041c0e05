//! Timers and immediates as Node 20's `lib/internal/timers.js` keeps them.
//!
//! Timers live in one list per duration (`timerListMap[msecs]`), each list in insertion order
//! and ordered among lists by `(expiry, list id)` (Node's `timerListQueue` priority queue).
//! Immediates live in one FIFO (`immediateQueue`), plus the `outstandingQueue` that holds what
//! was left of a batch when an immediate threw. This module only keeps the bookkeeping; the
//! event loop (`event_loop.rs`) calls into JavaScript.

use std::collections::{BTreeMap, VecDeque};

/// Node's `TIMEOUT_MAX`: 2^31 - 1 ms.
pub const TIMEOUT_MAX: f64 = 2_147_483_647.0;

/// Node's delay rule (`new Timeout`): coerce to a number; anything not in `[1, TIMEOUT_MAX]`
/// becomes 1. Returns the delay and whether the `TimeoutOverflowWarning` must be printed.
pub fn clamp_delay(after: f64) -> (f64, bool) {
    if (1.0..=TIMEOUT_MAX).contains(&after) {
        (after, false)
    } else {
        (1.0, after > TIMEOUT_MAX)
    }
}

/// The bookkeeping of one `Timeout` object.
#[derive(Debug, Clone)]
pub struct TimerState {
    /// `_idleTimeout`, after clamping (may have a fraction; lists use its integer part).
    pub idle_timeout: f64,
    /// `_idleStart`: the loop time when it was (re)inserted.
    pub idle_start: u64,
    /// When it read the clock for `idle_start`, in the virtual clock's microseconds (which
    /// decides the likelier answer of a race on its expiry, `timer_clock.rs`).
    pub read_us: u64,
    /// `_repeat`: the interval of a `setInterval`.
    pub repeat: Option<f64>,
    /// `[kRefed]`.
    pub refed: bool,
    /// `_destroyed`.
    pub destroyed: bool,
    /// The duration list it sits in, if armed.
    pub list: Option<u64>,
    /// The report's id for the callback as armed now.
    pub report_id: u32,
}

/// One `TimersList`: timers of the same duration, in insertion order.
#[derive(Debug, Clone)]
pub struct TimersList {
    pub expiry: u64,
    pub id: u64,
    pub timers: VecDeque<u32>,
}

/// All timers of a run.
#[derive(Debug, Default)]
pub struct Timers {
    pub states: BTreeMap<u32, TimerState>,
    pub lists: BTreeMap<u64, TimersList>,
    next_list_id: u64,
    /// Node's `timeoutInfo[0]`: how many timers are ref'd (they keep the loop alive).
    pub ref_count: u32,
}

impl Timers {
    /// Node's `insert(item, msecs, start)`: append to the list for `msecs`, creating it.
    pub fn insert(&mut self, id: u32, start: u64) {
        let Some(state) = self.states.get_mut(&id) else {
            return;
        };
        let msecs = state.idle_timeout.trunc() as u64;
        state.idle_start = start;
        state.list = Some(msecs);
        let list = self.lists.entry(msecs).or_insert_with(|| {
            let id = self.next_list_id;
            self.next_list_id += 1;
            TimersList {
                expiry: start + msecs,
                id,
                timers: VecDeque::new(),
            }
        });
        list.timers.push_back(id);
    }

    /// Node's `unenroll`: take the timer out of its list (the list goes when empty).
    pub fn unenroll(&mut self, id: u32) {
        let Some(state) = self.states.get_mut(&id) else {
            return;
        };
        if let Some(msecs) = state.list.take()
            && let Some(list) = self.lists.get_mut(&msecs)
        {
            list.timers.retain(|&t| t != id);
            if list.timers.is_empty() {
                self.lists.remove(&msecs);
            }
        }
        if state.refed {
            state.refed = false;
            self.ref_count -= 1;
        }
        state.destroyed = true;
    }

    /// The list that `timerListQueue.peek()` returns: earliest expiry, then oldest list.
    pub fn peek_list(&self) -> Option<(u64, &TimersList)> {
        self.lists
            .iter()
            .min_by_key(|(_, l)| (l.expiry, l.id))
            .map(|(&m, l)| (m, l))
    }

    /// The earliest expiry of any list: when Node's single uv timer handle is due.
    /// The oldest timer due exactly at `ms` (`_idleStart + msecs`): its clock reading (in
    /// virtual µs) and its list's duration.
    pub fn first_due_at(&self, ms: u64) -> Option<(u64, u64)> {
        self.lists
            .iter()
            .flat_map(|(&msecs, list)| list.timers.iter().map(move |id| (msecs, id)))
            .filter_map(|(msecs, id)| self.states.get(id).map(|t| (msecs, t)))
            .filter(|(msecs, t)| t.idle_start + msecs == ms)
            .map(|(msecs, t)| (t.read_us, msecs))
            .min()
    }

    pub fn next_expiry(&self) -> Option<u64> {
        self.peek_list().map(|(_, l)| l.expiry)
    }

    /// A list whose first timer is not due yet waits until `expiry`, with a fresh list id.
    pub fn rearm_list(&mut self, msecs: u64, expiry: u64) {
        let id = self.next_list_id;
        if let Some(list) = self.lists.get_mut(&msecs) {
            self.next_list_id += 1;
            list.expiry = expiry;
            list.id = id;
        }
    }

    /// `ref()` / `unref()` on a timer, keeping `ref_count` right.
    pub fn set_ref(&mut self, id: u32, refed: bool) {
        if let Some(state) = self.states.get_mut(&id) {
            if state.refed != refed && !state.destroyed {
                state.refed = refed;
                if refed {
                    self.ref_count += 1;
                } else {
                    self.ref_count -= 1;
                }
            } else if state.destroyed {
                state.refed = refed;
            }
        }
    }
}

/// All immediates of a run.
#[derive(Debug, Default)]
pub struct Immediates {
    /// `immediateQueue`: immediates waiting for the next check phase.
    pub queue: VecDeque<u32>,
    /// `outstandingQueue`: the batch being run, and the rest of one an exception interrupted.
    pub outstanding: VecDeque<u32>,
    /// `immediateInfo[kHasOutstanding]`: a batch was taken and has not run to its end.
    pub has_outstanding: bool,
    /// `immediateInfo[kRefCount]`: ref'd immediates keep the loop alive and poll from blocking.
    pub ref_count: u32,
    /// Immediates that are queued and not yet run or cleared: whether ref'd, and report id.
    pub live: BTreeMap<u32, (bool, u32)>,
}

impl Immediates {
    pub fn is_empty(&self) -> bool {
        self.live.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timer(timers: &mut Timers, id: u32, ms: f64, start: u64) {
        timers.states.insert(
            id,
            TimerState {
                idle_timeout: ms,
                idle_start: start,
                read_us: start * 1000,
                repeat: None,
                refed: true,
                destroyed: false,
                list: None,
                report_id: id,
            },
        );
        timers.ref_count += 1;
        timers.insert(id, start);
    }

    #[test]
    fn lists_order_by_expiry_then_creation() {
        let mut t = Timers::default();
        timer(&mut t, 1, 10.0, 0);
        timer(&mut t, 2, 5.0, 0);
        timer(&mut t, 3, 5.0, 0);
        let (ms, list) = t.peek_list().unwrap();
        assert_eq!(ms, 5);
        assert_eq!(list.timers, [2, 3]);
        t.unenroll(2);
        t.unenroll(3);
        assert_eq!(t.peek_list().unwrap().0, 10);
        assert_eq!(t.ref_count, 1);
    }

    #[test]
    fn delays_clamp_like_node() {
        assert_eq!(clamp_delay(0.0), (1.0, false));
        assert_eq!(clamp_delay(f64::NAN), (1.0, false));
        assert_eq!(clamp_delay(-5.0), (1.0, false));
        assert_eq!(clamp_delay(2_147_483_648.0), (1.0, true));
        assert_eq!(clamp_delay(1.5), (1.5, false));
    }
}
