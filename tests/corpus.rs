//! The corpus harness: every `tests/corpus/**/name.js` (or `.mjs`/`.cjs`) runs under looplab
//! and must print what real `node` printed when the case was recorded (`tests/record.mjs`):
//! `name.out` (stdout), or `name.outs` (every ordering a racy program can print, which must
//! equal looplab's `--all-orderings`), plus `name.err` (stderr, compared up to the first stack
//! frame) and `name.code` (exit code). A sibling `name.stdin` is piped in as the case's stdin.
//!
//! `tests/corpus/PENDING` lists cases (or whole folders, ending in `/`) that need a module
//! another issue delivers; they are counted and printed, never silently skipped.
//! `CORPUS_FILTER=substring cargo test --test corpus` runs a subset; cases run one per core
//! (`LOOPLAB_TEST_THREADS=1` runs them one at a time).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

mod support;

use looplab::stdin::StdinSource;
use looplab::vfs::Vfs;
use looplab::{EntryKind, RunOptions, Stream};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        // `node_modules` holds a case's packages, not cases.
        if name.starts_with('_') || name == "fixtures" || name == "node_modules" {
            continue;
        }
        if path.is_dir() {
            collect(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("js" | "mjs" | "cjs")
        ) {
            out.push(path);
        }
    }
}

fn pending_list() -> Vec<String> {
    let text = fs::read_to_string(corpus_dir().join("PENDING")).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// Cases that run but differ from node for a documented reason (`KNOWN_DIFFERENCES`): they
/// are run, counted and printed; one that starts passing must be taken off the list.
fn known_differences() -> Vec<String> {
    let text = fs::read_to_string(corpus_dir().join("KNOWN_DIFFERENCES")).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn is_pending(rel: &str, pending: &[String]) -> bool {
    pending.iter().any(|p| {
        if p.ends_with('/') {
            rel.starts_with(p.as_str())
        } else {
            rel == p
        }
    })
}

/// Files of the case's folder and its subfolders, three levels down as the `looplab` command
/// reads them (helpers it requires, data it reads, `node_modules/pkg/index.js`), go into the
/// run's fs.
fn options_for(case: &Path) -> RunOptions {
    let dir = case.parent().unwrap_or(Path::new("/"));
    let mut files = Vfs::new();
    add_tree(dir, &mut files, 3);
    let main = case.to_string_lossy().into_owned();
    RunOptions {
        entry: EntryKind::for_path(&main),
        files,
        cwd: dir.to_string_lossy().into_owned(),
        tracing: false,
        stdin: case_stdin(case),
        ..RunOptions::snippet(&main, "")
    }
}

/// A case `name.js` with a sibling `name.stdin` gets that file piped in as its stdin (as
/// `tests/record.mjs` gives it to node); other cases get an empty pipe.
fn case_stdin(case: &Path) -> StdinSource {
    fs::read(case.with_extension("stdin"))
        .map_or_else(|_| StdinSource::default(), StdinSource::bytes)
}

fn add_tree(dir: &Path, files: &mut Vfs, depth: usize) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for path in entries.flatten().map(|e| e.path()) {
        if path.is_file() {
            if let Ok(bytes) = fs::read(&path) {
                files.insert(path.to_string_lossy().into_owned(), bytes);
            }
        } else if path.is_dir() && depth > 0 {
            add_tree(&path, files, depth - 1);
        }
    }
}

/// Stderr as compared: the case's folder as `$DIR`, warnings' pids as `PID`, and only the
/// lines before the first stack frame (frames of Node's internals differ by design).
fn normalize_stderr(text: &str, dir: &str) -> String {
    let text = text.replace(dir, "$DIR");
    let mut out = Vec::new();
    for line in text.lines() {
        // Frames differ by design (Node's internals); the version footer follows them.
        if line.starts_with("    at ") || line.starts_with("Node.js v") {
            break;
        }
        let line = match (line.find("(node:"), line.find(") ")) {
            (Some(start), Some(end))
                if start < end && line[start + 6..end].chars().all(|c| c.is_ascii_digit()) =>
            {
                format!("{}(node:$PID){}", &line[..start], &line[end + 1..])
            }
            _ => line.to_string(),
        };
        out.push(line);
    }
    while out.last().is_some_and(|l: &String| l.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

fn check(case: &Path) -> Result<(), String> {
    let dir = case
        .parent()
        .unwrap_or(Path::new("/"))
        .to_string_lossy()
        .into_owned();
    let stem = case.with_extension("");
    let read = |ext: &str| fs::read_to_string(format!("{}.{ext}", stem.display())).ok();
    let options = options_for(case);
    let report = looplab::run_once(&options, Vec::new()).0;
    let stdout = report.text(Stream::Stdout);
    let stderr = report.text(Stream::Stderr);
    let mut problems = Vec::new();

    if let Some(expected) = read("out") {
        if stdout != expected {
            problems.push(format!(
                "stdout differs\n--- node\n{expected}--- looplab\n{stdout}---"
            ));
        }
    } else if let Some(expected) = read("outs") {
        let expected: BTreeSet<String> = expected.split("=====\n").map(str::to_string).collect();
        let ours: BTreeSet<String> = looplab::all_orderings(&options).into_iter().collect();
        if !expected.contains(&stdout) {
            problems.push(format!(
                "default stdout is not one node prints\n--- looplab\n{stdout}---"
            ));
        }
        if ours != expected {
            let only_node: Vec<_> = expected.difference(&ours).collect();
            let only_ours: Vec<_> = ours.difference(&expected).collect();
            problems.push(format!(
                "orderings differ\n--- only node\n{only_node:#?}\n--- only looplab\n{only_ours:#?}"
            ));
        }
    } else {
        problems.push("no recorded .out or .outs: run `node tests/record.mjs`".to_string());
    }

    let expected_err = normalize_stderr(&read("err").unwrap_or_default(), &dir);
    let actual_err = normalize_stderr(&stderr, &dir);
    if expected_err != actual_err {
        problems.push(format!("stderr differs (up to the first frame)\n--- node\n{expected_err}\n--- looplab\n{actual_err}\n---"));
    }
    let expected_code: i32 = read("code")
        .and_then(|c| c.trim().parse().ok())
        .unwrap_or(0);
    if report.exit_code != expected_code {
        problems.push(format!(
            "exit code: node {expected_code}, looplab {}",
            report.exit_code
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

#[test]
fn corpus() {
    let root = corpus_dir();
    let mut cases = Vec::new();
    collect(&root, &mut cases);
    let pending = pending_list();
    let known = known_differences();
    let mut known_count = 0;
    let filter = std::env::var("CORPUS_FILTER").unwrap_or_default();
    let (mut passed, mut failed, mut pending_count) = (0, Vec::new(), 0);
    let mut to_run = Vec::new();
    for case in &cases {
        let rel = case
            .strip_prefix(&root)
            .unwrap_or(case)
            .to_string_lossy()
            .into_owned();
        if !rel.contains(&filter) {
            continue;
        }
        if is_pending(&rel, &pending) {
            pending_count += 1;
            continue;
        }
        to_run.push((rel, case.clone()));
    }
    let paths = to_run.iter().map(|(_, path)| path.clone()).collect();
    let results = support::check_all(paths, |path: PathBuf| check(&path));
    for ((rel, _), result) in to_run.into_iter().zip(results) {
        let expected_to_differ = is_pending(&rel, &known);
        match (result, expected_to_differ) {
            (Ok(()), false) => passed += 1,
            (Err(_), true) => known_count += 1,
            (Ok(()), true) => failed.push((
                rel,
                "passes now: take it off tests/corpus/KNOWN_DIFFERENCES".to_string(),
            )),
            (Err(why), false) => failed.push((rel, why)),
        }
    }
    for (rel, why) in &failed {
        println!("FAIL {rel}\n{why}\n");
    }
    println!(
        "corpus: {passed} passed, {} failed, {known_count} known differences (tests/corpus/KNOWN_DIFFERENCES), {pending_count} pending (need modules of later issues; tests/corpus/PENDING)",
        failed.len()
    );
    assert!(
        failed.is_empty(),
        "{} corpus cases failed: {:?}",
        failed.len(),
        failed.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
}
