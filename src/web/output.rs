//! The output panel: the run's state, every line tagged by queue, stderr set apart, the exit
//! code, the details of the hovered line, the run's threads and processes, and the race
//! notice. It renders the report as is.

use yew::prelude::*;

use crate::report::{Ending, Stream};
use crate::web::explain::label;
use crate::web::lane_list::LaneList;
use crate::web::output_line::OutputLine;
use crate::web::protocol::Mode;
use crate::web::race::RaceNotice;
use crate::web::state::{
    DisplayLine, MAX_SHOWN_LINES, ReportRef, RunState, display_lines, error_location,
};

#[derive(Properties, PartialEq)]
pub struct OutputProps {
    pub run: RunState,
    /// Whether the worker has loaded the engine (the first run also waits for the download).
    pub engine_ready: bool,
    pub mode: Mode,
    pub hover: Option<usize>,
    pub on_hover: Callback<Option<usize>>,
}

pub fn state_name(run: &RunState) -> &'static str {
    match run {
        RunState::Idle => "idle",
        RunState::Running => "running",
        RunState::Done(r) if r.0.exit_code == 0 => "done",
        RunState::Done(_) | RunState::Failed(_) => "error",
        RunState::Stopped => "stopped",
    }
}

fn detail(report: &ReportRef, line: &DisplayLine) -> Html {
    let r = &report.0;
    let out = &r.output[line.chunk];
    let callback = r
        .callbacks
        .iter()
        .find(|c| c.id == out.callback && out.callback != 0);
    let lane = (out.lane != 0).then(|| r.lanes.iter().find(|l| l.id == out.lane));
    let origin = match (lane, callback) {
        (Some(lane), _) => {
            let who = lane.map_or_else(|| format!("lane {}", out.lane), |l| l.describe());
            format!("printed by the {who}; its output reaches this thread between callbacks")
        }
        (None, Some(c)) => {
            let at = c
                .scheduled_at
                .map(|l| format!(" at line {}", l.line))
                .unwrap_or_default();
            format!("printed by {} ({}), scheduled{at}", c.name, c.api)
        }
        (None, None) if out.queue == crate::report::Queue::Main => match out.printed_at {
            Some(l) => format!("printed by the main script at line {}", l.line),
            None => "printed by the main script".into(),
        },
        (None, None) => "printed by the runtime".into(),
    };
    let tag = match out.lane {
        0 => label(out.queue).to_string(),
        lane => r.lane_label(lane),
    };
    let when = format!(
        "{tag} · loop iteration {} · {} ms",
        out.iteration,
        (out.time * 1000.0).round() / 1000.0
    );
    html! {
        <p class="line-detail" data-testid="line-detail">
            <span class={classes!("chip", format!("q-{}", out.queue.name()))}>{ when }</span>
            { " " }{ origin }
        </p>
    }
}

#[function_component(Output)]
pub fn output(props: &OutputProps) -> Html {
    let state = state_name(&props.run);
    let body = match &props.run {
        RunState::Idle => html! {
            <p class="hint">{ "Press Run (or Ctrl/Cmd+Enter) to see what Node prints, \
                each line tagged with the queue or phase that printed it." }</p>
        },
        RunState::Running if !props.engine_ready => html! {
            <p class="hint" role="status">{ "Starting the engine (the first run downloads it), then running…" }</p>
        },
        RunState::Running => html! { <p class="hint" role="status">{ "Running…" }</p> },
        RunState::Stopped => html! {
            <p class="hint" role="status">{ "Stopped. The run was ended; Run starts a fresh one." }</p>
        },
        RunState::Failed(message) => html! {
            <p class="error-box" role="alert">{ format!("The runtime failed: {message}") }</p>
        },
        RunState::Done(report) => {
            let lines = display_lines(&report.0);
            let total = lines.len();
            let location = error_location(&report.0, props.mode);
            let limit = match &report.0.ending {
                Ending::LimitExceeded { message, .. } => Some(message.clone()),
                _ => None,
            };
            let hovered = props.hover.and_then(|i| lines.get(i)).cloned();
            html! {
                <>
                    if let Some(message) = limit {
                        <p class="error-box" data-testid="limit" role="alert">
                            { format!("Stopped by the playground's limits: {message}.") }
                        </p>
                    }
                    if let Some((line, column)) = location {
                        <p class="error-box" data-testid="error-location" role="alert">
                            { format!("Error at line {line}, column {column}") }
                        </p>
                    }
                    <ol class="lines" aria-label="Program output">
                        { for lines.into_iter().take(MAX_SHOWN_LINES).enumerate().map(|(i, l)| html! {
                            <OutputLine key={i} index={i} text={AttrValue::from(l.text)}
                                stream={l.stream} queue={l.queue}
                                lane={(l.lane != 0).then(|| AttrValue::from(report.0.lane_label(l.lane)))}
                                on_hover={props.on_hover.clone()} />
                        }) }
                    </ol>
                    if total > MAX_SHOWN_LINES {
                        <p class="hint">{ format!("… and {} more lines.", total - MAX_SHOWN_LINES) }</p>
                    }
                    if total == 0 {
                        <p class="hint">{ "(no output)" }</p>
                    }
                    if let Some(line) = hovered {
                        { detail(report, &line) }
                    }
                    <p class="exit" data-testid="exit-code" data-code={report.0.exit_code.to_string()}>
                        { format!("exit code {}", report.0.exit_code) }
                        if report.0.output.iter().any(|o| o.stream == Stream::Stderr) {
                            <span class="legend stderr">{ " · stderr lines are marked in red" }</span>
                        }
                    </p>
                    <LaneList report={report.clone()} />
                    if report.0.race {
                        <RaceNotice alternatives={report.0.alternatives.clone()} />
                    }
                </>
            }
        }
    };
    html! {
        <section class="output" data-testid="output" data-state={state} aria-live="polite"
            aria-busy={(state == "running").to_string()}>
            { body }
        </section>
    }
}
