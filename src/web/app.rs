//! The app: one `State` through `use_reducer`, the worker runner, and the effects that talk to
//! the browser (local storage, the address bar, the clipboard). Lays out the components.

use std::rc::Rc;

use yew::prelude::*;

use crate::web::editor::Editor;
use crate::web::link;
use crate::web::output::{Output, state_name};
use crate::web::predict::Predict;
use crate::web::protocol::{Mode, Response};
use crate::web::runner::{Event, Runner};
use crate::web::share::ShareBox;
use crate::web::state::{Action, RunState, State, View, display_lines, scheduling_line};
use crate::web::storage;
use crate::web::toolbar::Toolbar;

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The page's address without query or fragment: share links are built on it.
fn base_url() -> String {
    location()
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .unwrap_or_default()
}

/// Drop a share link's query and fragment from the address bar (the learner has edited, so a
/// reload must show their code, not the link's).
fn forget_link() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let has_link = window
        .location()
        .hash()
        .map(|h| !h.is_empty())
        .unwrap_or(false);
    if has_link && let (Ok(history), Ok(path)) = (window.history(), window.location().pathname()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}

fn initial() -> (State, bool) {
    let opened = location()
        .map(|l| {
            link::parse(
                &l.search().unwrap_or_default(),
                &l.hash().unwrap_or_default(),
            )
        })
        .unwrap_or(link::Opened::Nothing);
    State::initial(opened, storage::load())
}

#[function_component(App)]
pub fn app() -> Html {
    let start = use_memo((), |_| initial());
    let state = {
        let start = start.clone();
        use_reducer(move || start.0.clone())
    };
    let runner = use_mut_ref(|| None::<Runner>);

    // The worker: spawned once; its answers become actions.
    {
        let dispatcher = state.dispatcher();
        let runner = runner.clone();
        let predict = start.1;
        use_effect_with((), move |_| {
            let d = dispatcher.clone();
            *runner.borrow_mut() = Some(Runner::new(move |event| match event {
                Event::Ready => d.dispatch(Action::WorkerReady),
                Event::Response(Response::Report { id, report }) => d.dispatch(Action::Report {
                    id,
                    report: Rc::new(*report),
                }),
                Event::Response(Response::Failed { message, .. }) | Event::Crashed(message) => {
                    d.dispatch(Action::WorkerFailed { message })
                }
                Event::Response(Response::Ready) => {}
            }));
            // A puzzle link opens in predict mode.
            if predict {
                dispatcher.dispatch(Action::Run { predict: true });
            }
        });
    }
    // Hand each new request to the worker.
    {
        let runner = runner.clone();
        let request = state.request.clone();
        use_effect_with(state.run_id, move |_| {
            if let (Some(request), Some(r)) = (request, runner.borrow().as_ref()) {
                r.run(request);
            }
        });
    }
    // Copy each new share link to the clipboard.
    {
        let url = state.share_url.clone();
        use_effect_with(state.share_rev, move |_| {
            if let (Some(url), Some(window)) = (url, web_sys::window()) {
                let _ = window.navigator().clipboard().write_text(&url);
            }
        });
    }

    let on_change = {
        let d = state.dispatcher();
        let mode = state.mode;
        Callback::from(move |code: String| {
            storage::save(&code, mode);
            forget_link();
            d.dispatch(Action::Edit(code));
        })
    };
    let on_run = {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(Action::Run { predict: false }))
    };
    let on_predict = {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(Action::Run { predict: true }))
    };
    let on_stop = {
        let d = state.dispatcher();
        let runner = runner.clone();
        Callback::from(move |()| {
            if let Some(r) = runner.borrow().as_ref() {
                r.stop();
            }
            d.dispatch(Action::Stop);
        })
    };
    let on_example = {
        let d = state.dispatcher();
        Callback::from(move |id: String| {
            if let Some(e) = crate::web::examples::by_id(&id) {
                storage::save(e.code, e.mode);
            }
            forget_link();
            d.dispatch(Action::PickExample(id));
        })
    };
    let on_mode = {
        let d = state.dispatcher();
        let code = state.code.clone();
        Callback::from(move |mode: Mode| {
            storage::save(&code, mode);
            d.dispatch(Action::SetMode(mode));
        })
    };
    let on_share = {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(Action::Share { base: base_url() }))
    };
    let on_hover = {
        let d = state.dispatcher();
        Callback::from(move |line: Option<usize>| d.dispatch(Action::Hover(line)))
    };
    let on_move = {
        let d = state.dispatcher();
        Callback::from(move |(from, to): (usize, usize)| d.dispatch(Action::MoveCard { from, to }))
    };
    let on_check = {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(Action::Check))
    };
    let on_show_output = {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(Action::ShowOutput))
    };
    let dismiss = {
        let d = state.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::Notice(None)))
    };

    // The editor line for the hovered output line; an error's line otherwise.
    let mark_line = state
        .report()
        .and_then(|r| {
            let line = state
                .hover
                .and_then(|i| display_lines(&r.0).into_iter().nth(i));
            match line {
                Some(l) => scheduling_line(&r.0, &r.0.output[l.chunk]),
                None => crate::web::state::error_location(&r.0, state.mode).map(|(l, _)| l),
            }
        })
        .unwrap_or(0);
    let running = state.run == RunState::Running;

    html! {
        <div class="app">
            <header class="top">
                <h1><span class="logo" aria-hidden="true">{ "⟳" }</span>{ " looplab" }</h1>
                <p class="tagline">{ "Node 20's event loop, in your browser" }</p>
            </header>
            <Toolbar example={state.example} mode={state.mode} {running}
                on_example={on_example} on_mode={on_mode} on_run={on_run.clone()} on_stop={on_stop}
                on_predict={on_predict} on_share={on_share} />
            if let Some(notice) = state.notice.clone() {
                <div class="notice" data-testid="notice" role="alert">
                    <span>{ notice }</span>
                    <button class="dismiss" onclick={dismiss} aria-label="Dismiss">{ "×" }</button>
                </div>
            }
            if let Some(url) = state.share_url.clone() {
                <ShareBox {url} />
            }
            <main class="panes">
                <div class="pane editor-pane">
                    <Editor code={state.code.clone()} code_rev={state.code_rev} {mark_line}
                        on_change={on_change} on_run={on_run} />
                </div>
                <div class="pane output-pane">
                    if state.view == View::Predict {
                        // The run's state stays readable while the output is hidden.
                        <div data-testid="output" data-state={state_name(&state.run)} hidden=true></div>
                        <Predict run={state.run.clone()} puzzle={state.puzzle.clone()}
                            on_move={on_move} on_check={on_check} on_show_output={on_show_output} />
                    } else {
                        <Output run={state.run.clone()} engine_ready={state.worker_ready}
                            mode={state.mode} hover={state.hover}
                            on_hover={on_hover} />
                    }
                </div>
            </main>
            <footer class="legend-bar" aria-label="Queue colours">
                { for ["main", "nextTick", "microtask", "timers", "pending", "poll", "check", "close"].iter().map(|q| html! {
                    <span class={classes!("chip", format!("q-{q}"))}>{ *q }</span>
                }) }
            </footer>
        </div>
    }
}
