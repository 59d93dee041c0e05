//! The loop drawn as a cycle of libuv's six phases (timers, pending callbacks, idle/prepare,
//! poll, check, close callbacks), the current one lit and marked, with the loop iteration and
//! the virtual clock in the middle.

use yew::prelude::*;

use crate::report::Phase;

#[derive(Properties, PartialEq)]
pub struct PhaseRingProps {
    pub phase: Option<Phase>,
    pub iteration: u32,
    /// Virtual ms.
    pub time: f64,
    /// What runs outside the loop now ("main script", "exit"), shown when no phase is.
    pub outside: AttrValue,
}

/// The six phases in loop order: `data-phase`, label, and the grid cell that draws the cycle
/// clockwise (top row left to right, then bottom row right to left).
const PHASES: [(&str, &str, &str); 6] = [
    ("timers", "timers", "p1"),
    ("pending", "pending callbacks", "p2"),
    ("idle", "idle, prepare", "p3"),
    ("poll", "poll (I/O)", "p4"),
    ("check", "check (immediates)", "p5"),
    ("close", "close callbacks", "p6"),
];

/// The `data-phase` of a phase (idle and prepare share one box).
pub fn phase_key(phase: Phase) -> &'static str {
    match phase {
        Phase::Timers => "timers",
        Phase::Pending => "pending",
        Phase::Idle | Phase::Prepare => "idle",
        Phase::Poll => "poll",
        Phase::Check => "check",
        Phase::Close => "close",
    }
}

#[function_component(PhaseRing)]
pub fn phase_ring(props: &PhaseRingProps) -> Html {
    let active = props.phase.map(phase_key);
    let time = (props.time * 1000.0).round() / 1000.0;
    html! {
        <div class="ring" role="list" aria-label="The loop's phases">
            { for PHASES.iter().map(|(key, label, cell)| {
                let on = active == Some(*key);
                html! {
                    <div role="listitem" class={classes!("phase", *cell, on.then_some("active"))}
                        data-testid="phase" data-phase={*key} data-active={on.to_string()}
                        aria-current={on.then_some("step")}>
                        if on { <span class="marker" aria-hidden="true">{ "▶ " }</span> }
                        { *label }
                    </div>
                }
            }) }
            <div class="ring-center" data-testid="loop-status">
                <span class="cycle" aria-hidden="true">{ "⟳" }</span>
                <span>{ format!("iteration {}", props.iteration) }</span>
                <span>{ format!("clock {time} ms") }</span>
                if active.is_none() {
                    <span class="outside">{ props.outside.clone() }</span>
                }
            </div>
        </div>
    }
}
