//! The loop view's contract: the queues `loop_view::Replay` rebuilds from a run's trace events
//! equal the core's own queues (`runtime::run_with_snapshots`) after every event, for the
//! corpus programs about the loop and the playground's examples.
//!
//! The folders checked are the ones whose programs schedule callbacks; the stress programs of
//! `limits/` and the formatting folders (inspect, buffer, util, v8, ...) run too while the time
//! budget lasts (checking every step costs the queue length at each step). The loop folders'
//! programs run one per core (`tests/support`); the budgeted ones run one at a time.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

mod support;

use looplab::loop_view::{Replay, Trace, rule};
use looplab::report::{RunReport, TraceEvent};
use looplab::vfs::Vfs;
use looplab::{EntryKind, RunOptions, run_with_snapshots};

/// Folders whose every program is checked.
const LOOP_FOLDERS: &[&str] = &[
    "loop",
    "timers",
    "immediate",
    "nexttick",
    "promises",
    "async",
    "esm",
    "errors",
    "guides",
    "modules",
    "stream",
    "events",
    "fs-stream",
    "fs",
    "timers-promises",
    "process",
    "worker_threads",
    "child_process",
    "async_hooks",
    "zlib",
    "tutorial",
];
/// How long the other folders may take in total (they are checked in order until then): the
/// stress programs of `limits/` (queues of 10,000 callbacks) and the formatting folders.
const EXTRA_BUDGET: Duration = Duration::from_secs(15);

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        if name.is_some_and(|n| n.starts_with('_') || n == "fixtures") {
            continue;
        }
        if path.is_dir() {
            programs(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("js" | "mjs" | "cjs")
        ) {
            out.push(path);
        }
    }
}

/// The cases of `tests/corpus/PENDING` (they need modules not written yet).
fn pending() -> Vec<String> {
    let text = fs::read_to_string(root().join("tests/corpus/PENDING")).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// The program with the files of its folder (and one level below), as the corpus runs it.
fn options_for(case: &Path) -> RunOptions {
    let dir = case.parent().unwrap_or(Path::new("/"));
    let mut files = Vfs::new();
    let mut add_dir = |d: &Path| {
        for entry in fs::read_dir(d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_file()
                && let Ok(bytes) = fs::read(&path)
            {
                files.insert(path.to_string_lossy().into_owned(), bytes);
            }
        }
    };
    add_dir(dir);
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        if entry.path().is_dir() {
            add_dir(&entry.path());
        }
    }
    let main = case.to_string_lossy().into_owned();
    RunOptions {
        entry: EntryKind::for_path(&main),
        files,
        cwd: dir.to_string_lossy().into_owned(),
        // A sibling `name.stdin` is the case's stdin, as in the corpus harness.
        stdin: fs::read(case.with_extension("stdin"))
            .map_or_else(|_| Default::default(), looplab::stdin::StdinSource::bytes),
        ..RunOptions::snippet(&main, "")
    }
}

/// Replay the run's events and compare with the core's queues after each one.
fn check(case: &Path) -> Result<usize, String> {
    check_options(&options_for(case)).map(|r| r.events.len())
}

fn check_options(options: &RunOptions) -> Result<RunReport, String> {
    let (report, snapshots) = run_with_snapshots(options);
    if snapshots.len() != report.events.len() {
        return Err(format!(
            "{} events but {} snapshots",
            report.events.len(),
            snapshots.len()
        ));
    }
    let trace = Trace::of_report(&report);
    let mut replay = Replay::default();
    for (i, (event, core)) in report.events.iter().zip(&snapshots).enumerate() {
        let before = replay.picture.clone();
        replay.apply(trace, event);
        let ours = replay.picture.ids();
        if &ours != core {
            let from = i.saturating_sub(6);
            return Err(format!(
                "after event {i} ({event:?}) the replay differs from the core\n--- core\n{core:?}\n--- replay\n{ours:?}\n--- events {from}..={i}\n{:#?}",
                &report.events[from..=i]
            ));
        }
        let said = rule(trace, i + 1, &before, &replay.picture);
        if said.is_empty() {
            return Err(format!("no rule for event {i} ({event:?})"));
        }
    }
    Ok(report)
}

fn check_on_big_stack(case: PathBuf) -> Result<usize, String> {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || check(&case))
        .map_err(|e| e.to_string())
        .and_then(|h| h.join().map_err(|_| "looplab panicked".to_string()))
        .and_then(|r| r)
}

/// Programs that reach the rarer paths: a re-armed timer list, `refresh()`, cancellations, an
/// immediate that throws (the rest of its batch waits in `outstandingQueue`), `process.exit`
/// with callbacks still queued, intervals, thread-pool requests, and `import()` holding a
/// microtask off the queue until its hops are done.
const SNIPPETS: &[(&str, &str)] = &[
    (
        "rearmed_list.js",
        "setTimeout(function a() {\n  setTimeout(function b() { console.log('b'); }, 10);\n}, 10);\nsetTimeout(function c() { console.log('c'); }, 15);\n",
    ),
    (
        "refresh_and_clear.js",
        "const t = setTimeout(() => console.log('t'), 5);\nconst u = setTimeout(() => console.log('u'), 5);\nsetTimeout(() => { t.refresh(); clearTimeout(u); }, 2);\nconst i = setImmediate(() => console.log('never'));\nclearImmediate(i);\n",
    ),
    (
        "immediate_throws.js",
        "process.on('uncaughtException', (e) => console.log('caught', e.message));\nsetImmediate(() => { throw new Error('boom'); });\nsetImmediate(() => console.log('second'));\nsetImmediate(() => console.log('third'));\n",
    ),
    (
        "exit_with_queued.js",
        "process.nextTick(() => process.exit(0));\nprocess.nextTick(() => console.log('never'));\nPromise.resolve().then(() => console.log('never'));\nsetTimeout(() => {}, 10);\n",
    ),
    (
        "interval.js",
        "let n = 0;\nconst h = setInterval(() => { if (++n === 3) clearInterval(h); }, 4);\n",
    ),
    (
        "import_holds.js",
        "Promise.resolve().then(() => console.log('a'));\nimport('node:path').then(() => console.log('b'));\nPromise.resolve().then(() => console.log('c'));\n",
    ),
    (
        "read_files.js",
        "const fs = require('fs');\nfs.readFile(__dirname + '/file.txt', 'utf8', (e, s) => console.log(s.length));\nfs.readFile(__dirname + '/data.json', () => setImmediate(() => console.log('after')));\nfs.stat(__dirname + '/bigfile.txt', () => {});\n",
    ),
];

#[test]
fn replay_matches_the_core_on_the_rarer_paths() {
    let mut events = Vec::new();
    for (name, code) in SNIPPETS {
        let options = RunOptions::playground(&format!("/home/learner/{name}"), code);
        let checked = std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || check_options(&options))
            .expect("thread")
            .join()
            .expect("no panic");
        match checked {
            Ok(report) => events.extend(report.events),
            Err(why) => panic!("{name}: {why}"),
        }
    }
    // The snippets do reach the paths they are here for.
    let seen = |f: fn(&TraceEvent) -> bool| events.iter().any(f);
    assert!(seen(|e| matches!(e, TraceEvent::TimerListRearmed { .. })));
    assert!(seen(|e| matches!(e, TraceEvent::Cancelled { .. })));
    assert!(seen(|e| matches!(e, TraceEvent::Held { .. })));
    assert!(seen(|e| matches!(e, TraceEvent::RequestCompleted { .. })));
    assert!(seen(|e| matches!(
        e,
        TraceEvent::Finished { threw: true, .. }
    )));
}

#[test]
fn replay_matches_the_core_queues_at_every_step() {
    let corpus = root().join("tests/corpus");
    let mut cases = Vec::new();
    programs(&corpus, &mut cases);
    programs(&root().join("examples/playground"), &mut cases);
    let pending = pending();
    let is_pending = |rel: &str| {
        pending.iter().any(|p| {
            if p.ends_with('/') {
                rel.starts_with(p.as_str())
            } else {
                rel == p
            }
        })
    };
    let (mut checked, mut events, mut skipped) = (0, 0, 0);
    let mut failures = Vec::new();
    // `LOOP_VIEW_FILTER=timers/ cargo test --test loop_view` checks a subset.
    let filter = std::env::var("LOOP_VIEW_FILTER").unwrap_or_default();
    let extra_start = Instant::now();
    let mut extra_time = Duration::ZERO;
    let (mut loop_cases, mut extra_cases) = (Vec::new(), Vec::new());
    for case in cases {
        let rel = case
            .strip_prefix(&corpus)
            .unwrap_or(&case)
            .to_string_lossy()
            .into_owned();
        if is_pending(&rel) || !rel.contains(&filter) {
            continue;
        }
        let is_loop = !case.starts_with(&corpus)
            || LOOP_FOLDERS
                .iter()
                .any(|f| rel.starts_with(&format!("{f}/")));
        if is_loop {
            loop_cases.push((rel, case));
        } else {
            extra_cases.push((rel, case));
        }
    }
    let mut tally = |rel: &str, result: Result<usize, String>| match result {
        Ok(n) => {
            checked += 1;
            events += n;
        }
        Err(why) => failures.push(format!("{rel}: {why}")),
    };
    // The loop folders: every program, one per core.
    let paths = loop_cases.iter().map(|(_, case)| case.clone()).collect();
    for ((rel, _), result) in loop_cases
        .iter()
        .zip(support::check_all(paths, |case: PathBuf| check(&case)))
    {
        tally(rel, result);
    }
    // The other folders: in order, one at a time, while the budget lasts.
    for (rel, case) in extra_cases {
        if extra_time > EXTRA_BUDGET {
            skipped += 1;
            continue;
        }
        let started = Instant::now();
        tally(&rel, check_on_big_stack(case));
        extra_time += started.elapsed();
    }
    println!(
        "loop view: {checked} programs, {events} events replayed and matched; {skipped} \
         formatting cases skipped after the time budget ({:?} since start)",
        extra_start.elapsed()
    );
    assert!(
        checked > 200 || !filter.is_empty(),
        "only {checked} programs checked"
    );
    assert!(
        failures.is_empty(),
        "{} programs differ:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
