//! Predict mode: the lines the program prints, as shuffled cards to put in order (drag and
//! drop, or the move-up / move-down buttons from the keyboard), then Check.

use yew::prelude::*;

use crate::web::predict_result::PredictResult;
use crate::web::state::{Puzzle, RunState};

#[derive(Properties, PartialEq)]
pub struct PredictProps {
    pub run: RunState,
    pub puzzle: Option<Puzzle>,
    pub on_move: Callback<(usize, usize)>,
    pub on_check: Callback<()>,
    pub on_show_output: Callback<()>,
}

#[function_component(Predict)]
pub fn predict(props: &PredictProps) -> Html {
    let dragging = use_state(|| None::<usize>);
    // After a move, keep focus on the moved card's button so the keys can go on moving it.
    {
        let focus = props.puzzle.as_ref().and_then(|p| p.focus);
        use_effect_with(props.puzzle.as_ref().map(|p| p.cards.clone()), move |_| {
            if let Some((key, up)) = focus {
                let id = format!("card-{key}-{}", if up { "up" } else { "down" });
                let element = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&id));
                if let Some(e) = element
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                {
                    let _ = e.focus();
                }
            }
        });
    }
    let Some(puzzle) = props.puzzle.as_ref() else {
        let text = match &props.run {
            RunState::Running => "Running the program to deal the cards…",
            RunState::Stopped => "Stopped.",
            _ => "The program could not be run.",
        };
        return html! {
            <section class="predict" data-testid="predict-panel">
                <p class="hint" role="status">{ text }</p>
            </section>
        };
    };
    let n = puzzle.cards.len();
    let cards = puzzle.cards.iter().enumerate().map(|(i, card)| {
        let mv = |to: usize| {
            let cb = props.on_move.clone();
            Callback::from(move |_: MouseEvent| cb.emit((i, to)))
        };
        let up = if i > 0 { Some(mv(i - 1)) } else { None };
        let down = if i + 1 < n { Some(mv(i + 1)) } else { None };
        let on_drag_start = {
            let dragging = dragging.clone();
            Callback::from(move |e: DragEvent| {
                if let Some(dt) = e.data_transfer() {
                    let _ = dt.set_data("text/plain", &i.to_string());
                    dt.set_effect_allowed("move");
                }
                dragging.set(Some(i));
            })
        };
        let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
        let on_drop = {
            let dragging = dragging.clone();
            let cb = props.on_move.clone();
            Callback::from(move |e: DragEvent| {
                e.prevent_default();
                let from = (*dragging).or_else(|| {
                    e.data_transfer()
                        .and_then(|dt| dt.get_data("text/plain").ok())
                        .and_then(|s| s.parse().ok())
                });
                if let Some(from) = from {
                    cb.emit((from, i));
                }
                dragging.set(None);
            })
        };
        let verdict_class = puzzle.verdict.as_ref().and_then(|v| v.rows.get(i)).map(|r| {
            if r.right { "right" } else { "wrong" }
        });
        html! {
            <li key={card.key} class={classes!("card", verdict_class)} data-testid="predict-item"
                draggable="true" ondragstart={on_drag_start} ondragover={on_drag_over}
                ondrop={on_drop}>
                <span class="grip" aria-hidden="true"></span>
                <span class="card-text">{ card.text.clone() }</span>
                <button id={format!("card-{}-up", card.key)} class="move up" data-testid="move-up"
                    aria-label={format!("Move \"{}\" up", card.text)} disabled={up.is_none()}
                    onclick={up.unwrap_or_default()}></button>
                <button id={format!("card-{}-down", card.key)} class="move down" data-testid="move-down"
                    aria-label={format!("Move \"{}\" down", card.text)} disabled={down.is_none()}
                    onclick={down.unwrap_or_default()}></button>
            </li>
        }
    });
    let check = {
        let cb = props.on_check.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let show = {
        let cb = props.on_show_output.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <section class="predict" data-testid="predict-panel">
            <p class="hint">{ "Put the lines in the order Node prints them: drag the cards, or \
                use their ↑ and ↓ buttons. Then check." }</p>
            if n == 0 {
                <p class="hint">{ "This program prints nothing on stdout: nothing to order." }</p>
            }
            <ol class="cards" aria-label="Your prediction">{ for cards }</ol>
            <div class="buttons">
                <button class="primary" data-testid="predict-check" onclick={check}>{ "Check" }</button>
                <button onclick={show}>{ "Show the output" }</button>
            </div>
            if let Some(verdict) = puzzle.verdict.clone() {
                <PredictResult {verdict} />
            }
        </section>
    }
}
