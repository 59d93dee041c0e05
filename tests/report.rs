//! The run report as the playground consumes it: each printed line tagged with the queue or
//! phase that printed it and the line that scheduled it; races listing every ordering; the
//! playground's sample files. Expected texts come from the classic example's recorded output
//! (`tests/corpus/loop/classic_start_timeout_immediate_nexttick_end.outs`).

use looplab::report::{Queue, Stream, TraceEvent};
use looplab::{RunOptions, run};

const CLASSIC: &str = "console.log('Start');\nsetTimeout(() => console.log('Timeout'), 0);\nsetImmediate(() => console.log('Immediate'));\nprocess.nextTick(() => console.log('nextTick'));\nconsole.log('End');\n";

fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .expect("thread")
        .join()
        .expect("run")
}

#[test]
fn lines_are_tagged_with_their_queue_and_scheduling_line() {
    let report = on_big_stack(|| run(&RunOptions::playground("/home/learner/main.js", CLASSIC)));
    let tagged: Vec<(String, Queue)> = report
        .output
        .iter()
        .filter(|l| l.stream == Stream::Stdout)
        .map(|l| (l.text.trim_end().to_string(), l.queue))
        .collect();
    // Each line carries the queue that printed it...
    let queue_of = |text: &str| tagged.iter().find(|(t, _)| t == text).map(|(_, q)| *q);
    assert_eq!(queue_of("Start"), Some(Queue::Main));
    assert_eq!(queue_of("End"), Some(Queue::Main));
    assert_eq!(queue_of("nextTick"), Some(Queue::NextTick));
    assert_eq!(queue_of("Timeout"), Some(Queue::Timers));
    assert_eq!(queue_of("Immediate"), Some(Queue::Check));
    // ...and the lines come in one of the orders node printed (timeout and immediate race).
    let printed: String = tagged.iter().map(|(t, _)| format!("{t}\n")).collect();
    let recorded = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/loop/classic_start_timeout_immediate_nexttick_end.outs"
    ))
    .expect("recorded orderings");
    assert!(
        recorded.split("=====\n").any(|o| o == printed),
        "{printed:?} is none of node's orderings:\n{recorded}"
    );
    // The immediate's callback was scheduled by the `setImmediate` call on line 3.
    let immediate = report
        .output
        .iter()
        .find(|l| l.text == "Immediate\n")
        .expect("printed");
    let callback = report
        .callbacks
        .iter()
        .find(|c| c.id == immediate.callback)
        .expect("known callback");
    assert_eq!(callback.api, "setImmediate");
    assert_eq!(callback.scheduled_at.map(|l| l.line), Some(3));
    assert!(
        report
            .events
            .iter()
            .any(|e| matches!(e, TraceEvent::IterationStarted { iteration: 1 }))
    );
}

#[test]
fn a_race_lists_both_orders_node_prints() {
    let report = on_big_stack(|| run(&RunOptions::playground("/home/learner/main.js", CLASSIC)));
    assert!(report.race);
    assert_eq!(
        report.alternatives,
        vec![
            "Start\nEnd\nnextTick\nImmediate\nTimeout\n".to_string(),
            "Start\nEnd\nnextTick\nTimeout\nImmediate\n".to_string(),
        ]
    );
}

#[test]
fn the_playground_has_its_sample_files() {
    let code = "const fs = require('fs');\nfs.readFile('file.txt', 'utf8', (err, text) => console.log(err, text.split('\\n')[0]));\nconsole.log(fs.statSync('bigfile.txt').size > 200 * 1024);\n";
    let report = on_big_stack(move || run(&RunOptions::playground("/home/learner/main.js", code)));
    assert_eq!(
        report.text(Stream::Stdout),
        "true\nnull Hello from file.txt!\n"
    );
    let read = report
        .output
        .iter()
        .find(|l| l.text.starts_with("null"))
        .expect("printed");
    assert_eq!(read.queue, Queue::Poll);
}

#[test]
fn a_runaway_interval_stops_with_a_message_and_keeps_the_output() {
    let code = "console.log('before');\nsetInterval(() => {}, 1);\n";
    let mut options = RunOptions::playground("/home/learner/main.js", code);
    options.limits.callbacks = 10_000;
    let report = on_big_stack(move || run(&options));
    assert_eq!(report.text(Stream::Stdout), "before\n");
    assert!(report.text(Stream::Stderr).contains("looplab: stopped"));
    assert!(matches!(
        report.ending,
        looplab::report::Ending::LimitExceeded { .. }
    ));
}

/// The classic read-stream example on the playground's own `bigfile.txt`: what node printed
/// for the same file (`tests/corpus/fs-stream/classic_read_stream.out`, whose `bigfile.txt` is
/// a copy of the sample), each 'data' line from the poll phase, and the stream's own ticks
/// (`endReadableNT` before 'end') reported as stream internals.
#[test]
fn the_classic_read_stream_reads_the_sample_file_in_the_poll_phase() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/fs-stream");
    let code = std::fs::read_to_string(format!("{dir}/classic_read_stream.js")).expect("case");
    let expected = std::fs::read_to_string(format!("{dir}/classic_read_stream.out")).expect("out");
    let fixture = std::fs::read(format!("{dir}/bigfile.txt")).expect("fixture");
    let sample = looplab::runtime::sample_files("/home/learner")
        .into_iter()
        .find(|(path, _)| path.ends_with("/bigfile.txt"))
        .expect("sample bigfile.txt");
    assert_eq!(
        sample.1, fixture,
        "the corpus fixture is the playground's sample file"
    );

    let report = on_big_stack(move || run(&RunOptions::playground("/home/learner/main.js", &code)));
    assert_eq!(report.text(Stream::Stdout), expected);
    for line in report.output.iter().filter(|l| l.text.starts_with("chunk")) {
        assert_eq!(line.queue, Queue::Poll, "{:?}", line.text);
    }
    let end = report
        .output
        .iter()
        .find(|l| l.text == "end\n")
        .expect("printed");
    let callback = report
        .callbacks
        .iter()
        .find(|c| c.id == end.callback)
        .expect("known callback");
    assert_eq!(
        (
            callback.queue,
            callback.api.as_str(),
            callback.name.as_str()
        ),
        (Queue::NextTick, "stream", "endReadableNT")
    );
}
