//! A multiple-choice question about a snippet's output: the choices are the lines the run
//! printed; the right ones come from the run itself (`learn::Ask::answers`, every ordering of
//! a race). After answering, the output with its queue tags.

use yew::prelude::*;

use crate::learn::Ask;
use crate::web::protocol::Mode;
use crate::web::state::{RunState, accepted_outputs};

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    pub ask: Ask,
    pub run: RunState,
    pub engine_ready: bool,
    pub mode: Mode,
    pub choice: Option<String>,
    pub on_choose: Callback<String>,
    pub on_hover: Callback<Option<usize>>,
    pub hover: Option<usize>,
}

#[function_component(ChoicePanel)]
pub fn choice_panel(props: &ChoiceProps) -> Html {
    let RunState::Done(report) = &props.run else {
        return html! {
            <section class="choices" data-testid="choice-panel">
                <p class="hint" role="status">{ "Running the snippet…" }</p>
            </section>
        };
    };
    let outputs = accepted_outputs(&report.0);
    let answers = props.ask.answers(&outputs);
    let answered = props.choice.is_some();
    html! {
        <section class="choices" data-testid="choice-panel">
            <ol class="choice-list">
                { for props.ask.choices(&outputs).into_iter().map(|line| {
                    let picked = props.choice.as_ref() == Some(&line);
                    let right = answers.contains(&line);
                    let class = answered.then_some(match (picked, right) {
                        (_, true) => "right",
                        (true, false) => "wrong",
                        _ => "",
                    });
                    let cb = props.on_choose.clone();
                    let text = line.clone();
                    html! {
                        <li>
                            <button class={classes!("choice", class)} data-testid="choice" disabled={answered}
                                aria-pressed={picked.to_string()}
                                onclick={Callback::from(move |_: MouseEvent| cb.emit(text.clone()))}>
                                <code>{ line }</code>
                            </button>
                        </li>
                    }
                }) }
            </ol>
            if answered {
                <crate::web::output::Output run={props.run.clone()} engine_ready={props.engine_ready}
                    mode={props.mode}
                    hover={props.hover} on_hover={props.on_hover.clone()} />
            }
        </section>
    }
}
