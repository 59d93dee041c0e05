//! One column of the loop view: the call stack or one of Node's queues, as cards in run order.
//! Each card says what will run, why it waits (a timer's due time, what a request waits for)
//! and the source line that queued it; hovering or focusing a card highlights that line.

use yew::prelude::*;

/// A card as drawn (the loop view computes the words from the replayed picture).
#[derive(Debug, Clone, PartialEq)]
pub struct CardView {
    pub callback: u32,
    pub label: String,
    /// A timer's due time, what a request waits for, ...
    pub detail: Option<String>,
    /// The line that queued it.
    pub line: Option<u32>,
    /// The queue whose colour the card takes (`main` for the main script).
    pub colour: &'static str,
}

#[derive(Properties, PartialEq)]
pub struct QueueColumnProps {
    /// `data-queue`: stack, nextTick, microtask, timers, pending, poll, check, close.
    pub queue: &'static str,
    pub title: AttrValue,
    /// A few words on what the queue is.
    pub hint: AttrValue,
    pub cards: Vec<CardView>,
    pub on_hover: Callback<Option<u32>>,
}

#[function_component(QueueColumn)]
pub fn queue_column(props: &QueueColumnProps) -> Html {
    let colour = if props.queue == "stack" {
        "main"
    } else {
        props.queue
    };
    let count = props.cards.len();
    html! {
        <section class={classes!("queue", format!("q-{colour}"))} data-testid="queue"
            data-queue={props.queue} data-count={count.to_string()}
            aria-label={format!("{}: {count}", props.title)}>
            <h3 title={props.hint.clone()}>
                <span class="queue-title">{ props.title.clone() }</span>
                <span class="queue-count">{ count }</span>
            </h3>
            if props.cards.is_empty() {
                <p class="empty">{ "empty" }</p>
            } else {
                <ol class="qcards">
                    { for props.cards.iter().map(|card| card_html(card, &props.on_hover)) }
                </ol>
            }
        </section>
    }
}

fn card_html(card: &CardView, on_hover: &Callback<Option<u32>>) -> Html {
    let id = card.callback;
    let enter = {
        let cb = on_hover.clone();
        Callback::from(move |_: MouseEvent| cb.emit(Some(id)))
    };
    let leave = {
        let cb = on_hover.clone();
        Callback::from(move |_: MouseEvent| cb.emit(None))
    };
    let focus = {
        let cb = on_hover.clone();
        Callback::from(move |_: FocusEvent| cb.emit(Some(id)))
    };
    let blur = {
        let cb = on_hover.clone();
        Callback::from(move |_: FocusEvent| cb.emit(None))
    };
    html! {
        <li class={classes!("qcard", format!("q-{}", card.colour))} data-testid="queue-item"
            data-callback={id.to_string()} tabindex="0" onmouseenter={enter}
            onmouseleave={leave} onfocus={focus} onblur={blur}>
            <span class="qcard-label">{ card.label.clone() }</span>
            if let Some(detail) = &card.detail {
                <span class="qcard-detail">{ detail.clone() }</span>
            }
            if let Some(line) = card.line {
                <span class="qcard-line">{ format!("line {line}") }</span>
            }
        </li>
    }
}
