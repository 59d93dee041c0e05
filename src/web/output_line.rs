//! One line of output: its text, tagged with the queue or phase that printed it (colour and
//! label), stdout or stderr, and the worker or child process that printed it; hovering or
//! focusing it highlights the line that scheduled it.

use yew::prelude::*;

use crate::report::{Queue, Stream};
use crate::web::explain::label;

#[derive(Properties, PartialEq)]
pub struct OutputLineProps {
    pub index: usize,
    pub text: AttrValue,
    pub stream: Stream,
    pub queue: Queue,
    /// The worker thread or child process that printed it (`worker 1`), if not the main thread.
    #[prop_or_default]
    pub lane: Option<AttrValue>,
    pub on_hover: Callback<Option<usize>>,
}

#[function_component(OutputLine)]
pub fn output_line(props: &OutputLineProps) -> Html {
    let index = props.index;
    let enter = {
        let cb = props.on_hover.clone();
        Callback::from(move |_: MouseEvent| cb.emit(Some(index)))
    };
    let focus = {
        let cb = props.on_hover.clone();
        Callback::from(move |_: FocusEvent| cb.emit(Some(index)))
    };
    let leave = {
        let cb = props.on_hover.clone();
        Callback::from(move |_: MouseEvent| cb.emit(None))
    };
    let blur = {
        let cb = props.on_hover.clone();
        Callback::from(move |_: FocusEvent| cb.emit(None))
    };
    let queue = props.queue.name();
    let stream = match props.stream {
        Stream::Stdout => "stdout",
        Stream::Stderr => "stderr",
    };
    // A worker's or child's line reaches this thread's stdout between callbacks, so this
    // thread's queue says nothing about it: the lane is its tag.
    let tag = match &props.lane {
        Some(lane) => html! {
            <span class="tag lane-chip" data-testid="output-lane" aria-hidden="true">{ lane.clone() }</span>
        },
        None => html! { <span class="tag" aria-hidden="true">{ label(props.queue) }</span> },
    };
    let spoken = match &props.lane {
        Some(lane) => format!("{lane}: {}", props.text),
        None => format!("{}: {}", label(props.queue), props.text),
    };
    html! {
        <li class={classes!("line", format!("q-{queue}"), stream)}
            onmouseenter={enter} onmouseleave={leave}>
            { tag }
            <span class="text" data-testid="output-line" data-queue={queue}
                data-stream={stream} data-lane={props.lane.clone()} tabindex="0"
                onfocus={focus} onblur={blur} aria-label={spoken}>
                { props.text.clone() }
            </span>
        </li>
    }
}
