//! The toolbar: the examples menu, the mode (CommonJS or ES module), Run, Stop, Predict, Share.

use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::web::examples::EXAMPLES;
use crate::web::protocol::Mode;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub example: Option<&'static str>,
    pub mode: Mode,
    pub running: bool,
    pub on_example: Callback<String>,
    pub on_mode: Callback<Mode>,
    pub on_run: Callback<()>,
    pub on_stop: Callback<()>,
    pub on_predict: Callback<()>,
    pub on_share: Callback<()>,
}

fn select_value(e: &Event) -> Option<String> {
    e.target()?
        .dyn_into::<HtmlSelectElement>()
        .ok()
        .map(|s| s.value())
}

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let on_example = {
        let cb = props.on_example.clone();
        Callback::from(move |e: Event| {
            if let Some(v) = select_value(&e).filter(|v| !v.is_empty()) {
                cb.emit(v);
            }
        })
    };
    let on_mode = {
        let cb = props.on_mode.clone();
        Callback::from(move |e: Event| {
            if let Some(mode) = select_value(&e).and_then(|v| Mode::from_key(&v)) {
                cb.emit(mode);
            }
        })
    };
    let click = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let selected = props.example.unwrap_or("");
    html! {
        <div class="toolbar" role="toolbar" aria-label="Playground">
            <label class="field">
                <span class="field-label">{ "Example" }</span>
                <select data-testid="examples" onchange={on_example} aria-label="Examples">
                    <option value="" selected={selected.is_empty()}>{ "Your snippet" }</option>
                    { for EXAMPLES.iter().map(|e| html! {
                        <option value={e.id} selected={selected == e.id}>{ e.title }</option>
                    }) }
                </select>
            </label>
            <label class="field">
                <span class="field-label">{ "Mode" }</span>
                <select data-testid="mode" onchange={on_mode} aria-label="Module mode">
                    <option value="cjs" selected={props.mode == Mode::CommonJs}>{ "CommonJS (.js)" }</option>
                    <option value="esm" selected={props.mode == Mode::Esm}>{ "ES module (.mjs)" }</option>
                </select>
            </label>
            <div class="buttons">
                <button data-testid="run" class="primary" onclick={click(&props.on_run)}
                    title="Run (Ctrl/Cmd+Enter)">{ "Run" }</button>
                <button data-testid="stop" onclick={click(&props.on_stop)}
                    disabled={!props.running} title="Stop the run now">{ "Stop" }</button>
                <button data-testid="predict" onclick={click(&props.on_predict)}
                    title="Guess the order of the output first">{ "Predict" }</button>
                <button data-testid="share" onclick={click(&props.on_share)}
                    title="Copy a link to this snippet">{ "Share" }</button>
            </div>
        </div>
    }
}
