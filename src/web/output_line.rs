//! One line of output: its text, tagged with the queue or phase that printed it (colour and
//! label), stdout or stderr; hovering or focusing it highlights the line that scheduled it.

use yew::prelude::*;

use crate::report::{Queue, Stream};
use crate::web::explain::label;

#[derive(Properties, PartialEq)]
pub struct OutputLineProps {
    pub index: usize,
    pub text: AttrValue,
    pub stream: Stream,
    pub queue: Queue,
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
    html! {
        <li class={classes!("line", format!("q-{queue}"), stream)}
            onmouseenter={enter} onmouseleave={leave}>
            <span class="tag" aria-hidden="true">{ label(props.queue) }</span>
            <span class="text" data-testid="output-line" data-queue={queue}
                data-stream={stream} tabindex="0" onfocus={focus} onblur={blur}
                aria-label={format!("{}: {}", label(props.queue), props.text)}>
                { props.text.clone() }
            </span>
        </li>
    }
}
