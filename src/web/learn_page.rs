//! The tutorial's index (`#learn`): the lessons in order, each marked when read and when its
//! exercise was solved.

use std::rc::Rc;

use yew::prelude::*;

use crate::learn::{Course, Progress};

#[derive(Properties, PartialEq)]
pub struct LessonIndexProps {
    pub course: Rc<Course>,
    pub progress: Progress,
}

#[function_component(LessonIndex)]
pub fn lesson_index(props: &LessonIndexProps) -> Html {
    let read = props.progress.lessons_read.len();
    let solved = props.progress.exercises_solved.len();
    let total = props.course.lessons.len();
    html! {
        <section class="learn-index" data-testid="lessons">
            <h2>{ "Learn Node's event loop" }</h2>
            <p class="hint" data-testid="learn-progress">
                { format!("{read} of {total} lessons read · {solved} exercises solved") }
            </p>
            <ol class="lesson-list">
                { for props.course.lessons.iter().map(|entry| {
                    let is_read = props.progress.lessons_read.contains(&entry.id);
                    let is_solved = props.progress.exercises_solved.contains(&entry.id);
                    html! {
                        <li>
                            <a href={format!("#learn/{}", entry.id)} data-testid="lesson-link"
                                data-read={is_read.to_string()} data-solved={is_solved.to_string()}>
                                { entry.title.clone() }
                            </a>
                            if is_solved {
                                <span class="badge good" title="Exercise solved">{ "✓ solved" }</span>
                            } else if is_read {
                                <span class="badge" title="Read">{ "read" }</span>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
