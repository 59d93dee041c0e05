//! The loop view: step through a finished run and see the loop's phases, the call stack and
//! every queue at each step, the rule at work, and the output so far. The picture is rebuilt
//! from the report's events by `crate::loop_view` (replaying a prefix), never by re-running.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::loop_view::{Card, Picture, Trace, callback_label, divergence, pictures_at, rule};
use crate::report::{Queue, RunReport, Stream, TraceEvent};
use crate::web::phase_ring::PhaseRing;
use crate::web::queue_column::{CardView, QueueColumn};
use crate::web::schedule_switch::ScheduleSwitch;
use crate::web::state::{ReportRef, split_lines, stdout_lines};
use crate::web::step_bar::StepBar;

#[derive(Properties, PartialEq)]
pub struct LoopPanelProps {
    pub report: ReportRef,
    pub step: usize,
    pub schedule: usize,
    pub on_step: Callback<usize>,
    pub on_schedule: Callback<usize>,
    /// The card under the pointer or focus (a callback id), to highlight its line.
    pub on_hover: Callback<Option<u32>>,
}

/// The trace of schedule `index` (0: the report's own, Node's usual one).
pub fn schedule_trace(report: &RunReport, index: usize) -> Trace<'_> {
    match index.checked_sub(1).and_then(|i| report.schedules.get(i)) {
        Some(schedule) => Trace::of_schedule(report, schedule),
        None => Trace::of_report(report),
    }
}

/// The columns: `data-queue`, title, and what the queue is.
const COLUMNS: [(Queue, &str, &str, &str); 7] = [
    (
        Queue::NextTick,
        "nextTick",
        "nextTick queue",
        "process.nextTick callbacks: drained first after every callback",
    ),
    (
        Queue::Microtask,
        "microtask",
        "microtask queue",
        "promise reactions, await continuations, queueMicrotask: drained after nextTicks",
    ),
    (
        Queue::Timers,
        "timers",
        "timers (heap order)",
        "armed timers, by list expiry then list age; each list in insertion order",
    ),
    (
        Queue::Pending,
        "pending",
        "pending callbacks",
        "I/O callbacks deferred to the next iteration",
    ),
    (
        Queue::Poll,
        "poll",
        "poll: I/O in flight",
        "requests libuv is working on; their callbacks run in the poll phase",
    ),
    (
        Queue::Check,
        "check",
        "check (immediates)",
        "setImmediate callbacks, run in the check phase",
    ),
    (
        Queue::Close,
        "close",
        "close callbacks",
        "'close' events of handles",
    ),
];

fn ms(value: f64) -> String {
    format!("{}", (value * 1000.0).round() / 1000.0)
}

fn card_view(trace: Trace, card: &Card, queue: Queue) -> CardView {
    let detail = match queue {
        Queue::Timers => card.due.map(|d| format!("due at {} ms", ms(d))),
        Queue::Poll if card.complete => Some("complete: its callback runs now".into()),
        Queue::Poll => Some(format!(
            "waits for {}; done at {} ms",
            card.waits_for.as_deref().unwrap_or("I/O"),
            ms(card.due.unwrap_or_default())
        )),
        _ => None,
    };
    CardView {
        callback: card.callback,
        label: callback_label(trace, card.callback, 0),
        detail,
        line: trace
            .callback(card.callback)
            .and_then(|c| c.scheduled_at)
            .map(|l| l.line),
        colour: queue.name(),
    }
}

fn stack_cards(trace: Trace, picture: &Picture) -> Vec<CardView> {
    // The innermost frame first, as a call stack is drawn.
    picture
        .stack
        .iter()
        .rev()
        .map(|&id| {
            let info = trace.callback(id);
            CardView {
                callback: id,
                label: callback_label(trace, id, picture.zero_runs),
                detail: Some("running".into()),
                line: info.and_then(|c| c.scheduled_at).map(|l| l.line),
                colour: info.map_or("main", |c| c.queue.name()),
            }
        })
        .collect()
}

/// What runs outside the loop's phases at this picture.
fn outside(picture: &Picture, step: usize, steps: usize) -> &'static str {
    if step == 0 {
        "before the main script"
    } else if picture.zero_runs <= 1 && picture.phase.is_none() {
        "main script"
    } else if step + 1 >= steps {
        "the loop has ended"
    } else {
        "loop done: process events"
    }
}

#[function_component(LoopPanel)]
pub fn loop_panel(props: &LoopPanelProps) -> Html {
    let report = &props.report.0;
    let schedule = props.schedule.min(report.schedules.len());
    let trace = schedule_trace(report, schedule);
    let steps = trace.steps();
    let step = props.step.min(steps - 1);
    let computed = use_memo((props.report.clone(), schedule, step), |(r, s, k)| {
        let trace = schedule_trace(&r.0, *s);
        let (before, after) = pictures_at(trace, *k);
        let said = rule(trace, *k, &before, &after);
        (before, after, said)
    });
    let (_, picture, said) = &*computed;

    let event = step.checked_sub(1).and_then(|i| trace.events.get(i));
    let kind = event.map_or("start".to_string(), event_kind);
    let event_callback = match event {
        Some(TraceEvent::Started { callback } | TraceEvent::Finished { callback, .. }) => {
            callback.to_string()
        }
        _ => String::new(),
    };
    let current_chunk = match event {
        Some(TraceEvent::Output { line }) => Some(*line),
        _ => None,
    };

    let on_key = {
        let cb = props.on_step.clone();
        let last = steps - 1;
        Callback::from(move |e: KeyboardEvent| {
            // The scrubber and the speed menu handle their own arrow keys.
            let in_a_field = e.target().is_some_and(|t| {
                t.dyn_ref::<web_sys::HtmlInputElement>().is_some()
                    || t.dyn_ref::<web_sys::HtmlSelectElement>().is_some()
            });
            if in_a_field {
                return;
            }
            let to = match e.key().as_str() {
                "ArrowLeft" => step.saturating_sub(1),
                "ArrowRight" => (step + 1).min(last),
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            e.prevent_default();
            cb.emit(to);
        })
    };

    // The race switch: every schedule's stdout, and where the shown one parts from the usual.
    let switch = (!report.schedules.is_empty()).then(|| {
        let mut summaries = vec![summary(&report.text(Stream::Stdout))];
        summaries.extend(report.schedules.iter().map(|s| {
            let text: String = s
                .output
                .iter()
                .filter(|o| o.stream == Stream::Stdout)
                .map(|o| o.text.as_str())
                .collect();
            summary(&text)
        }));
        let parted = (schedule > 0).then(|| {
            let at = divergence(&report.events, trace.events);
            let why = trace.events[..at.min(trace.events.len())]
                .iter()
                .rev()
                .find_map(|e| match e {
                    TraceEvent::Race { description, .. } => Some(description.clone()),
                    _ => None,
                })
                .unwrap_or_else(|| "a race".into());
            (at, why)
        });
        html! {
            <ScheduleSwitch {summaries} current={schedule} divergence={parted}
                on_pick={props.on_schedule.clone()} on_step={props.on_step.clone()} />
        }
    });

    let stack = stack_cards(trace, picture);
    let printed: Vec<_> = printed_lines(trace, picture.printed);
    html! {
        <section class="loop" data-testid="loop-view" data-step={step.to_string()}
            data-steps={steps.to_string()} data-event={kind} data-callback={event_callback}
            tabindex="0" onkeydown={on_key} aria-label="The event loop, step by step">
            <h2 class="loop-title">{ "Step through the loop" }</h2>
            { for switch }
            <StepBar {step} {steps} on_step={props.on_step.clone()} />
            <p class="rule" data-testid="trace-rule" aria-live="polite">{ said.clone() }</p>
            <div class="loop-body">
                <div class="loop-side">
                    <PhaseRing phase={picture.phase} iteration={picture.iteration}
                        time={picture.time} outside={AttrValue::from(outside(picture, step, steps))} />
                    <QueueColumn queue="stack" title="call stack" hint="the callback running now"
                        cards={stack} on_hover={props.on_hover.clone()} />
                </div>
                <div class="queues">
                    { for COLUMNS.iter().map(|(queue, key, title, hint)| {
                        let cards = picture.queue(*queue).iter()
                            .map(|c| card_view(trace, c, *queue))
                            .collect::<Vec<_>>();
                        html! {
                            <QueueColumn queue={*key} title={*title} hint={*hint} {cards}
                                on_hover={props.on_hover.clone()} />
                        }
                    }) }
                </div>
            </div>
            <div class="printed">
                <h3>{ "Printed so far" }</h3>
                if printed.is_empty() {
                    <p class="empty">{ "nothing yet" }</p>
                } else {
                    <ol class="lines" aria-label="Output so far">
                        { for printed.into_iter().map(|(chunk, text, stream, queue)| {
                            let current = Some(chunk) == current_chunk;
                            html! {
                                <li class={classes!("line", format!("q-{}", queue.name()),
                                        (stream == Stream::Stderr).then_some("stderr"),
                                        current.then_some("current"))}
                                    data-testid="trace-output-line" data-current={current.to_string()}>
                                    <span class="tag" aria-hidden="true">{ queue.name() }</span>
                                    <span class="text">{ text }</span>
                                    if current { <span class="now">{ "← this step" }</span> }
                                </li>
                            }
                        }) }
                    </ol>
                }
            </div>
        </section>
    }
}

/// A schedule's stdout on one line, for the switch.
fn summary(stdout: &str) -> String {
    let lines = stdout_lines(stdout);
    let text = lines.join(" · ");
    if text.chars().count() > 60 {
        format!("{}…", text.chars().take(60).collect::<String>())
    } else {
        text
    }
}

/// How many of the latest output chunks the loop view lists.
const SHOWN_CHUNKS: usize = 200;

/// The display lines of the first `printed` output chunks (the latest `SHOWN_CHUNKS` of them):
/// (chunk, text, stream, queue).
fn printed_lines(trace: Trace, printed: usize) -> Vec<(usize, String, Stream, Queue)> {
    let end = printed.min(trace.output.len());
    let start = end.saturating_sub(SHOWN_CHUNKS);
    split_lines(&trace.output[start..end])
        .into_iter()
        .map(|l| (start + l.chunk, l.text, l.stream, l.queue))
        .collect()
}

/// The event's kind as the report names it (`started`, `enqueued`, ...).
fn event_kind(event: &TraceEvent) -> String {
    match event {
        TraceEvent::Enqueued { .. } => "enqueued",
        TraceEvent::TimerArmed { .. } => "timerArmed",
        TraceEvent::TimerListRearmed { .. } => "timerListRearmed",
        TraceEvent::RequestStarted { .. } => "requestStarted",
        TraceEvent::RequestCompleted { .. } => "requestCompleted",
        TraceEvent::Cancelled { .. } => "cancelled",
        TraceEvent::Held { .. } => "held",
        TraceEvent::Started { .. } => "started",
        TraceEvent::Finished { .. } => "finished",
        TraceEvent::IterationStarted { .. } => "iterationStarted",
        TraceEvent::PhaseEntered { .. } => "phaseEntered",
        TraceEvent::ClockAdvanced { .. } => "clockAdvanced",
        TraceEvent::Output { .. } => "output",
        TraceEvent::Race { .. } => "race",
        TraceEvent::Stopped => "stopped",
        TraceEvent::LaneStarted { .. } => "laneStarted",
        TraceEvent::LaneExited { .. } => "laneExited",
    }
    .to_string()
}
