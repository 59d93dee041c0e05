//! The race notice: the run depended on real timing, so Node can print any of these outputs
//! (the report's `alternatives`, found by the core).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RaceProps {
    pub alternatives: Vec<String>,
}

#[function_component(RaceNotice)]
pub fn race_notice(props: &RaceProps) -> Html {
    let n = props.alternatives.len();
    html! {
        <div class="race" data-testid="race" role="note">
            <p><strong>{ "This run had a race." }</strong>{ format!(
                " Which callback ran first depended on real timing (how long the process took \
                 to start), so real Node can print any of these {n} outputs:"
            ) }</p>
            <div class="alternatives">
                { for props.alternatives.iter().enumerate().map(|(i, out)| html! {
                    <figure class="alternative" data-testid="race-alternative">
                        <figcaption>{ format!("Output {}", i + 1) }</figcaption>
                        <pre>{ out.clone() }</pre>
                    </figure>
                }) }
            </div>
        </div>
    }
}
