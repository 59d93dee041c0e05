//! The tutorial and the quiz (`www/learn/`): every lesson and quiz snippet, run the way the
//! playground runs it (saved as `/home/learner/main.js` or `main.mjs`, beside the sample
//! files), prints what real `node` printed when the content was recorded
//! (`node tests/record.mjs www/learn/snippets www/learn/quiz`): the same stdout (the same set
//! of orderings, for a race), the same exit code and stderr's first line. So no lesson and no
//! quiz answer, which the playground computes from the same runtime, is wrong about Node.
//!
//! `www/learn/PENDING` lists snippets that need a module another branch is building; they
//! run, are printed, and must still differ (one that starts matching must leave the list).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use looplab::learn::{self, Course};
use looplab::{EntryKind, RunOptions, Stream};

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("www/learn")
}

fn course() -> Course {
    let text = fs::read_to_string(content_dir().join("course.json")).expect("course.json");
    serde_json::from_str(&text).expect("course.json is a Course")
}

fn pending() -> Vec<String> {
    fs::read_to_string(content_dir().join("PENDING"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// Every snippet file of a folder (`snippets` or `quiz`), relative to the content folder.
fn snippet_files(folder: &str) -> Vec<String> {
    let mut files: Vec<String> = fs::read_dir(content_dir().join(folder))
        .expect("content folder")
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (name.ends_with(".js") || name.ends_with(".mjs")).then(|| format!("{folder}/{name}"))
        })
        .collect();
    files.sort();
    files
}

/// What the playground would show for a snippet, compared with node's recording. `Err` says
/// how it differs.
fn check_snippet(rel: &str) -> Result<(), String> {
    let path = content_dir().join(rel);
    let code = fs::read_to_string(&path).map_err(|e| format!("{rel}: {e}"))?;
    let esm = rel.ends_with(".mjs");
    let main = if esm {
        "/home/learner/main.mjs"
    } else {
        "/home/learner/main.js"
    };
    let mut options = RunOptions::playground(main, &code);
    options.entry = if esm {
        EntryKind::EsModule
    } else {
        EntryKind::CommonJs
    };
    options.tracing = false;
    let orderings: BTreeSet<String> = looplab::all_orderings(&options).into_iter().collect();
    let (report, _) = looplab::run_once(&options, Vec::new());
    let stem = path.with_extension("");
    let read = |ext: &str| fs::read_to_string(stem.with_extension(ext)).ok();
    let recorded: BTreeSet<String> = match (read("out"), read("outs")) {
        (Some(out), _) => BTreeSet::from([out]),
        (None, Some(outs)) => outs.split("=====\n").map(str::to_string).collect(),
        (None, None) => return Err(format!("{rel}: no recording (run tests/record.mjs)")),
    };
    let mut problems = Vec::new();
    if recorded != orderings {
        problems.push(format!(
            "node printed {recorded:#?}\nlooplab prints {orderings:#?}"
        ));
    }
    let expected_code: i32 = read("code").map_or(0, |c| c.trim().parse().unwrap_or(-1));
    if report.exit_code != expected_code {
        problems.push(format!(
            "exit code {} (node: {expected_code})",
            report.exit_code
        ));
    }
    // Node's stderr names the snippet's own file; the playground's, main.js.
    let file_name = path.file_name().unwrap().to_string_lossy().into_owned();
    let first = |s: &str| s.lines().next().unwrap_or("").to_string();
    let expected_err = read("err").map_or(String::new(), |e| {
        first(&e)
            .replace(&format!("$DIR/{file_name}"), main)
            .replace("$DIR", "/home/learner")
    });
    let err = first(&report.text(Stream::Stderr));
    if err != expected_err {
        problems.push(format!("stderr starts {err:?} (node: {expected_err:?})"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{rel}: {}", problems.join("\n")))
    }
}

#[test]
fn every_lesson_and_quiz_snippet_prints_what_node_printed() {
    let pending = pending();
    let mut failures = Vec::new();
    let mut still_pending = Vec::new();
    let mut files = snippet_files("snippets");
    files.extend(snippet_files("quiz"));
    for rel in &files {
        let result = check_snippet(rel);
        match (pending.contains(rel), result) {
            (false, Ok(())) => {}
            (false, Err(e)) => failures.push(e),
            (true, Ok(())) => failures.push(format!(
                "{rel} matches node now: take it off www/learn/PENDING"
            )),
            (true, Err(_)) => still_pending.push(rel.clone()),
        }
    }
    for p in &pending {
        if !files.contains(p) {
            failures.push(format!("www/learn/PENDING lists {p}, which does not exist"));
        }
    }
    if !still_pending.is_empty() {
        println!(
            "{} content snippets pending (www/learn/PENDING): {}",
            still_pending.len(),
            still_pending.join(", ")
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_course_has_its_lessons_and_questions() {
    let course = course();
    assert!(course.lessons.len() >= 12, "at least 12 lessons");
    let mut ids = BTreeSet::new();
    for entry in &course.lessons {
        assert!(ids.insert(entry.id.clone()), "duplicate id {}", entry.id);
        let text = fs::read_to_string(content_dir().join(entry.path()))
            .unwrap_or_else(|e| panic!("{}: {e}", entry.path()));
        let lesson = learn::parse_lesson(&text);
        assert!(!lesson.title.is_empty(), "{}: no # title", entry.id);
        let paragraphs = lesson
            .blocks
            .iter()
            .filter(|b| matches!(b, learn::Block::Paragraph(_)))
            .count();
        assert!(
            paragraphs >= 2,
            "{}: a lesson has a few paragraphs",
            entry.id
        );
        assert!(
            lesson.exercise().is_some(),
            "{}: no @predict exercise",
            entry.id
        );
        for file in lesson.snippets() {
            assert!(
                content_dir().join("snippets").join(file).is_file(),
                "{}: snippet {file} does not exist",
                entry.id
            );
        }
    }

    assert!(course.questions.len() >= 40, "at least 40 questions");
    let levels: BTreeSet<u8> = course.questions.iter().map(|q| q.level).collect();
    assert_eq!(levels, BTreeSet::from([1, 2, 3]), "three levels");
    for q in &course.questions {
        assert!(ids.insert(q.id.clone()), "duplicate id {}", q.id);
        assert!(
            content_dir().join(q.path()).is_file(),
            "{}: {} does not exist",
            q.id,
            q.path()
        );
    }
    // Every quiz snippet is a question.
    let used: BTreeSet<String> = course.questions.iter().map(|q| q.path()).collect();
    for file in snippet_files("quiz") {
        assert!(used.contains(&file), "{file} is no question's snippet");
    }
}

/// Outputs recorded from node, as lines (what the runtime must agree with, see above).
fn recorded_outputs(rel: &str) -> Vec<Vec<String>> {
    let stem = content_dir().join(rel).with_extension("");
    let text = fs::read_to_string(stem.with_extension("out"))
        .or_else(|_| fs::read_to_string(stem.with_extension("outs")))
        .unwrap_or_default();
    text.split("=====\n")
        .map(|o| o.lines().map(str::to_string).collect())
        .collect()
}

#[test]
fn every_question_can_be_answered_and_wrongly() {
    let pending = pending();
    for q in course().questions {
        if pending.contains(&q.path()) {
            continue;
        }
        let outputs = recorded_outputs(&q.path());
        let lines = outputs.first().map_or(0, Vec::len);
        match &q.ask {
            // Ordering: at least two cards, and an order that is wrong.
            None => assert!(lines >= 2, "{}: nothing to order", q.id),
            Some(ask) => {
                let answers = ask.answers(&outputs);
                let choices = ask.choices(&outputs);
                assert!(!answers.is_empty(), "{}: no answer in the output", q.id);
                assert!(
                    choices.iter().any(|c| !answers.contains(c)),
                    "{}: every choice is right",
                    q.id
                );
            }
        }
    }
}

#[test]
fn the_sample_file_is_the_playgrounds() {
    // Snippets read `file.txt`: node read the committed copy, the playground its own.
    let samples = looplab::runtime::sample_files("/home/learner");
    let (_, playground) = samples
        .iter()
        .find(|(p, _)| p.ends_with("/file.txt"))
        .expect("the playground has file.txt");
    for folder in ["snippets", "quiz"] {
        let committed = fs::read(content_dir().join(folder).join("file.txt")).unwrap();
        assert_eq!(&committed, playground, "{folder}/file.txt");
    }
    // www/ is an ES-module package; the content folder says its .js files are CommonJS, so
    // that node records them as the playground runs them.
    let package = fs::read_to_string(content_dir().join("package.json")).unwrap();
    assert!(package.contains(r#""type": "commonjs""#));
}
