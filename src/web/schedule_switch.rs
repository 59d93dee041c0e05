//! For a run with a race: a switch between the schedules real Node can follow (the report's
//! default one and its `schedules`), and where the shown schedule parts from the usual one.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScheduleSwitchProps {
    /// One short summary per schedule (its stdout lines); the first is Node's usual one.
    pub summaries: Vec<String>,
    pub current: usize,
    /// For another schedule than the first: the step where it parts from it, and why.
    pub divergence: Option<(usize, String)>,
    pub on_pick: Callback<usize>,
    pub on_step: Callback<usize>,
}

#[function_component(ScheduleSwitch)]
pub fn schedule_switch(props: &ScheduleSwitchProps) -> Html {
    html! {
        <div class="schedules" data-testid="schedules" role="radiogroup"
            aria-label="Schedules real Node can follow">
            <span class="field-label">{ "This run has a race. Schedule:" }</span>
            { for props.summaries.iter().enumerate().map(|(i, summary)| {
                let on = i == props.current;
                let pick = {
                    let cb = props.on_pick.clone();
                    Callback::from(move |_: MouseEvent| cb.emit(i))
                };
                let name = if i == 0 {
                    "1 (Node's usual)".to_string()
                } else {
                    format!("{}", i + 1)
                };
                html! {
                    <button class={classes!("schedule", on.then_some("on"))} role="radio"
                        aria-checked={on.to_string()} data-testid="schedule-option"
                        onclick={pick} title={summary.clone()}>
                        { name }
                        <span class="schedule-summary">{ summary.clone() }</span>
                    </button>
                }
            }) }
            if let Some((step, why)) = props.divergence.clone() {
                <p class="diverge" data-testid="schedule-divergence">
                    { format!("It parts from the usual schedule at step {step}: {why}. ") }
                    <button class="link" onclick={
                        let cb = props.on_step.clone();
                        Callback::from(move |_: MouseEvent| cb.emit(step))
                    }>{ "Go there" }</button>
                </p>
            }
        </div>
    }
}
