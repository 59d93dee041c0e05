//! The result of a prediction: predicted and actual side by side, which cards were in place,
//! where the orders first diverged, and why each misplaced line ran when it did.

use yew::prelude::*;

use crate::web::explain::label;
use crate::web::state::Verdict;

#[derive(Properties, PartialEq)]
pub struct PredictResultProps {
    pub verdict: Verdict,
}

#[function_component(PredictResult)]
pub fn predict_result(props: &PredictResultProps) -> Html {
    let v = &props.verdict;
    let right = v.rows.iter().filter(|r| r.right).count();
    let headline = match (v.correct, v.race) {
        (true, true) => "Right! This order is one Node can print: the program has a race, and \
                         other orders are right too."
            .to_string(),
        (true, false) => "Right! That is exactly the order Node prints.".to_string(),
        (false, _) => format!(
            "Not quite: {right} of {} lines in the right place.{}",
            v.rows.len(),
            v.first_divergence
                .map(|i| format!(" The orders first diverge at line {}.", i + 1))
                .unwrap_or_default()
        ),
    };
    let race_note = (!v.correct && v.race).then(|| {
        html! { <p class="hint">{ "The program has a race: several orders are right; \
        yours matches none of them. It is compared with the closest." }</p> }
    });
    html! {
        <div class={classes!("predict-result", if v.correct { "correct" } else { "incorrect" })}
            data-testid="predict-result" data-correct={v.correct.to_string()} role="status">
            <p class="headline">{ headline }</p>
            { for race_note }
            <table class="compare">
                <thead><tr><th>{ "#" }</th><th>{ "Your order" }</th><th>{ "Node's order" }</th></tr></thead>
                <tbody>
                    { for v.rows.iter().enumerate().map(|(i, r)| {
                        let first = v.first_divergence == Some(i);
                        html! {
                            <tr class={classes!(if r.right { "right" } else { "wrong" }, first.then_some("first"))}>
                                <td>{ i + 1 }{ if r.right { " ✓" } else { " ✗" } }</td>
                                <td><code>{ r.predicted.clone() }</code></td>
                                <td>
                                    if let Some(q) = r.queue {
                                        <span class={classes!("tag", format!("q-{}", q.name()))}>{ label(q) }</span>
                                    }
                                    <code>{ r.actual.clone() }</code>
                                    if let Some(why) = &r.why {
                                        <div class="why">{ why.clone() }</div>
                                    }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
