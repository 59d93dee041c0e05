//! A worker's stdout and stderr as Node's `WritableWorkerStdio` (lib/internal/worker/io.js):
//! one payload in flight per stream, until the parent's acknowledgement comes back.
//!
//! A worker's write posts its chunks to the parent on the internal port (`_writev`) and keeps
//! its callback until the parent's side asks for more (`STDIO_WANTS_MORE_DATA`, sent from
//! the parent-side Readable's `_read` once it took the payload). Until then the Writable is
//! busy: later writes wait in its buffer and leave together, as one payload, when the
//! acknowledgement arrives. So a worker's second `console.log` reaches the parent a round
//! trip after its first, after the messages the worker posted in between; and a stream with
//! a payload in flight refs the port (`kWaitingStreams`), which keeps the worker's loop alive.
//! At the worker's exit (`flushSync`, an 'exit' listener) the buffers go at once, unacknowledged.

use crate::host::Host;
use crate::report::Stream;

/// One stream's side of the exchange.
#[derive(Debug, Default)]
pub struct StdioFlow {
    /// A payload is in flight: the parent has not asked for more yet.
    awaiting: bool,
    /// What was written meanwhile (the Writable's buffer), in order.
    buffered: String,
}

/// Both streams of a worker, and whether it is exiting (`process._exiting`: a write then posts
/// at once and waits for nothing).
#[derive(Debug, Default)]
pub struct WorkerStdio {
    streams: [StdioFlow; 2],
    exiting: bool,
}

fn index(stream: Stream) -> usize {
    match stream {
        Stream::Stdout => 0,
        Stream::Stderr => 1,
    }
}

/// A write on the worker's `stream`: the text to post to the parent now, or `None` when it
/// waits in the buffer for the acknowledgement of the payload in flight.
pub fn write(host: &Host, stream: Stream, text: String) -> Option<String> {
    let mut state = host.state.borrow_mut();
    let stdio = &mut state.worker_stdio;
    if stdio.exiting {
        return Some(text);
    }
    let flow = &mut stdio.streams[index(stream)];
    if flow.awaiting {
        flow.buffered.push_str(&text);
        return None;
    }
    flow.awaiting = true;
    // The port is ref'd while a payload waits for its acknowledgement.
    state.active_handles += 1;
    Some(text)
}

/// The parent asked for more on `stream`: the buffered writes leave as one payload (the
/// stream stays busy), or, with nothing buffered, the stream is idle and the port unref'd.
pub fn acknowledged(host: &Host, stream: Stream) -> Option<String> {
    let mut state = host.state.borrow_mut();
    let flow = &mut state.worker_stdio.streams[index(stream)];
    if !flow.awaiting {
        return None;
    }
    if !flow.buffered.is_empty() {
        return Some(std::mem::take(&mut flow.buffered));
    }
    flow.awaiting = false;
    state.active_handles = state.active_handles.saturating_sub(1);
    None
}

/// The worker is exiting: what its streams still buffer, to post at once (stdout's first, as
/// `flushSync` calls them); later writes no longer wait.
pub fn flush_at_exit(host: &Host) -> Vec<(Stream, String)> {
    let mut state = host.state.borrow_mut();
    let mut released = 0;
    let mut out = Vec::new();
    for stream in [Stream::Stdout, Stream::Stderr] {
        let flow = &mut state.worker_stdio.streams[index(stream)];
        if flow.awaiting {
            released += 1;
        }
        flow.awaiting = false;
        let text = std::mem::take(&mut flow.buffered);
        if !text.is_empty() {
            out.push((stream, text));
        }
    }
    state.worker_stdio.exiting = true;
    state.active_handles = state.active_handles.saturating_sub(released);
    out
}
