//! The loop view's step bar: first, previous, play/pause with a speed, next, last, and a
//! scrubber over every step of the run. Steps are positions in the recorded trace (0: before
//! the main script), so moving backwards costs nothing.

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepBarProps {
    pub step: usize,
    /// How many steps there are (the last is `steps - 1`).
    pub steps: usize,
    pub on_step: Callback<usize>,
}

/// Playing speeds, in steps per second.
const SPEEDS: [u32; 4] = [2, 5, 10, 30];

#[function_component(StepBar)]
pub fn step_bar(props: &StepBarProps) -> Html {
    let playing = use_state(|| false);
    let speed = use_state(|| SPEEDS[1]);
    let last = props.steps.saturating_sub(1);
    let step = props.step.min(last);

    // While playing, one timeout per step; reaching the end stops.
    {
        let playing = playing.clone();
        let on_step = props.on_step.clone();
        let delay = 1000 / *speed;
        use_effect_with((*playing, step, delay), move |&(on, step, delay)| {
            let timer = on.then(|| {
                Timeout::new(delay, move || {
                    if step >= last {
                        playing.set(false);
                    } else {
                        on_step.emit(step + 1);
                    }
                })
            });
            move || drop(timer)
        });
    }

    let go = |to: usize| {
        let cb = props.on_step.clone();
        Callback::from(move |_: MouseEvent| cb.emit(to))
    };
    let toggle = {
        let playing = playing.clone();
        let on_step = props.on_step.clone();
        Callback::from(move |_: MouseEvent| {
            if !*playing && step >= last {
                on_step.emit(0);
            }
            playing.set(!*playing);
        })
    };
    let on_scrub = {
        let cb = props.on_step.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                .and_then(|i| i.value().parse::<usize>().ok());
            if let Some(v) = value {
                cb.emit(v);
            }
        })
    };
    let on_speed = {
        let speed = speed.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
                .and_then(|s| s.value().parse::<u32>().ok());
            if let Some(v) = value {
                speed.set(v);
            }
        })
    };
    let label = if *playing { "Pause" } else { "Play" };
    html! {
        <div class="stepbar" role="group" aria-label="Step through the run">
            <button data-testid="trace-first" onclick={go(0)} disabled={step == 0}
                title="First step (Home)" aria-label="First step">{ "« First" }</button>
            <button data-testid="trace-prev" onclick={go(step.saturating_sub(1))} disabled={step == 0}
                title="Previous step (←)" aria-label="Previous step">{ "◀ Prev" }</button>
            <button data-testid="trace-play" onclick={toggle} aria-pressed={playing.to_string()}
                title="Play the steps in order">{ label }</button>
            <button data-testid="trace-next" onclick={go((step + 1).min(last))} disabled={step >= last}
                title="Next step (→)" aria-label="Next step">{ "Next ▶" }</button>
            <button data-testid="trace-last" onclick={go(last)} disabled={step >= last}
                title="Last step (End)" aria-label="Last step">{ "Last »" }</button>
            <label class="speed">
                <span class="field-label">{ "speed" }</span>
                <select data-testid="trace-speed" onchange={on_speed} aria-label="Steps per second">
                    { for SPEEDS.iter().map(|s| html! {
                        <option value={s.to_string()} selected={*s == *speed}>{ format!("{s}/s") }</option>
                    }) }
                </select>
            </label>
            <input class="scrubber" type="range" data-testid="trace-scrubber" min="0"
                max={last.to_string()} value={step.to_string()} oninput={on_scrub}
                aria-label="Step" />
            <span class="step-count" data-testid="trace-position">
                { format!("step {step} of {last}") }
            </span>
        </div>
    }
}
