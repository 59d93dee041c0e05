//! The playground's examples menu (`examples/playground/`): each example prints what real
//! `node` printed when it was recorded (`node tests/record.mjs examples/playground`): the same
//! stdout (every recorded ordering, for a race), the same exit code and stderr's first line.
//! Examples run as the playground runs them, beside its sample files (`file.txt`,
//! `bigfile.txt`, `data.json`), of which `examples/playground/` keeps copies for `node`.

use std::path::{Path, PathBuf};

use looplab::{EntryKind, RunOptions, Stream};

fn examples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/playground");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples/playground")
        .flatten()
        .map(|e| e.path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("js" | "mjs")))
        .collect();
    files.sort();
    files
}

#[test]
fn playground_examples_print_what_node_printed() {
    let files = examples();
    assert!(files.len() >= 15, "the menu needs at least 15 examples");
    let mut failures = Vec::new();
    for file in &files {
        let code = std::fs::read_to_string(file).unwrap();
        let main = file.to_string_lossy().into_owned();
        let dir = file.parent().unwrap().to_string_lossy().into_owned();
        let mut options = RunOptions::playground(&main, &code);
        options.entry = EntryKind::for_path(&main);
        options.tracing = false;
        let orderings = looplab::all_orderings(&options);
        let (report, _) = looplab::run_once(&options, Vec::new());
        let stem = file.with_extension("");
        let read = |ext: &str| std::fs::read_to_string(stem.with_extension(ext)).ok();
        let name = file.file_name().unwrap().to_string_lossy().into_owned();

        let recorded: Vec<String> = match (read("out"), read("outs")) {
            (Some(out), _) => vec![out],
            (None, Some(outs)) => outs.split("=====\n").map(str::to_string).collect(),
            (None, None) => panic!("{name}: no recorded output"),
        };
        for out in &recorded {
            if !orderings.contains(out) {
                failures.push(format!(
                    "{name}: node printed\n{out}looplab can print {orderings:?}"
                ));
            }
        }
        if recorded.len() == 1 && orderings.len() != 1 {
            failures.push(format!(
                "{name}: node never raced, looplab lists {orderings:?}"
            ));
        }
        let expected_code: i32 = read("code").map_or(0, |c| c.trim().parse().unwrap());
        if report.exit_code != expected_code {
            failures.push(format!(
                "{name}: exit {} (node: {expected_code})",
                report.exit_code
            ));
        }
        let header = |s: &str| s.lines().next().unwrap_or("").to_string();
        let expected_err = read("err").map_or(String::new(), |e| header(&e.replace("$DIR", &dir)));
        let err = header(&report.text(Stream::Stderr));
        if err != expected_err {
            failures.push(format!(
                "{name}: stderr starts {err:?} (node: {expected_err:?})"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The copies of the sample files that `node` reads when the examples are recorded are the
/// files the playground gives every run.
#[test]
fn sample_file_copies_match_the_playground_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/playground");
    let dir = dir.to_string_lossy().into_owned();
    for (path, bytes) in looplab::runtime::sample_files(&dir) {
        let on_disk = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert!(
            on_disk == bytes,
            "{path} differs from runtime::sample_files"
        );
    }
}
