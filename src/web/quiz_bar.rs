//! The question being answered (`#quiz/<id>`): its prompt, level and topic, the verdict once
//! answered, the score and streak, the next question, and a challenge link to share.

use yew::prelude::*;

use crate::learn::{Progress, Question};
use crate::web::quiz_page::level_name;

#[derive(Properties, PartialEq)]
pub struct QuizBarProps {
    pub question: Question,
    pub result: Option<bool>,
    pub progress: Progress,
    pub total: usize,
    /// The next question's id, if any.
    pub next: Option<String>,
    pub on_challenge: Callback<()>,
}

#[function_component(QuizBar)]
pub fn quiz_bar(props: &QuizBarProps) -> Html {
    let q = &props.question;
    let p = &props.progress;
    let challenge = {
        let cb = props.on_challenge.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <section class="quiz-bar" data-testid="quiz-bar" data-question={q.id.clone()}>
            <p class="crumbs">
                <a href="#quiz">{ "Quiz" }</a>{ format!(" · {} · {}", level_name(q.level), q.topic) }
            </p>
            <p class="prompt" data-testid="quiz-prompt">{ q.prompt.clone() }</p>
            <p class="score-line">
                <span data-testid="score" data-score={p.score().to_string()}>{ format!("Score {} / {}", p.score(), props.total) }</span>
                { " · " }
                <span data-testid="streak" data-streak={p.streak.to_string()}>{ format!("streak {}", p.streak) }</span>
                if let Some(right) = props.result {
                    <span class={classes!("verdict", if right { "good" } else { "bad" })} data-testid="quiz-result"
                        data-correct={right.to_string()}>
                        { if right { " · Right!" } else { " · Not this time." } }
                    </span>
                }
            </p>
            <div class="buttons">
                if let Some(next) = &props.next {
                    <a class="button" href={format!("#quiz/{next}")} data-testid="quiz-next">{ "Next question →" }</a>
                }
                <button onclick={challenge} data-testid="challenge"
                    title="Copy a link that opens this snippet in predict mode">{ "Share as a challenge" }</button>
            </div>
        </section>
    }
}
