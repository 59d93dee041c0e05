//! One lesson (`#learn/<id>`): its text, its snippets (each opens in the editor below) and
//! its predict exercise; links to the previous and next lessons. Fetches what is missing.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::learn::{Block, Course, Inline, Lesson};
use crate::web::content;

#[derive(Properties, PartialEq)]
pub struct LessonProps {
    pub id: String,
    pub course: Rc<Course>,
    pub lesson: Option<Rc<Lesson>>,
    pub snippets: BTreeMap<String, String>,
    pub solved: bool,
    pub on_lesson: Callback<(String, String)>,
    pub on_snippet: Callback<(String, String)>,
    pub on_error: Callback<String>,
    /// Open a snippet: (code, esm, predict).
    pub on_open: Callback<(String, bool, bool)>,
}

fn inline(parts: &[Inline]) -> Html {
    html! {
        { for parts.iter().map(|p| match p {
            Inline::Text(t) => html! { { t.clone() } },
            Inline::Code(c) => html! { <code>{ c.clone() }</code> },
            Inline::Strong(s) => html! { <strong>{ s.clone() }</strong> },
        }) }
    }
}

#[function_component(LessonView)]
pub fn lesson_view(props: &LessonProps) -> Html {
    // The lesson's text, then its snippets, fetched once each.
    {
        let (id, missing) = (props.id.clone(), props.lesson.is_none());
        let on_lesson = props.on_lesson.clone();
        let on_error = props.on_error.clone();
        let known = props.course.lessons.iter().any(|l| l.id == props.id);
        use_effect_with((id.clone(), missing), move |_| {
            if missing && known {
                content::load(
                    format!("lessons/{id}.md"),
                    Callback::from(move |r: Result<String, String>| match r {
                        Ok(text) => on_lesson.emit((id.clone(), text)),
                        Err(e) => on_error.emit(e),
                    }),
                );
            }
        });
    }
    {
        let wanted: Vec<String> = props
            .lesson
            .as_ref()
            .map(|l| {
                l.snippets()
                    .into_iter()
                    .map(|f| format!("snippets/{f}"))
                    .filter(|p| !props.snippets.contains_key(p))
                    .collect()
            })
            .unwrap_or_default();
        let on_snippet = props.on_snippet.clone();
        let on_error = props.on_error.clone();
        use_effect_with(wanted, move |wanted| {
            for path in wanted.clone() {
                let on_snippet = on_snippet.clone();
                let on_error = on_error.clone();
                content::load(
                    path.clone(),
                    Callback::from(move |r: Result<String, String>| match r {
                        Ok(code) => on_snippet.emit((path.clone(), code)),
                        Err(e) => on_error.emit(e),
                    }),
                );
            }
        });
    }

    let index = props.course.lessons.iter().position(|l| l.id == props.id);
    let Some(index) = index else {
        return html! {
            <article class="lesson" data-testid="lesson">
                <p class="error-box" role="alert">{ format!("There is no lesson \"{}\".", props.id) }</p>
                <a href="#learn">{ "All lessons" }</a>
            </article>
        };
    };
    let entry = &props.course.lessons[index];
    let prev = index
        .checked_sub(1)
        .and_then(|i| props.course.lessons.get(i));
    let next = props.course.lessons.get(index + 1);
    let body = match &props.lesson {
        None => html! { <p class="hint" role="status">{ "Loading the lesson…" }</p> },
        Some(lesson) => html! {
            { for lesson.blocks.iter().map(|block| match block {
                Block::Paragraph(p) => html! { <p>{ inline(p) }</p> },
                Block::Heading(h) => html! { <h3>{ h.clone() }</h3> },
                Block::List(items) => html! {
                    <ul>{ for items.iter().map(|i| html! { <li>{ inline(i) }</li> }) }</ul>
                },
                Block::Callout(p) => html! {
                    <aside class="callout" data-testid="callout">{ inline(p) }</aside>
                },
                Block::Snippet { file, predict } => {
                    let path = format!("snippets/{file}");
                    let code = props.snippets.get(&path).cloned();
                    let esm = file.ends_with(".mjs");
                    let predict = *predict;
                    let open = code.clone().map(|code| {
                        let cb = props.on_open.clone();
                        Callback::from(move |_: MouseEvent| cb.emit((code.clone(), esm, predict)))
                    });
                    let label = if predict { "Predict the output" } else { "Open in the editor and run" };
                    html! {
                        <figure class={classes!("snippet", predict.then_some("exercise"))}
                            data-testid={if predict { "lesson-exercise" } else { "lesson-snippet" }}>
                            if predict {
                                <figcaption>{ if props.solved { "Exercise (solved ✓)" } else { "Exercise" } }</figcaption>
                            }
                            <pre><code>{ code.clone().unwrap_or_else(|| "Loading…".into()) }</code></pre>
                            <button class={classes!(predict.then_some("primary"))} disabled={open.is_none()}
                                data-testid={if predict { "lesson-predict" } else { "lesson-open" }}
                                onclick={open.unwrap_or_default()}>{ label }</button>
                        </figure>
                    }
                }
            }) }
        },
    };
    html! {
        <article class="lesson" data-testid="lesson" data-lesson={props.id.clone()}>
            <p class="crumbs"><a href="#learn">{ "Lessons" }</a>{ format!(" · {} of {}", index + 1, props.course.lessons.len()) }</p>
            <h2>{ entry.title.clone() }</h2>
            { body }
            <nav class="lesson-nav" aria-label="Lessons">
                if let Some(p) = prev {
                    <a href={format!("#learn/{}", p.id)} data-testid="lesson-prev">{ format!("← {}", p.title) }</a>
                }
                if let Some(n) = next {
                    <a href={format!("#learn/{}", n.id)} data-testid="lesson-next">{ format!("{} →", n.title) }</a>
                }
            </nav>
        </article>
    }
}
