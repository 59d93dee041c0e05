//! When a timer reads the clock: the millisecond a timer starts at, and the two races of a
//! millisecond ticking at an unknown moment (between two timers made in one stretch, and
//! before the loop first looks at a timer due at the next millisecond).
//!
//! Node computes a timer's expiry from `getLibuvNow()` at the moment `setTimeout` (or
//! `refresh`) runs: `uv_update_time` then `uv_now`, in whole milliseconds. The virtual clock
//! knows how much time passed (`clock.rs`'s costs), but not where the millisecond boundaries
//! of the real clock fall: the fraction of a millisecond at which a run started is unknown,
//! uniformly spread. So, for two readings `e` microseconds apart, the millisecond ticked
//! between them with probability `e / 1000` (certainly when `e` reaches 1000). The model
//! keeps the virtual clock's own boundaries (a reading that crossed one is in the next
//! millisecond) and offers a race where it did not cross: a tick may still fall between
//! them, and the default is the likelier answer (`e` of at least half a millisecond).

use crate::host::Host;

/// Where the millisecond stood when the current stretch first read the clock for a timer.
#[derive(Debug, Clone, Copy, Default)]
pub struct StretchRead {
    /// The loop phase (a count of phases entered) the stretch runs in: the main script is 0.
    pub phase: u64,
    /// The real time of the stretch's last reading, in virtual microseconds.
    pub last_us: u64,
    /// That reading was the first timer of the process, which Node takes ~0.3 ms to set up
    /// (its list, the uv timer handle) after reading the clock.
    pub last_was_first: bool,
    /// The millisecond it read.
    pub ms: u64,
    /// A tick has already been taken in this stretch: a stretch is far shorter than a
    /// millisecond, so one is enough (and it bounds the orderings to explore).
    pub ticked: bool,
}

/// How long Node takes to set up the first timer of a process after reading the clock.
const FIRST_TIMER_SETUP_US: u64 = 300;
/// The shortest gap between two timers' readings for which a tick between them is offered
/// as a race (5% of runs).
const LEAST_OFFERED_GAP_US: u64 = 50;

/// The start of a timer armed now (`insert`'s `getLibuvNow()`), asking the race of a
/// millisecond tick since the stretch's previous timer read the same millisecond.
///
/// Node's timers are read in one synchronous stretch (the main script, or the callbacks of
/// one loop phase) with no `uv_update_time` of the loop between them, yet each `setTimeout`
/// updates the time itself: when the stretch runs long (a first `setTimeout` sets up the
/// timer handle, ~0.3 ms; heavy logging), the millisecond can tick between two of them, and
/// two `setTimeout(f, 1)` fall due in different timers passes, so that an immediate or a
/// timer made between them runs in between.
pub fn timer_start(host: &Host) -> u64 {
    let now_us = host.clock.now_us();
    host.clock.update_loop_time();
    let floor_ms = host.clock.loop_ms();
    let (phase, previous) = {
        let state = host.state.borrow();
        (state.phases_entered, state.stretch_read)
    };
    let same_ms = previous.filter(|r| r.phase == phase && r.ms == floor_ms);
    let Some(mut read) = same_ms.filter(|r| !r.ticked) else {
        if same_ms.is_none() {
            host.state.borrow_mut().stretch_read = Some(StretchRead {
                phase,
                last_us: now_us,
                last_was_first: previous.is_none(),
                ms: floor_ms,
                ticked: false,
            });
        }
        return floor_ms;
    };
    // The time since the previous timer read the clock: a tick falls in it with probability
    // `gap / 1000`. A tick node seldom shows (under 5% of runs: a few µs between two
    // `setTimeout`s) is not offered, so the orderings reported are those node prints.
    let setup = if read.last_was_first {
        FIRST_TIMER_SETUP_US
    } else {
        0
    };
    let gap = now_us.saturating_sub(read.last_us) + setup;
    read.last_us = now_us;
    read.last_was_first = false;
    host.state.borrow_mut().stretch_read = Some(read);
    if gap < LEAST_OFFERED_GAP_US || host.clock.tick_phase_known() {
        return floor_ms;
    }
    let ticked = crate::event_loop::race_defaulting(
        host,
        "a millisecond tick between two timers made in one stretch",
        gap >= 500,
    );
    if !ticked {
        return floor_ms;
    }
    host.clock.tick_to_ms(floor_ms + 1);
    host.clock.update_loop_time();
    read.ms = host.clock.loop_ms();
    read.ticked = true;
    host.state.borrow_mut().stretch_read = Some(read);
    read.ms
}

/// The likelier answer to "has the timer due at the next millisecond already fired when the
/// loop looks?": yes when at least half a millisecond of real time passed since the timer
/// read the clock (`read_us`) beyond its duration's whole milliseconds before the last.
pub fn next_ms_timer_likely_due(now_us: u64, read_us: u64, msecs: u64) -> bool {
    let elapsed = now_us.saturating_sub(read_us);
    elapsed >= msecs.saturating_sub(1).saturating_mul(1000) + 500
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_timer_is_likely_due_past_half_a_millisecond() {
        assert!(!next_ms_timer_likely_due(3_100, 3_000, 1));
        assert!(next_ms_timer_likely_due(3_600, 3_000, 1));
        assert!(!next_ms_timer_likely_due(4_400, 3_000, 2));
        assert!(next_ms_timer_likely_due(4_500, 3_000, 2));
    }
}
