//! Shared by the data-driven harnesses (`corpus.rs`, `loop_view.rs`): run many independent
//! cases on a few threads, each case on its own big-stack thread so one that overflows or
//! panics is reported as that case's failure instead of ending the harness.

use std::sync::Mutex;
use std::thread;

/// Deep snippets (recursion tests, big inspect trees) need more than the default 2 MiB.
const CASE_STACK: usize = 256 << 20;

/// How many cases run at once: `LOOPLAB_TEST_THREADS`, else one per core.
fn workers() -> usize {
    std::env::var("LOOPLAB_TEST_THREADS")
        .ok()
        .and_then(|n| n.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Run `check` on every item and return the results in the items' order. A case that
/// panics gives `Err("looplab panicked")`.
pub fn check_all<T, R>(
    items: Vec<T>,
    check: impl Fn(T) -> Result<R, String> + Sync,
) -> Vec<Result<R, String>>
where
    T: Send,
    R: Send,
{
    let count = items.len();
    let queue = Mutex::new(items.into_iter().enumerate());
    let results: Mutex<Vec<Option<Result<R, String>>>> =
        Mutex::new((0..count).map(|_| None).collect());
    thread::scope(|scope| {
        for _ in 0..workers().min(count.max(1)) {
            scope.spawn(|| {
                loop {
                    // The queue's lock is released before the case runs.
                    let next = queue.lock().map_or(None, |mut q| q.next());
                    let Some((index, item)) = next else { break };
                    let result = thread::scope(|case_scope| {
                        thread::Builder::new()
                            .stack_size(CASE_STACK)
                            .spawn_scoped(case_scope, || check(item))
                            .map_err(|e| e.to_string())
                            .and_then(|h| h.join().map_err(|_| "looplab panicked".to_string()))
                            .and_then(|r| r)
                    });
                    if let Ok(mut all) = results.lock() {
                        all[index] = Some(result);
                    }
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err("the case did not run".to_string())))
        .collect()
}
