//! Node versus the browser, side by side: the same snippet's output under the HTML event
//! loop (`html_loop`) and under Node, each line tagged with the queue that printed it.

use yew::prelude::*;

use crate::report::Stream;
use crate::web::explain::label;
use crate::web::state::{ReportRef, display_lines};

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub browser: ReportRef,
    pub node: ReportRef,
}

fn column(
    title: &'static str,
    testid: &'static str,
    report: &ReportRef,
    note: &'static str,
) -> Html {
    let lines = display_lines(&report.0);
    html! {
        <section class="compare-column" data-testid={testid}>
            <h3>{ title }</h3>
            <p class="hint">{ note }</p>
            <ol class="lines">
                { for lines.into_iter().take(crate::web::state::MAX_SHOWN_LINES).map(|l| html! {
                    <li class={classes!("line", (l.stream == Stream::Stderr).then_some("stderr"))}
                        data-testid="compare-line" data-queue={l.queue.name()}>
                        <span class={classes!("tag", format!("q-{}", l.queue.name()))}>{ label(l.queue) }</span>
                        <code>{ l.text }</code>
                    </li>
                }) }
            </ol>
            if report.0.race {
                <p class="hint">{ format!("A race: Node can print {} different outputs.", report.0.alternatives.len()) }</p>
            }
        </section>
    }
}

#[function_component(Compare)]
pub fn compare(props: &CompareProps) -> Html {
    html! {
        <div class="compare-view" data-testid="compare">
            { column("Browser", "compare-browser", &props.browser,
                "HTML's event loop: one task, then every microtask; no phases.") }
            { column("Node 20", "compare-node", &props.node,
                "libuv's phases, with nextTicks and microtasks after every callback.") }
        </div>
    }
}
