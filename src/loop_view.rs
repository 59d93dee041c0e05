//! The loop view's model: the picture of Node's event loop at any step of a run (the callback
//! running, what waits in each queue, the phase, the iteration, the clock, the output so far)
//! and one sentence for the rule at work, rebuilt from the report's trace events alone.
//!
//! A pure function of the recorded trace (no engine, no web): stepping back is replaying a
//! prefix, never re-running the program. `tests/loop_view.rs` checks that the replayed queues
//! equal the core's own queues after every event of the corpus programs.

use std::collections::BTreeMap;

use crate::report::{
    CallbackInfo, LaneInfo, OutputLine, Phase, Queue, QueueSnapshot, RunReport, Schedule,
    TraceEvent,
};

/// One recorded run: the default schedule (a report) or another schedule of a race.
#[derive(Debug, Clone, Copy)]
pub struct Trace<'a> {
    pub output: &'a [OutputLine],
    pub callbacks: &'a [CallbackInfo],
    pub events: &'a [TraceEvent],
    /// The run's worker threads and child processes (shared by all its schedules).
    pub lanes: &'a [LaneInfo],
}

impl<'a> Trace<'a> {
    pub fn of_report(report: &'a RunReport) -> Self {
        Trace {
            output: &report.output,
            callbacks: &report.callbacks,
            events: &report.events,
            lanes: &report.lanes,
        }
    }

    /// Another schedule of `report`'s race.
    pub fn of_schedule(report: &'a RunReport, schedule: &'a Schedule) -> Self {
        Trace {
            output: &schedule.output,
            callbacks: &schedule.callbacks,
            events: &schedule.events,
            lanes: &report.lanes,
        }
    }

    /// The worker thread or child process of lane `id`.
    fn lane(&self, id: u32) -> Option<&'a LaneInfo> {
        self.lanes.iter().find(|l| l.id == id)
    }

    /// The description of callback `id` (ids are given in order, so usually at `id - 1`).
    pub fn callback(&self, id: u32) -> Option<&'a CallbackInfo> {
        let guess = (id as usize).checked_sub(1);
        match guess.and_then(|i| self.callbacks.get(i)) {
            Some(c) if c.id == id => Some(c),
            _ => self.callbacks.iter().find(|c| c.id == id),
        }
    }

    /// How many steps the view has: the start, then one after each event.
    pub fn steps(&self) -> usize {
        self.events.len() + 1
    }
}

/// One card in a queue column.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub callback: u32,
    /// Timers: when the timer is due; poll: when the request completes (virtual ms).
    pub due: Option<f64>,
    /// Poll: what the request waits for.
    pub waits_for: Option<String>,
    /// Poll: the poll phase found the request complete; its callback runs in this phase.
    pub complete: bool,
}

impl Card {
    fn new(callback: u32) -> Self {
        Card {
            callback,
            due: None,
            waits_for: None,
            complete: false,
        }
    }
}

/// The loop's state after some step.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Picture {
    /// The callbacks running, outermost first (0: the main script or a `process` event).
    pub stack: Vec<u32>,
    pub next_tick: Vec<Card>,
    pub microtask: Vec<Card>,
    /// In Node's heap order: lists by (expiry, rank), each list in insertion order.
    pub timers: Vec<Card>,
    pub pending: Vec<Card>,
    /// In submission order, complete or not.
    pub poll: Vec<Card>,
    pub check: Vec<Card>,
    pub close: Vec<Card>,
    /// The phase the loop is in (`None`: before the loop, or after it emptied).
    pub phase: Option<Phase>,
    pub iteration: u32,
    /// The virtual clock, in ms.
    pub time: f64,
    /// How many output chunks were printed so far.
    pub printed: usize,
    /// How many times callback 0 started: the first is the main script (or module body), the
    /// later ones are `process` events (`beforeExit`, `exit`).
    pub zero_runs: u32,
}

impl Picture {
    /// The column of one of Node's queues (`Queue::Main` is the call stack: no column).
    pub fn queue(&self, queue: Queue) -> &[Card] {
        match queue {
            Queue::Main => &[],
            Queue::NextTick => &self.next_tick,
            Queue::Microtask => &self.microtask,
            Queue::Timers => &self.timers,
            Queue::Pending => &self.pending,
            Queue::Poll => &self.poll,
            Queue::Check => &self.check,
            Queue::Close => &self.close,
        }
    }

    fn queue_mut(&mut self, queue: Queue) -> Option<&mut Vec<Card>> {
        Some(match queue {
            Queue::Main => return None,
            Queue::NextTick => &mut self.next_tick,
            Queue::Microtask => &mut self.microtask,
            Queue::Timers => &mut self.timers,
            Queue::Pending => &mut self.pending,
            Queue::Poll => &mut self.poll,
            Queue::Check => &mut self.check,
            Queue::Close => &mut self.close,
        })
    }

    /// Take callback `id` out of its queue (`queue`, when known; else whichever holds it).
    /// Callbacks mostly leave from the front, so the search starts there.
    fn remove(&mut self, id: u32, queue: Option<Queue>) {
        let queues = match queue {
            Some(q) => vec![q],
            None => QUEUES.to_vec(),
        };
        for q in queues {
            if let Some(cards) = self.queue_mut(q)
                && let Some(i) = cards.iter().position(|c| c.callback == id)
            {
                cards.remove(i);
                return;
            }
        }
    }

    /// The picture as callback ids, in the shape of the core's own snapshots.
    pub fn ids(&self) -> QueueSnapshot {
        let ids = |cards: &[Card]| cards.iter().map(|c| c.callback).collect();
        QueueSnapshot {
            stack: self.stack.clone(),
            next_tick: ids(&self.next_tick),
            microtask: ids(&self.microtask),
            timers: ids(&self.timers),
            pending: ids(&self.pending),
            poll: ids(&self.poll),
            check: ids(&self.check),
            close: ids(&self.close),
            iteration: self.iteration,
        }
    }
}

/// The queue columns, in the order the view draws them.
pub const QUEUES: [Queue; 7] = [
    Queue::NextTick,
    Queue::Microtask,
    Queue::Timers,
    Queue::Pending,
    Queue::Poll,
    Queue::Check,
    Queue::Close,
];

/// Applies events one by one to a picture.
#[derive(Debug, Clone, Default)]
pub struct Replay {
    pub picture: Picture,
    /// Each timer list's place in the heap, by duration: (expiry, rank).
    lists: BTreeMap<u64, (u64, u64)>,
    /// Each armed timer's duration and arming order.
    armed: BTreeMap<u32, (u64, u64)>,
    next_seq: u64,
    /// How many close cards the running close phase took (libuv runs that batch, the last
    /// closed first; a handle closed meanwhile waits behind it for the next iteration).
    close_batch: usize,
}

impl Replay {
    /// The picture after the first `step` events of `trace`.
    pub fn picture_at(trace: Trace, step: usize) -> Picture {
        let mut replay = Replay::default();
        for event in trace.events.iter().take(step) {
            replay.apply(trace, event);
        }
        replay.picture
    }

    /// Apply one event.
    pub fn apply(&mut self, trace: Trace, event: &TraceEvent) {
        let p = &mut self.picture;
        match event {
            TraceEvent::Enqueued { callback } => {
                let queue = trace.callback(*callback).map_or(Queue::Main, |c| c.queue);
                if queue == Queue::Close {
                    // libuv pushes a closing handle onto the front of its list.
                    let at = self.close_batch.min(p.close.len());
                    p.close.insert(at, Card::new(*callback));
                } else if let Some(cards) = p.queue_mut(queue) {
                    cards.push(Card::new(*callback));
                }
            }
            TraceEvent::TimerArmed {
                callback,
                duration,
                due,
                list_expiry,
                list_rank,
            } => {
                if self.armed.contains_key(callback) {
                    p.remove(*callback, Some(Queue::Timers));
                }
                let relisted = self.lists.insert(*duration, (*list_expiry, *list_rank))
                    != Some((*list_expiry, *list_rank));
                self.next_seq += 1;
                self.armed.insert(*callback, (*duration, self.next_seq));
                let card = Card {
                    due: Some(*due as f64),
                    ..Card::new(*callback)
                };
                if relisted {
                    self.picture.timers.push(card);
                    self.sort_timers();
                } else {
                    // Its list keeps its place: the timer goes to the back of the list.
                    let key = (*list_expiry, *list_rank, self.next_seq);
                    let at = self
                        .picture
                        .timers
                        .partition_point(|c| self.timer_key(c.callback) < key);
                    self.picture.timers.insert(at, card);
                }
            }
            TraceEvent::TimerListRearmed {
                duration,
                list_expiry,
                list_rank,
            } => {
                self.lists.insert(*duration, (*list_expiry, *list_rank));
                self.sort_timers();
            }
            TraceEvent::RequestStarted {
                callback,
                waits_for,
                done_at,
            } => {
                // In submission order: which completes first can be a race (two threads
                // finishing side by side), so the cards say when each is due instead.
                p.poll.push(Card {
                    due: Some(*done_at),
                    waits_for: Some(waits_for.clone()),
                    ..Card::new(*callback)
                });
            }
            TraceEvent::RequestCompleted { callback } => {
                if let Some(card) = p.poll.iter_mut().find(|c| c.callback == *callback) {
                    card.complete = true;
                }
            }
            TraceEvent::Cancelled { callback } | TraceEvent::Held { callback } => {
                p.remove(*callback, trace.callback(*callback).map(|c| c.queue));
                self.armed.remove(callback);
            }
            TraceEvent::Started { callback } => {
                if *callback == 0 {
                    if p.zero_runs > 0 {
                        // `beforeExit` and `exit` are emitted once the loop has nothing left.
                        p.phase = None;
                    }
                    p.zero_runs += 1;
                } else {
                    let queue = trace.callback(*callback).map(|c| c.queue);
                    if queue == Some(Queue::Close) {
                        self.close_batch = self.close_batch.saturating_sub(1);
                    }
                    p.remove(*callback, queue);
                    self.armed.remove(callback);
                }
                p.stack.push(*callback);
            }
            TraceEvent::Finished { .. } => {
                p.stack.pop();
            }
            TraceEvent::IterationStarted { iteration } => p.iteration = *iteration,
            TraceEvent::PhaseEntered { phase } => {
                p.phase = Some(*phase);
                self.close_batch = if *phase == Phase::Close {
                    p.close.len()
                } else {
                    0
                };
            }
            TraceEvent::ClockAdvanced { to } => p.time = p.time.max(*to),
            TraceEvent::Output { line } => {
                p.printed = p.printed.max(line + 1);
                if let Some(out) = trace.output.get(*line) {
                    p.time = p.time.max(out.time);
                }
            }
            // Other lanes' queues are not in the main thread's picture.
            TraceEvent::Race { .. }
            | TraceEvent::Stopped
            | TraceEvent::LaneStarted { .. }
            | TraceEvent::LaneExited { .. } => {}
        }
    }

    /// A timer's place in the heap: its list's (expiry, rank), then its arming order.
    fn timer_key(&self, callback: u32) -> (u64, u64, u64) {
        let (duration, seq) = self.armed.get(&callback).copied().unwrap_or_default();
        let (expiry, rank) = self.lists.get(&duration).copied().unwrap_or_default();
        (expiry, rank, seq)
    }

    fn sort_timers(&mut self) {
        let mut timers = std::mem::take(&mut self.picture.timers);
        timers.sort_by_key(|c| self.timer_key(c.callback));
        self.picture.timers = timers;
    }
}

/// The pictures before and after `step` (the change made by event `step - 1`).
pub fn pictures_at(trace: Trace, step: usize) -> (Picture, Picture) {
    let mut replay = Replay::default();
    let step = step.min(trace.events.len());
    for event in trace.events.iter().take(step.saturating_sub(1)) {
        replay.apply(trace, event);
    }
    let before = replay.picture.clone();
    if let Some(event) = step.checked_sub(1).and_then(|i| trace.events.get(i)) {
        replay.apply(trace, event);
    }
    (before, replay.picture)
}

/// The first step at which two schedules differ (their events up to it are the same).
pub fn divergence(a: &[TraceEvent], b: &[TraceEvent]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count() + 1
}

/// A callback's name for a card or a sentence: `name (api)`, or what callback 0 is, given how
/// many times callback 0 has started (`Picture::zero_runs`).
pub fn callback_label(trace: Trace, id: u32, zero_runs: u32) -> String {
    if id == 0 {
        return if zero_runs > 1 {
            "process 'beforeExit' / 'exit' listeners".into()
        } else {
            "the main script".into()
        };
    }
    match trace.callback(id) {
        Some(c) if c.name == c.api || c.name == "(anonymous)" => c.api.clone(),
        Some(c) if c.name == "(interval)" => format!("{} (next period)", c.api),
        Some(c) if c.name.starts_with('(') => c.name.trim_matches(['(', ')']).to_string(),
        Some(c) => format!("{} ({})", c.name, c.api),
        None => format!("callback {id}"),
    }
}

/// One sentence for the rule at work at `step` (the change made by event `step - 1`), given
/// the pictures before and after it.
pub fn rule(trace: Trace, step: usize, before: &Picture, after: &Picture) -> String {
    sentence_case(event_rule(trace, step, before, after))
}

/// A sentence that opens with a callback's label starts with a capital, unless the label is
/// code (`setTimeout`, `fs.readFile`): "Promise reaction returned."
fn sentence_case(sentence: String) -> String {
    let first_word = sentence.split(' ').next().unwrap_or("");
    let is_prose = first_word.len() < sentence.len()
        && !first_word.is_empty()
        && first_word.chars().all(|c| c.is_ascii_lowercase());
    if !is_prose {
        return sentence;
    }
    let mut chars = sentence.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

fn event_rule(trace: Trace, step: usize, before: &Picture, after: &Picture) -> String {
    let Some(event) = step.checked_sub(1).and_then(|i| trace.events.get(i)) else {
        return "Node is about to run the main script, from top to bottom. Nothing is queued \
                yet: the loop starts only when the script is done."
            .into();
    };
    let label = |id: u32| callback_label(trace, id, after.zero_runs);
    match event {
        TraceEvent::Enqueued { callback } => {
            let info = trace.callback(*callback);
            let what = label(*callback);
            match info.map(|c| (c.queue, c.api.as_str())) {
                Some((Queue::NextTick, _)) => format!(
                    "{what} joins the nextTick queue: it runs as soon as the current callback \
                     returns, before any promise callback and before the loop moves on."
                ),
                Some((Queue::Microtask, "queueMicrotask")) => format!(
                    "{what} joins the microtask queue, which runs once the nextTick queue is empty."
                ),
                Some((Queue::Microtask, _)) => "A promise settled (or an `await` is ready to \
                     resume): its reaction joins the microtask queue, which runs once the \
                     nextTick queue is empty."
                    .into(),
                Some((Queue::Check, _)) => format!(
                    "{what} joins the check queue: immediates run in the check phase, right \
                     after poll."
                ),
                _ => format!("{what} is queued."),
            }
        }
        TraceEvent::TimerArmed {
            callback,
            duration,
            due,
            ..
        } => {
            let rearmed = before.timers.iter().any(|c| c.callback == *callback);
            let verb = if rearmed { "is re-armed" } else { "is armed" };
            format!(
                "{} {verb}: due at {due} ms. Node keeps one list per duration ({duration} ms \
                 here); the timers phase runs the due lists in order of expiry.",
                label(*callback)
            )
        }
        TraceEvent::TimerListRearmed {
            duration,
            list_expiry,
            ..
        } => format!(
            "The next timer of the {duration} ms list is not due yet: the list goes back into \
             the heap, due at {list_expiry} ms."
        ),
        TraceEvent::RequestStarted {
            callback,
            waits_for,
            done_at,
        } => format!(
            "{} is handed to libuv: it waits for {waits_for} and completes at about \
             {done_at} ms. The loop stays alive while it is in flight; its callback runs in \
             a poll phase after it completes.",
            label(*callback)
        ),
        TraceEvent::RequestCompleted { callback } => format!(
            "The poll phase finds {} complete: its callback runs now, in the poll phase.",
            label(*callback)
        ),
        TraceEvent::Cancelled { callback } => format!(
            "{} is cancelled (clearTimeout / clearImmediate): it leaves its queue and will \
             never run.",
            label(*callback)
        ),
        TraceEvent::Held { callback } => format!(
            "{} leaves the microtask queue for now: import() holds the reactions queued while \
             it loaded a module until its own microtask hops are done, then queues them again.",
            label(*callback)
        ),
        TraceEvent::Started { callback } => started(trace, *callback, before),
        TraceEvent::Finished { callback, threw } => {
            let what = label(*callback);
            let threw = if *threw { " threw" } else { " returned" };
            if *callback == 0 && after.stack.is_empty() && after.iteration == 0 {
                return "The main script is done: Node drains the nextTick queue, then the \
                        microtask queue, before the loop starts."
                    .into();
            }
            if after.next_tick.is_empty() && after.microtask.is_empty() {
                format!(
                    "{what}{threw}. The nextTick and microtask queues are empty, so the loop \
                     goes on."
                )
            } else {
                format!(
                    "{what}{threw}: before the loop goes on, Node drains the nextTick queue, \
                     then the microtask queue."
                )
            }
        }
        TraceEvent::IterationStarted { iteration } => format!(
            "Loop iteration {iteration} begins: pending callbacks, idle/prepare, poll, check, \
             close, then timers."
        ),
        TraceEvent::PhaseEntered { phase } => phase_rule(*phase, after),
        TraceEvent::ClockAdvanced { to } => format!(
            "Nothing can run yet: the poll phase waits (blocks) until {to} ms, when the next \
             timer is due or an I/O request completes."
        ),
        TraceEvent::Output { line } => {
            let text = trace
                .output
                .get(*line)
                .map(|o| o.text.trim_end_matches('\n'))
                .unwrap_or("");
            let who = after
                .stack
                .last()
                .map_or("The runtime".to_string(), |&id| label(id));
            let shown: String = text.chars().take(60).collect();
            let more = if shown.len() < text.len() { "…" } else { "" };
            format!("{who} prints \"{shown}{more}\".")
        }
        TraceEvent::Race {
            description,
            chosen,
            options,
        } => format!(
            "A race: {description}. Real timing decides; this schedule takes outcome {} of \
             {options}.",
            chosen + 1
        ),
        TraceEvent::Stopped => "The run was stopped.".into(),
        TraceEvent::LaneStarted { lane } => match trace.lane(*lane) {
            Some(info) => format!(
                "The {} starts: {}. Its queues are not drawn here; its output is tagged `{}`.",
                info.describe(),
                info.nature(),
                info.label()
            ),
            None => format!("Lane {lane} starts, with its own engine, memory and event loop."),
        },
        TraceEvent::LaneExited { lane, code, signal } => {
            let how = match signal {
                Some(signal) => format!("was ended by {signal}"),
                None => format!("exited with code {}", code.unwrap_or(0)),
            };
            let name = trace
                .lane(*lane)
                .map_or_else(|| format!("lane {lane}"), LaneInfo::describe);
            format!("The {name} {how}; its parent hears of it in its poll phase.")
        }
    }
}

fn started(trace: Trace, callback: u32, before: &Picture) -> String {
    if callback == 0 {
        return if before.zero_runs > 0 {
            "The loop has nothing left to do: Node emits 'beforeExit' (then 'exit') on \
             process; a 'beforeExit' listener that schedules work starts the loop again."
                .into()
        } else if before.phase == Some(Phase::Poll) {
            "The ES module's source has been read: its body runs now, in the poll phase, as a \
             job of the module loader."
                .into()
        } else {
            "The main script runs, top to bottom. What it schedules waits in the queues.".into()
        };
    }
    let what = callback_label(trace, callback, before.zero_runs + 1);
    match trace.callback(callback).map(|c| c.queue) {
        Some(Queue::NextTick) => format!(
            "{what} runs: the nextTick queue is drained first, including ticks queued while it \
             drains."
        ),
        Some(Queue::Microtask) => format!(
            "{what} runs: the nextTick queue is empty, so the microtask queue is drained, \
             including microtasks queued while it drains."
        ),
        Some(Queue::Timers) => {
            format!(
                "{what} runs: its time has come, and the timers phase runs due timers in order."
            )
        }
        Some(Queue::Poll) => format!("{what}: its callback runs in the poll phase."),
        Some(Queue::Check) => {
            format!("{what} runs: the check phase runs the immediates queued before it began.")
        }
        Some(Queue::Pending) => format!("{what} runs: a deferred I/O callback."),
        Some(Queue::Close) => format!("{what} runs: a close callback."),
        Some(Queue::Main) | None => format!("{what} runs."),
    }
}

fn phase_rule(phase: Phase, after: &Picture) -> String {
    match phase {
        Phase::Timers if after.iteration == 0 => "Before its first iteration, the loop runs \
             the timers already due (libuv 1.46). Timers phase: every timer whose time has \
             come runs, list by list in order of expiry."
            .into(),
        Phase::Timers => "Timers phase (end of the iteration): every timer whose time has come \
             runs, list by list in order of expiry."
            .into(),
        Phase::Pending => "Pending callbacks phase: I/O callbacks deferred from the previous \
             iteration run here."
            .into(),
        Phase::Idle | Phase::Prepare => "Idle and prepare phases: libuv's housekeeping; no \
             JavaScript runs here."
            .into(),
        Phase::Poll => {
            if after.check.is_empty() {
                "Poll phase: run the callbacks of completed I/O; with no immediates waiting, \
                 the loop may block here until a timer is due or I/O completes."
                    .into()
            } else {
                "Poll phase: run the callbacks of completed I/O; immediates are waiting, so \
                 the loop does not block here."
                    .into()
            }
        }
        Phase::Check => "Check phase: run the immediates queued before it began (ones \
             queued meanwhile wait for the next iteration)."
            .into(),
        Phase::Close => "Close callbacks phase: 'close' events of handles run here.".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Location, Stream};

    fn info(id: u32, queue: Queue, api: &str) -> CallbackInfo {
        CallbackInfo {
            id,
            queue,
            api: api.into(),
            name: "(anonymous)".into(),
            scheduled_at: Some(Location {
                line: id,
                column: 1,
            }),
            scheduled_by: 0,
            delay: None,
        }
    }

    fn classic() -> (Vec<CallbackInfo>, Vec<TraceEvent>, Vec<OutputLine>) {
        let callbacks = vec![
            info(1, Queue::Timers, "setTimeout"),
            info(2, Queue::Check, "setImmediate"),
            info(3, Queue::NextTick, "process.nextTick"),
        ];
        let output = vec![OutputLine {
            lane: 0,
            stream: Stream::Stdout,
            text: "nextTick\n".into(),
            callback: 3,
            queue: Queue::NextTick,
            iteration: 0,
            time: 0.05,
            printed_at: None,
        }];
        use TraceEvent::*;
        let events = vec![
            Started { callback: 0 },
            TimerArmed {
                callback: 1,
                duration: 1,
                due: 1,
                list_expiry: 1,
                list_rank: 0,
            },
            Enqueued { callback: 2 },
            Enqueued { callback: 3 },
            Finished {
                callback: 0,
                threw: false,
            },
            Started { callback: 3 },
            Output { line: 0 },
            Finished {
                callback: 3,
                threw: false,
            },
            PhaseEntered {
                phase: Phase::Timers,
            },
            IterationStarted { iteration: 1 },
            PhaseEntered { phase: Phase::Poll },
            PhaseEntered {
                phase: Phase::Check,
            },
            Started { callback: 2 },
        ];
        (callbacks, events, output)
    }

    #[test]
    fn a_sentence_opening_with_prose_gets_a_capital_but_code_stays_as_written() {
        assert_eq!(
            sentence_case("promise reaction returned.".into()),
            "Promise reaction returned."
        );
        assert_eq!(
            sentence_case("setTimeout returned.".into()),
            "setTimeout returned."
        );
        assert_eq!(sentence_case("fs.readFile ran.".into()), "fs.readFile ran.");
    }

    #[test]
    fn rebuilds_the_queues_at_any_step() {
        let (callbacks, events, output) = classic();
        let trace = Trace {
            output: &output,
            callbacks: &callbacks,
            events: &events,
            lanes: &[],
        };
        let after_main = Replay::picture_at(trace, 5);
        assert!(after_main.stack.is_empty());
        assert_eq!(after_main.ids().timers, [1]);
        assert_eq!(after_main.ids().check, [2]);
        assert_eq!(after_main.ids().next_tick, [3]);
        assert_eq!(after_main.timers[0].due, Some(1.0));
        let ticking = Replay::picture_at(trace, 7);
        assert_eq!(ticking.stack, [3]);
        assert!(ticking.next_tick.is_empty());
        assert_eq!(ticking.printed, 1);
        let checking = Replay::picture_at(trace, events.len());
        assert_eq!(checking.phase, Some(Phase::Check));
        assert_eq!(checking.iteration, 1);
        assert_eq!(checking.stack, [2]);
        assert!(checking.check.is_empty());
        assert_eq!(checking.ids().timers, [1]);
        // Stepping back is replaying a shorter prefix: the same picture as before.
        assert_eq!(Replay::picture_at(trace, 5), after_main);
        let (before, after) = pictures_at(trace, 5);
        assert_eq!(before, Replay::picture_at(trace, 4));
        assert_eq!(after, after_main);
        assert_eq!(pictures_at(trace, 0).1, Picture::default());
    }

    #[test]
    fn timers_follow_the_heap_order_of_their_lists() {
        let callbacks = vec![
            info(1, Queue::Timers, "setTimeout"),
            info(2, Queue::Timers, "setTimeout"),
            info(3, Queue::Timers, "setTimeout"),
        ];
        use TraceEvent::*;
        let arm = |callback, duration, due, list_expiry, list_rank| TimerArmed {
            callback,
            duration,
            due,
            list_expiry,
            list_rank,
        };
        // A 10 ms list (rank 0) with timers due at 10 and 15; a 5 ms list (rank 1) due at 8.
        let events = vec![
            arm(1, 10, 10, 10, 0),
            arm(2, 5, 8, 8, 1),
            arm(3, 10, 15, 10, 0),
            Started { callback: 2 },
            // The 10 ms list runs its first timer; its second is not due: re-armed, rank 2.
            Started { callback: 1 },
            TimerListRearmed {
                duration: 10,
                list_expiry: 15,
                list_rank: 2,
            },
        ];
        let trace = Trace {
            output: &[],
            callbacks: &callbacks,
            events: &events,
            lanes: &[],
        };
        assert_eq!(Replay::picture_at(trace, 3).ids().timers, [2, 1, 3]);
        assert_eq!(Replay::picture_at(trace, 6).ids().timers, [3]);
    }

    #[test]
    fn requests_wait_in_completion_order_then_complete() {
        let callbacks = vec![info(1, Queue::Poll, "fs.readFile (open)")];
        let events = vec![
            TraceEvent::RequestStarted {
                callback: 1,
                waits_for: "a thread".into(),
                done_at: 0.05,
            },
            TraceEvent::RequestCompleted { callback: 1 },
            TraceEvent::Started { callback: 1 },
        ];
        let trace = Trace {
            output: &[],
            callbacks: &callbacks,
            events: &events,
            lanes: &[],
        };
        let in_flight = Replay::picture_at(trace, 1);
        assert_eq!(in_flight.poll.len(), 1);
        assert!(!in_flight.poll[0].complete);
        assert!(Replay::picture_at(trace, 2).poll[0].complete);
        assert!(Replay::picture_at(trace, 3).poll.is_empty());
        let said = rule(trace, 1, &Picture::default(), &Replay::picture_at(trace, 1));
        assert!(said.contains("fs.readFile (open)"), "{said}");
    }

    #[test]
    fn a_zlib_request_says_a_pool_thread_runs_zlib() {
        let callbacks = vec![info(1, Queue::Poll, "zlib.Gzip (write)")];
        let events = vec![TraceEvent::RequestStarted {
            callback: 1,
            waits_for: crate::io::pool_wait("zlib.Gzip (write)").into(),
            done_at: 1.01,
        }];
        let trace = Trace {
            output: &[],
            callbacks: &callbacks,
            events: &events,
            lanes: &[],
        };
        let said = rule(trace, 1, &Picture::default(), &Replay::picture_at(trace, 1));
        assert!(said.contains("zlib.Gzip (write)"), "{said}");
        assert!(said.contains("runs zlib on one chunk"), "{said}");
        assert_eq!(
            Replay::picture_at(trace, 1).poll[0].waits_for.as_deref(),
            Some(crate::io::ZLIB_POOL_WAIT)
        );
    }

    #[test]
    fn the_main_script_finishing_names_the_drain_rule() {
        let (callbacks, events, output) = classic();
        let trace = Trace {
            output: &output,
            callbacks: &callbacks,
            events: &events,
            lanes: &[],
        };
        let before = Replay::picture_at(trace, 4);
        let after = Replay::picture_at(trace, 5);
        let said = rule(trace, 5, &before, &after);
        assert!(said.contains("drains the nextTick queue"), "{said}");
    }

    #[test]
    fn schedules_diverge_at_their_first_different_event() {
        let (_, events, _) = classic();
        let mut other = events.clone();
        other[10] = TraceEvent::Stopped;
        assert_eq!(divergence(&events, &other), 11);
    }
}
