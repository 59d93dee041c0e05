//! The app: one `State` through `use_reducer`, the worker runner, and the effects that talk to
//! the browser (local storage, the address bar, the clipboard, the content fetches). Lays out
//! the components for the page the address shows: the playground, a lesson, the quiz.

use std::rc::Rc;

use yew::prelude::*;

use crate::web::choice::ChoicePanel;
use crate::web::compare::Compare;
use crate::web::content;
use crate::web::editor::Editor;
use crate::web::learn_page::LessonIndex;
use crate::web::lesson::LessonView;
use crate::web::link;
use crate::web::loop_panel::{LoopPanel, schedule_trace};
use crate::web::nav::Nav;
use crate::web::output::{Output, state_name};
use crate::web::predict::Predict;
use crate::web::protocol::{Mode, Platform, Response};
use crate::web::quiz_bar::QuizBar;
use crate::web::quiz_page::QuizIndex;
use crate::web::route::{self, Route};
use crate::web::runner::{Event, Runner};
use crate::web::share::ShareBox;
use crate::web::state::{Action, RunState, State, View, display_lines, scheduling_line};
use crate::web::storage;
use crate::web::toolbar::Toolbar;

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The page's address without query or fragment: share links are built on it.
fn base_url() -> String {
    location()
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .unwrap_or_default()
}

/// Drop a share link's query and fragment from the address bar (the learner has edited, so a
/// reload must show their code, not the link's). Lesson and quiz addresses stay.
fn forget_link() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let has_link = window
        .location()
        .hash()
        .map(|h| h.starts_with("#code/"))
        .unwrap_or(false);
    if has_link && let (Ok(history), Ok(path)) = (window.history(), window.location().pathname()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}

fn initial() -> (State, bool) {
    let search = location().and_then(|l| l.search().ok()).unwrap_or_default();
    let hash = location().and_then(|l| l.hash().ok()).unwrap_or_default();
    let opened = link::parse(&search, &hash);
    State::initial_at(
        opened,
        storage::load(),
        Route::parse(&hash),
        route::is_embed(&search),
        crate::web::progress::load(),
    )
}

/// Follow the address's fragment: links to lessons and questions are plain `<a href="#...">`.
fn listen_to_hash(d: UseReducerDispatcher<State>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_hash = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        let hash = location().and_then(|l| l.hash().ok()).unwrap_or_default();
        if !hash.starts_with("#code/") {
            d.dispatch(Action::Navigate(Route::parse(&hash)));
        }
    });
    let _ = window.add_event_listener_with_callback(
        "hashchange",
        wasm_bindgen::JsCast::unchecked_ref(on_hash.as_ref()),
    );
    // The page's lifetime: the listener is never removed.
    on_hash.forget();
}

#[function_component(App)]
pub fn app() -> Html {
    let start = use_memo((), |_| initial());
    let state = {
        let start = start.clone();
        use_reducer(move || start.0.clone())
    };
    let runner = use_mut_ref(|| None::<Runner>);

    // The worker: spawned once; its answers become actions.
    {
        let dispatcher = state.dispatcher();
        let runner = runner.clone();
        let predict = start.1;
        use_effect_with((), move |_| {
            let d = dispatcher.clone();
            *runner.borrow_mut() = Some(Runner::new(move |event| match event {
                Event::Ready => d.dispatch(Action::WorkerReady),
                Event::Response(Response::Report { id, report, node }) => {
                    d.dispatch(Action::Report {
                        id,
                        report: Rc::new(*report),
                        node: node.map(|n| Rc::new(*n)),
                    })
                }
                Event::Response(Response::Failed { message, .. }) | Event::Crashed(message) => {
                    d.dispatch(Action::WorkerFailed { message })
                }
                Event::Response(Response::Ready) => {}
            }));
            // A puzzle link opens in predict mode.
            if predict {
                dispatcher.dispatch(Action::Run { predict: true });
            }
            listen_to_hash(dispatcher.clone());
        });
    }
    // The course's index, the first time a tutorial or quiz page is shown.
    {
        let d = state.dispatcher();
        let wanted = state.route.needs_course() && state.learn.course.is_none();
        use_effect_with(wanted, move |&wanted| {
            if wanted {
                content::load(
                    "course.json".into(),
                    Callback::from(move |r| d.dispatch(Action::CourseLoaded(r))),
                );
            }
        });
    }
    // A question's snippet, once the course says which: then the cards are dealt.
    {
        let d = state.dispatcher();
        let wanted = match &state.route {
            Route::Question(id) if state.learn.quiz.is_none() => {
                state.question(id).map(|q| (q.id.clone(), q.path()))
            }
            _ => None,
        };
        use_effect_with(wanted, move |wanted| {
            if let Some((id, path)) = wanted.clone() {
                content::load(
                    path,
                    Callback::from(move |r: Result<String, String>| match r {
                        Ok(code) => d.dispatch(Action::StartQuestion {
                            id: id.clone(),
                            code,
                        }),
                        Err(e) => d.dispatch(Action::Notice(Some(e))),
                    }),
                );
            }
        });
    }
    // Save the progress after every change.
    {
        let progress = state.learn.progress.clone();
        use_effect_with(state.learn.progress_rev, move |&rev| {
            if rev > 0 {
                crate::web::progress::save(&progress);
            }
        });
    }
    // Hand each new request to the worker.
    {
        let runner = runner.clone();
        let request = state.request.clone();
        use_effect_with(state.run_id, move |_| {
            if let (Some(request), Some(r)) = (request, runner.borrow().as_ref()) {
                r.run(request);
            }
        });
    }
    // Copy each new share link to the clipboard.
    {
        let url = state.share_url.clone();
        use_effect_with(state.share_rev, move |_| {
            if let (Some(url), Some(window)) = (url, web_sys::window()) {
                let _ = window.navigator().clipboard().write_text(&url);
            }
        });
    }

    let on_change = {
        let d = state.dispatcher();
        let mode = state.mode;
        Callback::from(move |code: String| {
            storage::save(&code, mode);
            forget_link();
            d.dispatch(Action::Edit(code));
        })
    };
    let on_run = {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(Action::Run { predict: false }))
    };
    let on_predict = {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(Action::Run { predict: true }))
    };
    let on_stop = {
        let d = state.dispatcher();
        let runner = runner.clone();
        Callback::from(move |()| {
            if let Some(r) = runner.borrow().as_ref() {
                r.stop();
            }
            d.dispatch(Action::Stop);
        })
    };
    let on_example = {
        let d = state.dispatcher();
        Callback::from(move |id: String| {
            if let Some(e) = crate::web::examples::by_id(&id) {
                storage::save(e.code, e.mode);
            }
            forget_link();
            d.dispatch(Action::PickExample(id));
        })
    };
    let on_mode = {
        let d = state.dispatcher();
        let code = state.code.clone();
        Callback::from(move |mode: Mode| {
            storage::save(&code, mode);
            d.dispatch(Action::SetMode(mode));
        })
    };
    let on_share = {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(Action::Share { base: base_url() }))
    };
    let on_hover = {
        let d = state.dispatcher();
        Callback::from(move |line: Option<usize>| d.dispatch(Action::Hover(line)))
    };
    let on_move = {
        let d = state.dispatcher();
        Callback::from(move |(from, to): (usize, usize)| d.dispatch(Action::MoveCard { from, to }))
    };
    let on_check = {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(Action::Check))
    };
    let on_show_output = {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(Action::ShowOutput))
    };
    let on_platform = {
        let d = state.dispatcher();
        Callback::from(move |platform: Platform| d.dispatch(Action::SetPlatform(platform)))
    };
    let on_challenge = {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(Action::ShareChallenge { base: base_url() }))
    };
    let on_choose = {
        let d = state.dispatcher();
        Callback::from(move |line: String| d.dispatch(Action::Choose(line)))
    };
    let on_lesson = {
        let d = state.dispatcher();
        Callback::from(move |(id, text): (String, String)| {
            d.dispatch(Action::LessonLoaded { id, text })
        })
    };
    let on_snippet = {
        let d = state.dispatcher();
        Callback::from(move |(path, code): (String, String)| {
            d.dispatch(Action::SnippetLoaded { path, code })
        })
    };
    let on_error = {
        let d = state.dispatcher();
        Callback::from(move |e: String| d.dispatch(Action::Notice(Some(e))))
    };
    let on_open = {
        let d = state.dispatcher();
        let lesson = match &state.route {
            Route::Lesson(id) => Some(id.clone()),
            _ => None,
        };
        Callback::from(move |(code, esm, predict): (String, bool, bool)| {
            d.dispatch(Action::OpenSnippet {
                code,
                esm,
                predict,
                exercise: if predict { lesson.clone() } else { None },
            });
            // Bring the editor into view, below the lesson.
            if let Some(e) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector(".toolbar").ok().flatten())
            {
                e.scroll_into_view();
            }
        })
    };
    let on_step = {
        let d = state.dispatcher();
        Callback::from(move |step: usize| d.dispatch(Action::Step(step)))
    };
    let on_schedule = {
        let d = state.dispatcher();
        Callback::from(move |schedule: usize| d.dispatch(Action::PickSchedule(schedule)))
    };
    let on_card_hover = {
        let d = state.dispatcher();
        Callback::from(move |card: Option<u32>| d.dispatch(Action::HoverCard(card)))
    };
    let dismiss = {
        let d = state.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::Notice(None)))
    };

    // The editor line for the hovered loop-view card or output line; an error's line otherwise.
    let mark_line = state
        .report()
        .and_then(|r| {
            if let Some(card) = state.card_hover {
                let trace = schedule_trace(&r.0, state.schedule);
                return trace
                    .callback(card)
                    .and_then(|c| c.scheduled_at)
                    .map(|l| l.line);
            }
            let line = state
                .hover
                .and_then(|i| display_lines(&r.0).into_iter().nth(i));
            match line {
                Some(l) => scheduling_line(&r.0, &r.0.output[l.chunk]),
                None => crate::web::state::error_location(&r.0, state.mode).map(|(l, _)| l),
            }
        })
        .unwrap_or(0);
    let running = state.run == RunState::Running;

    let right_pane = match (&state.learn.quiz, state.view) {
        (Some(quiz), _) if quiz.question.ask.is_some() => html! {
            <ChoicePanel ask={quiz.question.ask.clone().unwrap_or(crate::learn::Ask::First)}
                run={state.run.clone()} engine_ready={state.worker_ready} mode={state.mode}
                choice={quiz.choice.clone()}
                on_choose={on_choose} hover={state.hover} on_hover={on_hover.clone()} />
        },
        (_, View::Predict) => html! {
            <>
                // The run's state stays readable while the output is hidden.
                <div data-testid="output" data-state={state_name(&state.run)} hidden=true></div>
                <Predict run={state.run.clone()} puzzle={state.puzzle.clone()}
                    on_move={on_move} on_check={on_check} on_show_output={on_show_output} />
            </>
        },
        _ => match (state.report(), &state.node_report) {
            (Some(browser), Some(node)) => html! {
                <>
                    <div data-testid="output" data-state={state_name(&state.run)} hidden=true></div>
                    <Compare browser={browser.clone()} node={node.clone()} />
                </>
            },
            _ => html! {
                <Output run={state.run.clone()} engine_ready={state.worker_ready}
                    mode={state.mode} hover={state.hover} on_hover={on_hover} />
            },
        },
    };
    let playground = html! {
        <>
            <Toolbar example={state.example} mode={state.mode} {running}
                on_example={on_example} on_mode={on_mode} on_run={on_run.clone()} on_stop={on_stop}
                on_predict={on_predict} on_share={on_share} platform={state.platform}
                on_platform={on_platform} embed={state.embed} />
            if let Some(url) = state.share_url.clone().filter(|_| !state.embed) {
                <ShareBox {url} />
            }
            <main class="panes">
                <div class="pane editor-pane">
                    <Editor code={state.code.clone()} code_rev={state.code_rev} {mark_line}
                        on_change={on_change} on_run={on_run} />
                </div>
                <div class="pane output-pane">
                    { right_pane }
                    if let Some(report) = state.loop_view_report() {
                        <LoopPanel {report} step={state.step} schedule={state.schedule}
                            {on_step} {on_schedule} on_hover={on_card_hover} />
                    }
                </div>
            </main>
        </>
    };
    let notice = state.notice.clone().or_else(|| state.learn.error.clone());
    let notice = html! {
        if let Some(notice) = notice {
            <div class="notice" data-testid="notice" role="alert">
                <span>{ notice }</span>
                <button class="dismiss" onclick={dismiss} aria-label="Dismiss">{ "×" }</button>
            </div>
        }
    };
    if state.embed {
        return html! {
            <div class="app embed" data-testid="embed">
                { notice }
                { playground }
            </div>
        };
    }
    let loading = html! { <p class="hint" role="status">{ "Loading…" }</p> };
    let course = state.learn.course.clone();
    let page = match (&state.route, course) {
        (Route::Playground, _) => playground,
        (_, None) => loading,
        (Route::Lessons, Some(course)) => html! {
            <LessonIndex {course} progress={state.learn.progress.clone()} />
        },
        (Route::Lesson(id), Some(course)) => html! {
            <>
                <LessonView id={id.clone()} {course} lesson={state.learn.lessons.get(id).cloned()}
                    snippets={state.learn.snippets.clone()}
                    solved={state.learn.progress.exercises_solved.contains(id)}
                    {on_lesson} {on_snippet} {on_error} {on_open} />
                { playground }
            </>
        },
        (Route::Quiz, Some(course)) => html! {
            <QuizIndex {course} progress={state.learn.progress.clone()} />
        },
        (Route::Question(id), Some(course)) => match state.question(id).cloned() {
            None => html! {
                <p class="error-box" role="alert">{ format!("There is no question \"{id}\".") }
                    { " " }<a href="#quiz">{ "All questions" }</a></p>
            },
            Some(question) => {
                let index = course.questions.iter().position(|q| q.id == question.id);
                let next = index
                    .and_then(|i| course.questions.get(i + 1))
                    .map(|q| q.id.clone());
                let result = state.learn.quiz.as_ref().and_then(|q| q.result);
                html! {
                    <>
                        <QuizBar {question} {result} progress={state.learn.progress.clone()}
                            total={course.questions.len()} {next} {on_challenge} />
                        { playground }
                    </>
                }
            }
        },
    };

    html! {
        <div class="app">
            <header class="top">
                <h1><span class="logo" aria-hidden="true">{ "⟳" }</span>{ " looplab" }</h1>
                <p class="tagline">{ "Node 20's event loop, in your browser" }</p>
                <Nav route={state.route.clone()} />
            </header>
            { notice }
            { page }
            <footer class="legend-bar" aria-label="Queue colours">
                { for ["main", "nextTick", "microtask", "timers", "pending", "poll", "check", "close"].iter().map(|q| html! {
                    <span class={classes!("chip", format!("q-{q}"))}>{ *q }</span>
                }) }
            </footer>
        </div>
    }
}
