//! The main thread's loop as a lane the others can step: between two steps it is parked in the
//! `World`, so that a worker blocked in `Atomics.wait` can run it until it notifies.
//!
//! Every lane runs on the one OS thread. The main thread's loop is driven from here (`spin`):
//! each time its poll phase would block, the loop is parked, the other lanes whose next event
//! comes first are stepped (earliest first), then the main loop resumes at its wake-up time.
//! Because the main loop is parked, not on the stack, while another lane runs, a lane that
//! blocks in `Atomics.wait` (`atomics.rs`) can resume it too (`resume`), as it resumes any other
//! lane: the main thread's timers, mail and callbacks run, and its `Atomics.notify` wakes the
//! worker, as real threads would. What cannot run is a lane that is itself on the stack (the
//! main thread inside its own `Atomics.wait`, a worker that stepped the waiter).

use boa_engine::Context;

use crate::event_loop::{self, Flow, Pause, PollTimeout, Stepper};
use crate::host::{Abort, Host};
use crate::lanes::World;

/// The main loop between two steps.
struct Parked {
    context: Context,
    stepper: Stepper,
    state: MainState,
}

enum MainState {
    /// In its poll phase, about to block for at most this long.
    Poll(PollTimeout),
    /// The loop is over (done, or unwound by an exit or a budget).
    Ended(Flow),
}

/// The main loop's slot in the `World`: empty while the main thread runs.
#[derive(Default)]
pub struct MainSlot {
    parked: std::cell::RefCell<Option<Parked>>,
}

impl MainSlot {
    fn put(&self, parked: Parked) {
        *self.parked.borrow_mut() = Some(parked);
    }

    /// Take the parked loop out if it waits in poll (not when it ended or is running).
    fn take_waiting(&self) -> Option<Parked> {
        let mut slot = self.parked.borrow_mut();
        match slot.as_ref().map(|p| &p.state) {
            Some(MainState::Poll(_)) => slot.take(),
            _ => None,
        }
    }

    fn timeout(&self) -> Option<PollTimeout> {
        match self.parked.borrow().as_ref().map(|p| &p.state) {
            Some(MainState::Poll(timeout)) => Some(*timeout),
            _ => None,
        }
    }

    /// Whether the main loop is over: the process is exiting.
    pub fn ended(&self) -> bool {
        matches!(
            self.parked.borrow().as_ref().map(|p| &p.state),
            Some(MainState::Ended(_))
        )
    }

    fn take_ended(&self) -> Option<(Context, Flow)> {
        let mut slot = self.parked.borrow_mut();
        if !matches!(slot.as_ref().map(|p| &p.state), Some(MainState::Ended(_))) {
            return None;
        }
        let parked = slot.take()?;
        match parked.state {
            MainState::Ended(flow) => Some((parked.context, flow)),
            MainState::Poll(_) => None,
        }
    }
}

fn state_of(flow: Flow<Pause>) -> MainState {
    match flow {
        Ok(Pause::Poll(timeout)) => MainState::Poll(timeout),
        Ok(Pause::Done) => MainState::Ended(Ok(())),
        Err(abort) => MainState::Ended(Err(abort)),
    }
}

/// When the main loop parked in poll next has something to do: its poll timeout, or earlier
/// mail for it. `None` when it waits without end (or is not parked).
fn deadline(world: &World, host: &Host, timeout: PollTimeout) -> Option<u64> {
    let now = host.clock.now_us();
    let own = match timeout {
        PollTimeout::Zero => Some(now),
        PollTimeout::Until(t) => Some(t.max(now)),
        PollTimeout::Forever => None,
    };
    match world.earliest_mail_for(host.lane).map(|at| at.max(now)) {
        Some(at) => Some(own.map_or(at, |d| d.min(at))),
        None => own,
    }
}

/// The parked main loop's wake-up time, for a lane blocked in `Atomics.wait` that may step it.
pub fn wake(world: &World) -> Option<u64> {
    let timeout = world.main.timeout()?;
    let host = world.root()?;
    deadline(world, &host, timeout)
}

/// Let the parked main loop's poll wait end at `until` (or at once) and run it to its next wait.
pub fn resume(world: &World, until: Option<u64>) {
    let Some(host) = world.root() else {
        return;
    };
    let Some(mut parked) = world.main.take_waiting() else {
        return;
    };
    let waited = match until {
        Some(until) => event_loop::wait_alone(&host, PollTimeout::Until(until)),
        None => Ok(()),
    };
    let flow = waited.and_then(|()| parked.stepper.run_to_wait(&mut parked.context, &host));
    parked.state = state_of(flow);
    world.main.put(parked);
}

/// Run the main thread's loop until it is not alive, with `beforeExit` as Node does it,
/// stepping the other lanes wherever its poll phase would block; returns the context with
/// how the loop ended.
pub fn spin(mut context: Context, host: &Host) -> (Context, Flow) {
    let world = host.world.clone();
    let mut stepper = Stepper::default();
    let state = state_of(stepper.run_to_wait(&mut context, host));
    if let MainState::Ended(flow) = state {
        return (context, flow);
    }
    world.main.put(Parked {
        context,
        stepper,
        state,
    });
    loop {
        if let Some(ended) = world.main.take_ended() {
            return ended;
        }
        let Some(timeout) = world.main.timeout() else {
            unreachable!("the main loop is parked between its steps, or has ended");
        };
        let until = deadline(&world, host, timeout);
        match world.next_wake() {
            Some((id, wake))
                if until.is_none_or(|d| wake <= d)
                    && wake / 1000 <= host.limits.virtual_time_ms =>
            {
                world.step(id, wake);
                continue;
            }
            _ => {}
        }
        if until.is_none() && waits_forever(host) {
            let abort = Abort::Limit(
                "every thread and process is waiting for a message or an exit that can never come; Node would wait forever".to_string(),
            );
            host.request_abort(abort.clone());
            if let Some(mut parked) = world.main.take_waiting() {
                parked.state = MainState::Ended(Err(abort));
                world.main.put(parked);
            }
            continue;
        }
        resume(&world, until);
    }
}

/// The main loop waits without a timeout while handles keep it alive, and nothing else can run:
/// nothing will ever come.
fn waits_forever(host: &Host) -> bool {
    let waiting_on_handles = {
        let state = host.state.borrow();
        state.handles.values().any(|&r| r) || state.active_handles > 0
    };
    waiting_on_handles && event_loop::loop_alive(host)
}
