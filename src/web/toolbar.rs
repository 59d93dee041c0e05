//! The toolbar: the examples menu, the mode (CommonJS or ES module), the Node-versus-browser
//! switch, Run, Stop, Predict, Share. Embedded (`?embed`), only Run and Predict.

use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::web::examples::EXAMPLES;
use crate::web::protocol::{Mode, Platform};

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
    pub platform: Platform,
    pub on_platform: Callback<Platform>,
    #[prop_or_default]
    pub embed: bool,
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
    if props.embed {
        return html! {
            <div class="toolbar" role="toolbar" aria-label="Playground">
                <div class="buttons">
                    <button data-testid="run" class="primary" onclick={click(&props.on_run)}
                        title="Run (Ctrl/Cmd+Enter)">{ "Run" }</button>
                    <button data-testid="predict" onclick={click(&props.on_predict)}
                        title="Guess the order of the output first">{ "Predict" }</button>
                </div>
            </div>
        };
    }
    let platform =
        |value: Platform, text: &'static str, testid: &'static str, title: &'static str| {
            let cb = props.on_platform.clone();
            let pressed = props.platform == value;
            html! {
                <button data-testid={testid} class={classes!("segment", pressed.then_some("on"))}
                    aria-pressed={pressed.to_string()} {title}
                    onclick={Callback::from(move |_: MouseEvent| cb.emit(value))}>{ text }</button>
            }
        };
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
            <div class="field">
                <span class="field-label">{ "Event loop" }</span>
                <div class="segmented" role="group" aria-label="Event loop">
                    { platform(Platform::Node, "Node", "mode-node", "Run under Node 20's event loop") }
                    { platform(Platform::Browser, "Browser", "mode-browser",
                        "Run under a browser's event loop (HTML), beside Node's") }
                </div>
            </div>
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
