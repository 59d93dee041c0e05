//! The worker threads and child processes a run started, each with what it ran, who started it
//! and how it ended: the key to the `worker 1` / `child 1234` tags on output lines.

use yew::prelude::*;

use crate::report::{LaneKind, RunReport, TraceEvent};
use crate::web::state::ReportRef;

#[derive(Properties, PartialEq)]
pub struct LaneListProps {
    pub report: ReportRef,
}

/// How lane `id` ended, from the trace: `exit code 0`, `killed by SIGTERM`, or still running
/// when the run stopped.
fn ending(report: &RunReport, id: u32) -> String {
    report
        .events
        .iter()
        .find_map(|e| match e {
            TraceEvent::LaneExited { lane, code, signal } if *lane == id => Some(match signal {
                Some(signal) => format!("ended by {signal}"),
                None => format!("exit code {}", code.unwrap_or(0)),
            }),
            _ => None,
        })
        .unwrap_or_else(|| "still running when the run ended".into())
}

#[function_component(LaneList)]
pub fn lane_list(props: &LaneListProps) -> Html {
    let report = &props.report.0;
    if report.lanes.is_empty() {
        return html! {};
    }
    html! {
        <section class="lanes" aria-label="Threads and processes">
            <h3>{ "Threads and processes" }</h3>
            <ul>
                { for report.lanes.iter().map(|lane| {
                    let kind = match lane.kind {
                        LaneKind::Worker => "worker",
                        LaneKind::Process => "process",
                        LaneKind::Command => "command",
                    };
                    let what = match lane.kind {
                        LaneKind::Worker => format!("worker thread, threadId {}", lane.number),
                        LaneKind::Process => format!("child process running node, pid {}", lane.number),
                        LaneKind::Command => format!("child process, pid {}", lane.number),
                    };
                    html! {
                        <li data-testid="lane" data-kind={kind} data-lane={lane.label()}>
                            <span class="lane-tag">{ lane.label() }</span>
                            <code>{ lane.title.clone() }</code>
                            { format!(" — {what}, started by {}, {}.",
                                report.lane_label(lane.parent), ending(report, lane.id)) }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
