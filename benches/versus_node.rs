//! Benchmark: callback-heavy programs under looplab and under `node --jitless` (V8's
//! interpreter, the fair peer for an interpreter), printing the ratio of the time beyond
//! start-up. Run with `cargo bench --bench versus_node`. Not a test: machines here are noisy.
//!
//! Start-up is measured for each side on a program that prints one line, and subtracted: every
//! program here prints, and a first print makes `process.stdout`, which loads `node:stream`
//! (in looplab built-in modules load at first use, so an empty program would leave that cost
//! in every program's share).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use looplab::{RunOptions, Stream};

const RUNS: usize = 3;

fn best_of<F: FnMut() -> String>(mut f: F) -> (Duration, String) {
    let mut best = Duration::MAX;
    let mut out = String::new();
    for _ in 0..RUNS {
        let start = Instant::now();
        out = f();
        best = best.min(start.elapsed());
    }
    (best, out)
}

fn looplab_run(path: &str, code: &str) -> String {
    let mut options = RunOptions::snippet(path, code);
    options.tracing = false;
    options.limits.callbacks = u64::MAX;
    let path = path.to_string();
    let code = code.to_string();
    let _ = (&path, &code);
    let handle = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || {
            looplab::run_once(&options, Vec::new())
                .0
                .text(Stream::Stdout)
        })
        .expect("thread");
    handle.join().unwrap_or_default()
}

fn node_run(file: &Path) -> String {
    match Command::new("node").arg("--jitless").arg(file).output() {
        Ok(out) => String::from_utf8_lossy(&out.stdout).into_owned(),
        Err(e) => format!("node failed: {e}"),
    }
}

/// The start-up baseline: one printed line.
const BASELINE: &str = "console.log(0);\n";

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/programs");
    let empty = dir.join("empty.js");
    let _ = std::fs::write(&empty, BASELINE);
    let (node_start, _) = best_of(|| node_run(&empty));
    let (ours_start, _) = best_of(|| looplab_run("/bench/empty.js", BASELINE));
    println!(
        "start-up (one console.log): node --jitless {:?}, looplab {:?}",
        node_start, ours_start
    );
    println!(
        "{:<28} {:>12} {:>12} {:>8}  same output",
        "program", "node (ms)", "looplab (ms)", "ratio"
    );
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for file in entries {
        let name = file
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if !name.ends_with(".js") || name == "empty.js" {
            continue;
        }
        let code = std::fs::read_to_string(&file).unwrap_or_default();
        let (node_time, node_out) = best_of(|| node_run(&file));
        let (ours_time, ours_out) = best_of(|| looplab_run(&format!("/bench/{name}"), &code));
        let node_ms = node_time.saturating_sub(node_start).as_secs_f64() * 1000.0;
        let ours_ms = ours_time.saturating_sub(ours_start).as_secs_f64() * 1000.0;
        let ratio = if node_ms > 0.0 {
            ours_ms / node_ms
        } else {
            f64::NAN
        };
        println!(
            "{:<28} {:>12.1} {:>12.1} {:>7.1}x  {}",
            name,
            node_ms,
            ours_ms,
            ratio,
            node_out == ours_out
        );
    }
    let _ = std::fs::remove_file(&empty);
}
