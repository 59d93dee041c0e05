//! Budgets that stop a runaway program with a clear message, keeping the output so far.

/// The budgets of one run. Defaults are generous for teaching snippets.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// Loop iterations inside one piece of JavaScript (`while (true) {}`), enforced by Boa.
    pub loop_iterations: u64,
    /// Callbacks run in total (ticks, microtasks, timers, immediates, I/O).
    pub callbacks: u64,
    /// Virtual time in ms (a `setInterval` that never stops).
    pub virtual_time_ms: u64,
    /// JavaScript call depth before `Maximum call stack size exceeded`.
    pub call_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            loop_iterations: 100_000_000,
            callbacks: 2_000_000,
            virtual_time_ms: 24 * 60 * 60 * 1000,
            call_depth: 9_000,
        }
    }
}
