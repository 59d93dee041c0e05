//! The playground's one state and the actions that change it (`use_reducer`). Side effects
//! (the worker, storage, the clipboard) live in the components; the reducer only computes.

use std::rc::Rc;

use yew::Reducible;

use crate::learn::{Course, Progress, Question};
use crate::report::{OutputLine, Queue, RunReport, Stream};
use crate::web::examples::{self, Example};
use crate::web::link::{self, Shared};
use crate::web::protocol::{Mode, Platform, Request};
use crate::web::route::Route;

/// Display lines beyond this many are summarised (a runaway program can print millions).
pub const MAX_SHOWN_LINES: usize = 2000;

/// A report shared by pointer: props compare it by identity, not by walking every line.
#[derive(Debug, Clone)]
pub struct ReportRef(pub Rc<RunReport>);

impl PartialEq for ReportRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Where the current run is.
#[derive(Debug, Clone, PartialEq)]
pub enum RunState {
    /// Nothing run yet.
    Idle,
    /// A request is with the worker.
    Running,
    /// The worker answered.
    Done(ReportRef),
    /// The learner pressed Stop.
    Stopped,
    /// The worker failed (it is replaced by a fresh one).
    Failed(String),
}

/// One line as printed: a chunk of output split at its line breaks.
#[derive(Debug, Clone, PartialEq)]
pub struct DisplayLine {
    pub text: String,
    pub stream: Stream,
    pub queue: Queue,
    /// The lane that printed it (0: the main thread).
    pub lane: u32,
    /// Index of the chunk in `report.output`.
    pub chunk: usize,
}

/// Split a report's output into the lines a terminal shows, each with its chunk's tags.
pub fn display_lines(report: &RunReport) -> Vec<DisplayLine> {
    split_lines(&report.output)
}

/// Split output chunks into display lines (`chunk` indexes `output`).
pub fn split_lines(output: &[crate::report::OutputLine]) -> Vec<DisplayLine> {
    let mut lines = Vec::new();
    for (chunk, out) in output.iter().enumerate() {
        let text = out.text.strip_suffix('\n').unwrap_or(&out.text);
        for piece in text.split('\n') {
            lines.push(DisplayLine {
                text: piece.to_string(),
                stream: out.stream,
                queue: out.queue,
                lane: out.lane,
                chunk,
            });
        }
    }
    lines
}

/// The stdout lines of one complete stdout text.
pub fn stdout_lines(text: &str) -> Vec<String> {
    let text = text.strip_suffix('\n').unwrap_or(text);
    if text.is_empty() {
        return Vec::new();
    }
    text.split('\n').map(str::to_string).collect()
}

/// The editor line to highlight for an output chunk: where its callback was scheduled, or,
/// for the main script, where it printed.
pub fn scheduling_line(report: &RunReport, out: &OutputLine) -> Option<u32> {
    let scheduled = report
        .callbacks
        .iter()
        .find(|c| c.id == out.callback && out.callback != 0)
        .and_then(|c| c.scheduled_at);
    scheduled.or(out.printed_at).map(|l| l.line)
}

/// Where an uncaught error points: Node's stderr header `FILE:LINE`, the source line, then a
/// caret under the column. `(line, column)`, 1-based.
pub fn error_location(report: &RunReport, mode: Mode) -> Option<(u32, u32)> {
    let stderr = report.text(Stream::Stderr);
    let main = mode.main_path();
    let mut lines = stderr.lines();
    while let Some(line) = lines.next() {
        let line = line.strip_prefix("file://").unwrap_or(line);
        let Some(rest) = line.strip_prefix(main).and_then(|r| r.strip_prefix(':')) else {
            continue;
        };
        let Ok(number) = rest.trim().parse::<u32>() else {
            continue;
        };
        let _source = lines.next()?;
        let caret = lines.next()?;
        let column = caret.find('^').map_or(1, |c| c as u32 + 1);
        return Some((number, column));
    }
    None
}

/// One card of a prediction puzzle.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// Stable identity (the line's index in the run's stdout).
    pub key: usize,
    pub text: String,
}

/// One row of the predicted-versus-actual table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub predicted: String,
    pub actual: String,
    pub right: bool,
    /// For a misplaced line: why the actual line ran when it did.
    pub why: Option<String>,
    pub queue: Option<Queue>,
}

/// The outcome of checking a prediction.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub correct: bool,
    /// The program has several possible outputs.
    pub race: bool,
    pub rows: Vec<Row>,
    /// The first position (0-based) where prediction and output differ.
    pub first_divergence: Option<usize>,
}

/// A prediction puzzle built from a run's stdout.
#[derive(Debug, Clone, PartialEq)]
pub struct Puzzle {
    pub report: ReportRef,
    pub cards: Vec<Card>,
    pub verdict: Option<Verdict>,
    /// The card whose move button keeps focus after a move: `(key, up)`.
    pub focus: Option<(usize, bool)>,
}

/// Every stdout the program can print, as lines (the report's alternatives, or its one stdout).
pub fn accepted_outputs(report: &RunReport) -> Vec<Vec<String>> {
    if report.alternatives.is_empty() {
        vec![stdout_lines(&report.text(Stream::Stdout))]
    } else {
        report
            .alternatives
            .iter()
            .map(|a| stdout_lines(a))
            .collect()
    }
}

/// A shuffle of `n` cards from a seed (xorshift: deterministic for a given run).
fn shuffled(n: usize, seed: u32) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut x = seed.wrapping_mul(2_654_435_761).max(1);
    for i in (1..n).rev() {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        order.swap(i, x as usize % (i + 1));
    }
    order
}

impl Puzzle {
    /// Cards for the stdout lines of `report`, in an order that is not already an answer
    /// (when the lines allow that).
    pub fn new(report: ReportRef, seed: u32) -> Puzzle {
        let lines = stdout_lines(&report.0.text(Stream::Stdout));
        let accepted = accepted_outputs(&report.0);
        let mut order = shuffled(lines.len(), seed);
        for attempt in 1..32 {
            let texts: Vec<&String> = order.iter().map(|&i| &lines[i]).collect();
            let solved = accepted
                .iter()
                .any(|a| a.iter().collect::<Vec<_>>() == texts);
            if !solved {
                break;
            }
            order = shuffled(lines.len(), seed.wrapping_add(attempt));
        }
        let cards = order
            .into_iter()
            .map(|i| Card {
                key: i,
                text: lines[i].clone(),
            })
            .collect();
        Puzzle {
            report,
            cards,
            verdict: None,
            focus: None,
        }
    }

    /// Compare the cards' order with the output (any of the outputs, for a race).
    pub fn check(&self) -> Verdict {
        let report = &self.report.0;
        let predicted: Vec<String> = self.cards.iter().map(|c| c.text.clone()).collect();
        let accepted = accepted_outputs(report);
        let race = accepted.len() > 1;
        let correct = accepted.contains(&predicted);
        // Compare with the matching output, else with the closest one.
        let actual = accepted
            .iter()
            .max_by_key(|a| {
                let same = a.iter().zip(&predicted).filter(|(x, y)| x == y).count();
                (a == &&predicted, same)
            })
            .cloned()
            .unwrap_or_default();
        // Each stdout line's tags, from the run (lines of an alternative are found by text).
        let tagged: Vec<DisplayLine> = display_lines(report)
            .into_iter()
            .filter(|l| l.stream == Stream::Stdout)
            .collect();
        let info = |text: &str| {
            let line = tagged.iter().find(|l| l.text == text)?;
            let out = &report.output[line.chunk];
            let callback = report.callbacks.iter().find(|c| c.id == out.callback);
            Some((line.queue, crate::web::explain::why(line.queue, callback)))
        };
        let n = predicted.len().max(actual.len());
        let mut rows = Vec::with_capacity(n);
        let mut first_divergence = None;
        for i in 0..n {
            let p = predicted.get(i).cloned().unwrap_or_default();
            let a = actual.get(i).cloned().unwrap_or_default();
            let right = p == a;
            if !right && first_divergence.is_none() {
                first_divergence = Some(i);
            }
            let (queue, why) = match info(&a) {
                Some((q, w)) => (Some(q), (!right).then_some(w)),
                None => (None, None),
            };
            rows.push(Row {
                predicted: p,
                actual: a,
                right,
                why,
                queue,
            });
        }
        Verdict {
            correct,
            race,
            rows,
            first_divergence,
        }
    }
}

/// What the page shows in its right-hand panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Output,
    Predict,
}

/// Everything the playground shows.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub code: String,
    /// Bumped when the code is replaced from outside the editor (an example, a link).
    pub code_rev: u32,
    pub mode: Mode,
    /// The example last picked, while its code is unedited.
    pub example: Option<&'static str>,
    pub run: RunState,
    /// Id of the latest request; bumped by every Run or Predict.
    pub run_id: u32,
    /// The request the worker should be given (taken by the app's effect).
    pub request: Option<Request>,
    pub view: View,
    pub puzzle: Option<Puzzle>,
    /// The display line under the pointer or focus.
    pub hover: Option<usize>,
    pub share_url: Option<String>,
    /// Bumped by every Share (the app copies the link to the clipboard).
    pub share_rev: u32,
    /// A message about the page itself (a broken link).
    pub notice: Option<String>,
    pub worker_ready: bool,
    /// The page the address shows.
    pub route: Route,
    /// `?embed`: only the editor, Run, Predict and the output.
    pub embed: bool,
    /// Which event loop Run uses (the Node-versus-browser switch).
    pub platform: Platform,
    /// For a browser run: Node's report of the same snippet, shown beside it.
    pub node_report: Option<ReportRef>,
    /// The tutorial and quiz: content fetched so far, progress, the question being answered.
    pub learn: Learn,
    /// The loop view's step (0: before the main script) and schedule (0: Node's usual one).
    pub step: usize,
    pub schedule: usize,
    /// The loop view's card under the pointer or focus: a callback id.
    pub card_hover: Option<u32>,
}

/// The tutorial's and the quiz's part of the state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Learn {
    pub course: Option<Rc<Course>>,
    /// Why the content could not be loaded.
    pub error: Option<String>,
    /// Lessons' texts by id, and snippets' code by path (`snippets/x.js`), as fetched.
    pub lessons: std::collections::BTreeMap<String, Rc<crate::learn::Lesson>>,
    pub snippets: std::collections::BTreeMap<String, String>,
    pub progress: Progress,
    /// Bumped by every change of `progress` (the app saves it).
    pub progress_rev: u32,
    pub quiz: Option<QuizRun>,
    /// The lesson whose exercise is in the editor, with its code (solved only unedited).
    pub exercise: Option<(String, String)>,
}

/// The question being answered.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizRun {
    pub question: Question,
    /// Right or wrong, once answered (the first answer of this visit counts).
    pub result: Option<bool>,
    /// The multiple-choice answer picked.
    pub choice: Option<String>,
}

/// Everything that changes the state.
#[derive(Debug, Clone)]
pub enum Action {
    /// The learner typed.
    Edit(String),
    /// Replace the code (an example, or a link).
    Load {
        code: String,
        mode: Mode,
        example: Option<&'static str>,
    },
    PickExample(String),
    SetMode(Mode),
    /// Run the code; `predict` turns the output into a puzzle.
    Run {
        predict: bool,
    },
    WorkerReady,
    Report {
        id: u32,
        report: Rc<RunReport>,
        /// Node's report beside a browser run.
        node: Option<Rc<RunReport>>,
    },
    WorkerFailed {
        message: String,
    },
    Stop,
    Hover(Option<usize>),
    MoveCard {
        from: usize,
        to: usize,
    },
    Check,
    ShowOutput,
    /// Make a share link from the page's address (origin and path).
    Share {
        base: String,
    },
    Notice(Option<String>),
    /// The address changed (a link, the back button).
    Navigate(Route),
    SetPlatform(Platform),
    /// `course.json` arrived (or could not be loaded).
    CourseLoaded(Result<String, String>),
    LessonLoaded {
        id: String,
        text: String,
    },
    SnippetLoaded {
        path: String,
        code: String,
    },
    /// A lesson's snippet into the editor, run at once (predicted, for the exercise).
    OpenSnippet {
        code: String,
        esm: bool,
        predict: bool,
        /// The lesson id, when this is its exercise.
        exercise: Option<String>,
    },
    /// A question's snippet arrived: into the editor, and deal the cards (or run it, for a
    /// multiple-choice question).
    StartQuestion {
        id: String,
        code: String,
    },
    /// A multiple-choice answer.
    Choose(String),
    /// Make a share link that opens the editor's snippet in predict mode.
    ShareChallenge {
        base: String,
    },
    /// Show the loop at this step.
    Step(usize),
    /// Show another schedule of a racy run.
    PickSchedule(usize),
    HoverCard(Option<u32>),
}

impl State {
    /// The state a page starts in: a link's snippet, else the stored one, else the first
    /// example.
    pub fn initial(opened: link::Opened, stored: Option<(String, Mode)>) -> (State, bool) {
        State::initial_at(opened, stored, Route::Playground, false, Progress::new())
    }

    /// The state a page starts in, on `route`, with the stored progress.
    pub fn initial_at(
        opened: link::Opened,
        stored: Option<(String, Mode)>,
        route: Route,
        embed: bool,
        progress: Progress,
    ) -> (State, bool) {
        let first: &Example = &examples::EXAMPLES[0];
        let (code, mode, example) = match &stored {
            Some((code, mode)) => (code.clone(), *mode, None),
            None => (first.code.to_string(), first.mode, Some(first.id)),
        };
        let mut state = State {
            code,
            code_rev: 0,
            mode,
            example,
            run: RunState::Idle,
            run_id: 0,
            request: None,
            view: View::Output,
            puzzle: None,
            hover: None,
            share_url: None,
            share_rev: 0,
            notice: None,
            worker_ready: false,
            route: Route::Playground,
            embed,
            platform: Platform::Node,
            node_report: None,
            learn: Learn {
                progress,
                ..Learn::default()
            },
            step: 0,
            schedule: 0,
            card_hover: None,
        };
        state.navigate(route);
        let mut predict = false;
        match opened {
            link::Opened::Nothing => {}
            link::Opened::Link(shared) => {
                state.code = shared.code;
                state.mode = shared.mode;
                state.example = None;
                predict = shared.predict;
            }
            link::Opened::Broken(message) => state.notice = Some(message),
        }
        (state, predict)
    }

    /// The run's report, when it is done.
    pub fn report(&self) -> Option<&ReportRef> {
        match &self.run {
            RunState::Done(r) => Some(r),
            _ => None,
        }
    }

    /// The report the loop view steps through, when it is shown: a Node run (the browser
    /// model has no phases to draw), outside the embed, and never before the learner has
    /// answered — stepping through the loop would give a prediction or a quiz answer away.
    pub fn loop_view_report(&self) -> Option<ReportRef> {
        if self.embed || self.platform != Platform::Node || self.node_report.is_some() {
            return None;
        }
        let answered = match (&self.learn.quiz, self.view) {
            (Some(quiz), _) if quiz.question.ask.is_some() => quiz.result.is_some(),
            (_, View::Predict) => self.puzzle.as_ref().is_some_and(|p| p.verdict.is_some()),
            (_, View::Output) => true,
        };
        self.report().filter(|_| answered).cloned()
    }

    fn start_run(&mut self, predict: bool) {
        self.run_id += 1;
        self.run = RunState::Running;
        self.hover = None;
        self.card_hover = None;
        self.step = 0;
        self.schedule = 0;
        self.puzzle = None;
        self.view = if predict { View::Predict } else { View::Output };
        self.node_report = None;
        self.request = Some(Request {
            id: self.run_id,
            code: self.code.clone(),
            mode: self.mode,
            platform: self.platform,
        });
    }

    fn navigate(&mut self, route: Route) {
        if let Route::Lesson(id) = &route {
            self.learn.progress.read_lesson(id);
            self.learn.progress_rev += 1;
        }
        let same_question = matches!((&route, &self.learn.quiz),
            (Route::Question(id), Some(q)) if &q.question.id == id);
        if !same_question {
            self.learn.quiz = None;
        }
        self.route = route;
    }

    fn load_code(&mut self, code: String, esm: bool) {
        self.code = code;
        self.mode = if esm { Mode::Esm } else { Mode::CommonJs };
        self.example = None;
        self.code_rev += 1;
        self.hover = None;
    }

    /// The question with this id, once the course is loaded.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.learn
            .course
            .as_ref()?
            .questions
            .iter()
            .find(|q| q.id == id)
    }

    /// Count a prediction's verdict for the quiz question or the lesson exercise it answers.
    fn count_prediction(&mut self, correct: bool) {
        if let Some(q) = self.learn.quiz.as_mut()
            && q.question.ask.is_none()
            && q.result.is_none()
        {
            q.result = Some(correct);
            let question = q.question.clone();
            self.learn.progress.answer(&question, correct);
            self.learn.progress_rev += 1;
        }
        if correct
            && let Some((lesson, code)) = &self.learn.exercise
            && *code == self.code
        {
            let lesson = lesson.clone();
            self.learn.progress.solve_exercise(&lesson);
            self.learn.progress_rev += 1;
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Edit(code) => {
                if code == s.code {
                    return self;
                }
                s.code = code;
                s.example = None;
            }
            Action::Load {
                code,
                mode,
                example,
            } => {
                s.code = code;
                s.mode = mode;
                s.example = example;
                s.code_rev += 1;
                s.hover = None;
            }
            Action::PickExample(id) => {
                let Some(e) = examples::by_id(&id) else {
                    return self;
                };
                s.code = e.code.to_string();
                s.mode = e.mode;
                s.example = Some(e.id);
                s.code_rev += 1;
                s.hover = None;
            }
            Action::SetMode(mode) => s.mode = mode,
            Action::Run { predict } => s.start_run(predict),
            Action::WorkerReady => s.worker_ready = true,
            Action::Report { id, report, node } => {
                if id != s.run_id || s.run != RunState::Running {
                    return self;
                }
                s.node_report = node.map(ReportRef);
                let report = ReportRef(report);
                if s.view == View::Predict {
                    s.puzzle = Some(Puzzle::new(report.clone(), id.wrapping_mul(7919)));
                }
                s.run = RunState::Done(report);
                s.request = None;
            }
            Action::WorkerFailed { message } => {
                if s.run != RunState::Running {
                    return self;
                }
                s.run = RunState::Failed(message);
                s.request = None;
                s.worker_ready = false;
            }
            Action::Stop => {
                if s.run != RunState::Running {
                    return self;
                }
                s.run = RunState::Stopped;
                s.request = None;
                s.worker_ready = false;
            }
            Action::Hover(line) => s.hover = line,
            Action::MoveCard { from, to } => {
                let Some(p) = s.puzzle.as_mut() else {
                    return self;
                };
                if from >= p.cards.len() || to >= p.cards.len() || from == to {
                    return self;
                }
                let card = p.cards.remove(from);
                let up = to < from;
                p.focus = Some((card.key, up));
                p.cards.insert(to, card);
                p.verdict = None;
            }
            Action::Check => {
                let Some(p) = s.puzzle.as_mut() else {
                    return self;
                };
                let verdict = p.check();
                let correct = verdict.correct;
                p.verdict = Some(verdict);
                s.count_prediction(correct);
            }
            Action::ShowOutput => s.view = View::Output,
            Action::Share { base } => {
                let shared = Shared {
                    code: s.code.clone(),
                    mode: s.mode,
                    predict: s.view == View::Predict,
                };
                s.share_url = Some(format!("{base}{}", link::suffix(&shared)));
                s.share_rev += 1;
            }
            Action::Notice(notice) => s.notice = notice,
            Action::Navigate(route) => {
                if route == s.route {
                    return self;
                }
                s.navigate(route);
            }
            Action::SetPlatform(platform) => s.platform = platform,
            Action::CourseLoaded(result) => {
                match result.and_then(|text| {
                    serde_json::from_str::<Course>(&text)
                        .map_err(|e| format!("the course index is unreadable: {e}"))
                }) {
                    Ok(course) => s.learn.course = Some(Rc::new(course)),
                    Err(e) => s.learn.error = Some(e),
                }
            }
            Action::LessonLoaded { id, text } => {
                s.learn
                    .lessons
                    .insert(id, Rc::new(crate::learn::parse_lesson(&text)));
            }
            Action::SnippetLoaded { path, code } => {
                s.learn.snippets.insert(path, code);
            }
            Action::OpenSnippet {
                code,
                esm,
                predict,
                exercise,
            } => {
                s.learn.exercise = exercise.map(|lesson| (lesson, code.clone()));
                s.load_code(code, esm);
                s.start_run(predict);
            }
            Action::StartQuestion { id, code } => {
                let Some(question) = s.question(&id).cloned() else {
                    return self;
                };
                if s.route != Route::Question(id) {
                    return self;
                }
                let predict = question.ask.is_none();
                s.load_code(code, question.is_esm());
                s.platform = Platform::Node;
                s.learn.exercise = None;
                s.learn.quiz = Some(QuizRun {
                    question,
                    result: None,
                    choice: None,
                });
                s.start_run(predict);
            }
            Action::Choose(line) => {
                let Some(report) = s.report().cloned() else {
                    return self;
                };
                let Some(q) = s.learn.quiz.as_mut() else {
                    return self;
                };
                let Some(ask) = q.question.ask.clone() else {
                    return self;
                };
                if q.result.is_some() {
                    return self;
                }
                let right = ask.answers(&accepted_outputs(&report.0)).contains(&line);
                q.choice = Some(line);
                q.result = Some(right);
                let question = q.question.clone();
                s.learn.progress.answer(&question, right);
                s.learn.progress_rev += 1;
            }
            Action::ShareChallenge { base } => {
                let shared = Shared {
                    code: s.code.clone(),
                    mode: s.mode,
                    predict: true,
                };
                s.share_url = Some(format!("{base}{}", link::suffix(&shared)));
                s.share_rev += 1;
            }
            Action::Step(step) => {
                if step == s.step {
                    return self;
                }
                s.step = step;
                // The hovered card may be gone at the new step (its mouseleave never comes).
                s.card_hover = None;
            }
            Action::PickSchedule(schedule) => {
                s.schedule = schedule;
                s.card_hover = None;
            }
            Action::HoverCard(card) => s.card_hover = card,
        }
        Rc::new(s)
    }
}
