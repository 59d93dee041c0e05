//! The browser playground (wasm32 only): a Yew app that renders the core's `RunReport`, and the
//! Web Worker glue that runs snippets off the page's thread. Nothing here orders callbacks: the
//! order, the queues and the races all come from the report.

pub mod app;
pub mod choice;
pub mod compare;
pub mod content;
pub mod editor;
pub mod examples;
pub mod explain;
pub mod lane_list;
pub mod learn_page;
pub mod lesson;
pub mod link;
pub mod loop_panel;
pub mod nav;
pub mod output;
pub mod output_line;
pub mod phase_ring;
pub mod predict;
pub mod predict_result;
pub mod progress;
pub mod protocol;
pub mod queue_column;
pub mod quiz_bar;
pub mod quiz_page;
pub mod race;
pub mod route;
pub mod runner;
pub mod schedule_switch;
pub mod share;
pub mod state;
pub mod step_bar;
pub mod storage;
pub mod toolbar;
pub mod worker;

/// Mount the playground on the page's `#app` element (or the body).
pub fn start_app() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<app::App>::with_root(root).render(),
        None => yew::Renderer::<app::App>::new().render(),
    };
}
