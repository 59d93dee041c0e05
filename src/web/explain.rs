//! One sentence per queue (and scheduling API) saying why a callback ran when it did: shown
//! for each misplaced card of a prediction and under a hovered output line.

use crate::report::{CallbackInfo, Queue};

/// A short label for a queue, as shown on output lines.
pub fn label(queue: Queue) -> &'static str {
    match queue {
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

/// Why a line printed from `queue` (by `callback`, when known) ran when it did.
pub fn why(queue: Queue, callback: Option<&CallbackInfo>) -> String {
    let api = callback.map(|c| c.api.as_str()).unwrap_or("");
    match queue {
        Queue::Main => "The main script runs from top to bottom before any queued callback: \
                        everything it prints comes first."
            .into(),
        Queue::NextTick => "`process.nextTick` callbacks run as soon as the current callback \
                            (or the main script) finishes, before promise callbacks and before \
                            the loop moves to its next phase."
            .into(),
        Queue::Microtask => {
            let what = match api {
                "await" => "The code after an `await` resumes",
                "queueMicrotask" => "A `queueMicrotask` callback runs",
                _ => "A promise callback (`then`, `catch`, `finally`) runs",
            };
            format!(
                "{what} in the microtask queue: after the nextTick queue is empty, but before \
                 the loop moves on to timers, I/O or immediates."
            )
        }
        Queue::Timers => {
            let delay = callback
                .and_then(|c| c.delay)
                .map(|d| format!(" ({d} ms)"))
                .unwrap_or_default();
            format!(
                "Timer callbacks{delay} run in the timers phase, at the start of a loop \
                 iteration, once their delay has passed: never during the main script, and \
                 after every nextTick and promise callback queued before them."
            )
        }
        Queue::Pending => "Deferred I/O callbacks run in the pending phase, right after the \
                           timers phase of the next iteration."
            .into(),
        Queue::Poll => "I/O callbacks run in the poll phase, after the timers phase of the \
                        iteration in which their operation completed."
            .into(),
        Queue::Check => "`setImmediate` callbacks run in the check phase, after the poll phase \
                         of each loop iteration: after the main script and its ticks and \
                         promises, and (from an I/O or timer callback) before the next timers."
            .into(),
        Queue::Close => "Close callbacks run in the close phase, the last phase of a loop \
                         iteration."
            .into(),
    }
}
