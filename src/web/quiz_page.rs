//! The quiz's index (`#quiz`): the score, the streak, results per topic, and every question
//! by level, marked right or wrong once answered.

use std::rc::Rc;

use yew::prelude::*;

use crate::learn::{Course, Progress};

#[derive(Properties, PartialEq)]
pub struct QuizIndexProps {
    pub course: Rc<Course>,
    pub progress: Progress,
}

/// The level's name.
pub fn level_name(level: u8) -> &'static str {
    match level {
        1 => "Level 1: the basics",
        2 => "Level 2: queues and phases",
        _ => "Level 3: the fine print",
    }
}

#[function_component(QuizIndex)]
pub fn quiz_index(props: &QuizIndexProps) -> Html {
    let p = &props.progress;
    let total = props.course.questions.len();
    let mut levels: Vec<u8> = props.course.questions.iter().map(|q| q.level).collect();
    levels.sort_unstable();
    levels.dedup();
    html! {
        <section class="quiz-index" data-testid="quiz">
            <h2>{ "Quiz" }</h2>
            <p class="score-line">
                <span data-testid="score" data-score={p.score().to_string()}>{ format!("Score {} / {total}", p.score()) }</span>
                { " · " }
                <span data-testid="streak" data-streak={p.streak.to_string()}>{ format!("streak {}", p.streak) }</span>
                { format!(" · best streak {}", p.best_streak) }
            </p>
            if !p.topics.is_empty() {
                <table class="topics" data-testid="topics">
                    <thead><tr><th>{ "Topic" }</th><th>{ "Right" }</th><th>{ "Wrong" }</th></tr></thead>
                    <tbody>
                        { for p.topics.iter().map(|(topic, t)| html! {
                            <tr><td>{ topic.clone() }</td><td>{ t.right }</td><td>{ t.wrong }</td></tr>
                        }) }
                    </tbody>
                </table>
            }
            { for levels.into_iter().map(|level| html! {
                <>
                    <h3>{ level_name(level) }</h3>
                    <ol class="question-list">
                        { for props.course.questions.iter().filter(|q| q.level == level).map(|q| {
                            let result = p.answers.get(&q.id).copied();
                            let mark = match result {
                                Some(true) => "✓",
                                Some(false) => "✗",
                                None => "",
                            };
                            html! {
                                <li>
                                    <a href={format!("#quiz/{}", q.id)} data-testid="quiz-question"
                                        data-result={result.map(|r| r.to_string()).unwrap_or_default()}>
                                        <span class="topic">{ q.topic.clone() }</span>{ " " }{ q.prompt.clone() }
                                    </a>
                                    <span class={classes!("mark", match result { Some(true) => "good", Some(false) => "bad", None => "" })}>{ mark }</span>
                                </li>
                            }
                        }) }
                    </ol>
                </>
            }) }
        </section>
    }
}
