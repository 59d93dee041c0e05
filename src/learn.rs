//! The tutorial and quiz content's format (`www/learn/`), shared by the playground, which
//! fetches it lazily, and the native tests, which check every snippet against `node`.
//!
//! `course.json` lists the lessons in order and the quiz's questions. A lesson is a small
//! Markdown-like text (`lessons/<id>.md`): `# Title`, paragraphs separated by blank lines,
//! `- ` lists, `> ` callouts (where a popular explanation gets Node wrong), inline `code` and
//! **bold**, and snippet lines: `@run name.js` (shown, opens in the editor) and
//! `@predict name.js` (the exercise: opens in predict mode). Snippets live in `snippets/`,
//! quiz snippets in `quiz/`, each with the `.out`/`.outs` that `node` printed.
//!
//! Quiz answers are never stored: an ordering question is checked against the run's stdout
//! (every ordering, for a race), and a multiple-choice question names what to ask about the
//! output (`Ask`), answered from the run by `Ask::answers`.

use serde::{Deserialize, Serialize};

/// `course.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Course {
    pub lessons: Vec<LessonEntry>,
    pub questions: Vec<Question>,
}

/// One lesson in the course's order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LessonEntry {
    pub id: String,
    pub title: String,
}

impl LessonEntry {
    /// The lesson's text, relative to the content folder.
    pub fn path(&self) -> String {
        format!("lessons/{}.md", self.id)
    }
}

/// One quiz question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    /// 1 (basics), 2 (intermediate), 3 (advanced).
    pub level: u8,
    /// The per-topic results are kept by this name.
    pub topic: String,
    /// The snippet's file name in `quiz/` (`.mjs` runs as an ES module).
    pub snippet: String,
    pub prompt: String,
    /// Absent: put the output lines in order (predict mode).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ask: Option<Ask>,
}

impl Question {
    pub fn path(&self) -> String {
        format!("quiz/{}", self.snippet)
    }

    pub fn is_esm(&self) -> bool {
        self.snippet.ends_with(".mjs")
    }
}

/// What a multiple-choice question asks about the program's stdout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "kind", content = "line")]
pub enum Ask {
    /// Which line is printed first?
    First,
    /// Which line is printed last?
    Last,
    /// Which line is printed right after this one?
    After(String),
}

impl Ask {
    /// The right choices, given every stdout the program can print (as lines): for a race,
    /// any line that some ordering puts there is right.
    pub fn answers(&self, outputs: &[Vec<String>]) -> Vec<String> {
        let mut answers: Vec<String> = Vec::new();
        for lines in outputs {
            let answer = match self {
                Ask::First => lines.first(),
                Ask::Last => lines.last(),
                Ask::After(line) => lines
                    .iter()
                    .position(|l| l == line)
                    .and_then(|i| lines.get(i + 1)),
            };
            if let Some(a) = answer
                && !answers.contains(a)
            {
                answers.push(a.clone());
            }
        }
        answers
    }

    /// The choices offered: every distinct line of the output, in a stable order that does
    /// not give the answer away (sorted), without the line asked about.
    pub fn choices(&self, outputs: &[Vec<String>]) -> Vec<String> {
        let mut choices: Vec<String> = outputs.iter().flatten().cloned().collect();
        choices.sort();
        choices.dedup();
        if let Ask::After(line) = self {
            choices.retain(|c| c != line);
        }
        choices
    }
}

/// The learner's progress, kept in local storage as JSON. A value that does not parse, or
/// has another `version`, is ignored (a fresh start), never an error.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Progress {
    pub version: u32,
    /// Lessons opened.
    pub lessons_read: Vec<String>,
    /// Lessons whose predict exercise was solved.
    pub exercises_solved: Vec<String>,
    /// Each question's latest answer: right or not.
    pub answers: std::collections::BTreeMap<String, bool>,
    /// Right answers in a row.
    pub streak: u32,
    pub best_streak: u32,
    /// Per topic: answers right and wrong.
    pub topics: std::collections::BTreeMap<String, TopicScore>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TopicScore {
    pub right: u32,
    pub wrong: u32,
}

impl Progress {
    pub const VERSION: u32 = 1;

    pub fn new() -> Progress {
        Progress {
            version: Progress::VERSION,
            ..Progress::default()
        }
    }

    /// Read a stored value; anything unreadable or from another version starts afresh.
    pub fn from_json(text: &str) -> Progress {
        match serde_json::from_str::<Progress>(text) {
            Ok(p) if p.version == Progress::VERSION => p,
            _ => Progress::new(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The score: questions whose latest answer was right.
    pub fn score(&self) -> usize {
        self.answers.values().filter(|&&right| right).count()
    }

    pub fn read_lesson(&mut self, id: &str) {
        if !self.lessons_read.iter().any(|l| l == id) {
            self.lessons_read.push(id.to_string());
        }
    }

    pub fn solve_exercise(&mut self, id: &str) {
        if !self.exercises_solved.iter().any(|l| l == id) {
            self.exercises_solved.push(id.to_string());
        }
    }

    /// Count an answer: the question's result, the streak and the topic's tally.
    pub fn answer(&mut self, question: &Question, right: bool) {
        self.answers.insert(question.id.clone(), right);
        let topic = self.topics.entry(question.topic.clone()).or_default();
        if right {
            topic.right += 1;
            self.streak += 1;
            self.best_streak = self.best_streak.max(self.streak);
        } else {
            topic.wrong += 1;
            self.streak = 0;
        }
    }
}

/// Inline text of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Code(String),
    Strong(String),
}

/// A block of a lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    Heading(String),
    List(Vec<Vec<Inline>>),
    /// "Popular explanations say X; real Node does Y."
    Callout(Vec<Inline>),
    /// A snippet from `snippets/`: shown with a button to open it in the editor, or, for the
    /// exercise, to predict its output.
    Snippet {
        file: String,
        predict: bool,
    },
}

/// A parsed lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lesson {
    pub title: String,
    pub blocks: Vec<Block>,
}

impl Lesson {
    /// The snippet files the lesson shows, in order.
    pub fn snippets(&self) -> Vec<&str> {
        self.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Snippet { file, .. } => Some(file.as_str()),
                _ => None,
            })
            .collect()
    }

    /// The exercise's snippet (the first `@predict`).
    pub fn exercise(&self) -> Option<&str> {
        self.blocks.iter().find_map(|b| match b {
            Block::Snippet {
                file,
                predict: true,
            } => Some(file.as_str()),
            _ => None,
        })
    }
}

/// Split inline markup: `code` and **strong**; anything unmatched stays text.
pub fn inline(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while !rest.is_empty() {
        let (marker, make): (&str, fn(String) -> Inline) = if rest.starts_with('`') {
            ("`", Inline::Code)
        } else if rest.starts_with("**") {
            ("**", Inline::Strong)
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            plain.push(c);
            rest = &rest[c.len_utf8()..];
            continue;
        };
        let after = &rest[marker.len()..];
        match after.find(marker) {
            Some(end) if end > 0 => {
                if !plain.is_empty() {
                    out.push(Inline::Text(std::mem::take(&mut plain)));
                }
                out.push(make(after[..end].to_string()));
                rest = &after[end + marker.len()..];
            }
            _ => {
                plain.push_str(marker);
                rest = after;
            }
        }
    }
    if !plain.is_empty() {
        out.push(Inline::Text(plain));
    }
    out
}

/// Parse a lesson's text.
pub fn parse_lesson(text: &str) -> Lesson {
    let mut title = String::new();
    let mut blocks = Vec::new();
    let text = text.replace("\r\n", "\n");
    for chunk in text.split("\n\n") {
        let lines: Vec<&str> = chunk.lines().filter(|l| !l.trim().is_empty()).collect();
        let Some(first) = lines.first() else { continue };
        if let Some(h) = first.strip_prefix("# ") {
            title = h.trim().to_string();
        } else if let Some(h) = first.strip_prefix("## ") {
            blocks.push(Block::Heading(h.trim().to_string()));
        } else if first.starts_with('@') {
            for line in &lines {
                let mut words = line.split_whitespace();
                let predict = match words.next() {
                    Some("@predict") => true,
                    Some("@run") => false,
                    _ => continue,
                };
                if let Some(file) = words.next() {
                    blocks.push(Block::Snippet {
                        file: file.to_string(),
                        predict,
                    });
                }
            }
        } else if first.starts_with("- ") {
            let mut items: Vec<String> = Vec::new();
            for line in &lines {
                match line.strip_prefix("- ") {
                    Some(item) => items.push(item.trim().to_string()),
                    None => {
                        if let Some(last) = items.last_mut() {
                            last.push(' ');
                            last.push_str(line.trim());
                        }
                    }
                }
            }
            blocks.push(Block::List(items.iter().map(|i| inline(i)).collect()));
        } else if first.starts_with('>') {
            let joined: Vec<&str> = lines
                .iter()
                .map(|l| l.trim_start_matches('>').trim())
                .collect();
            blocks.push(Block::Callout(inline(&joined.join(" "))));
        } else {
            let joined: Vec<&str> = lines.iter().map(|l| l.trim()).collect();
            blocks.push(Block::Paragraph(inline(&joined.join(" "))));
        }
    }
    Lesson { title, blocks }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lessons_parse_into_blocks() {
        let lesson = parse_lesson(
            "# The loop\n\nFirst `code` and **bold** text,\nwrapped.\n\n## Phases\n\n- one\n- two\n  more\n\n> Myth: it is `fixed`.\n\n@run a.js\n\n@predict b.mjs\n",
        );
        assert_eq!(lesson.title, "The loop");
        assert_eq!(
            lesson.blocks[0],
            Block::Paragraph(vec![
                Inline::Text("First ".into()),
                Inline::Code("code".into()),
                Inline::Text(" and ".into()),
                Inline::Strong("bold".into()),
                Inline::Text(" text, wrapped.".into()),
            ])
        );
        assert_eq!(lesson.blocks[1], Block::Heading("Phases".into()));
        assert_eq!(
            lesson.blocks[2],
            Block::List(vec![
                vec![Inline::Text("one".into())],
                vec![Inline::Text("two more".into())]
            ])
        );
        assert!(matches!(lesson.blocks[3], Block::Callout(_)));
        assert_eq!(lesson.snippets(), ["a.js", "b.mjs"]);
        assert_eq!(lesson.exercise(), Some("b.mjs"));
    }

    #[test]
    fn unmatched_markers_stay_text() {
        assert_eq!(
            inline("a ` b ** c"),
            vec![Inline::Text("a ` b ** c".into())]
        );
    }

    #[test]
    fn choice_answers_come_from_every_ordering() {
        let one = vec!["a".to_string(), "b".into(), "c".into()];
        let two = vec!["a".to_string(), "c".into(), "b".into()];
        assert_eq!(Ask::First.answers(std::slice::from_ref(&one)), ["a"]);
        assert_eq!(Ask::Last.answers(&[one.clone(), two.clone()]), ["c", "b"]);
        assert_eq!(
            Ask::After("a".into()).answers(&[one.clone(), two]),
            ["b", "c"]
        );
        assert_eq!(Ask::After("a".into()).choices(&[one]), ["b", "c"]);
    }

    #[test]
    fn progress_counts_answers_and_ignores_damaged_values() {
        let q = |id: &str, topic: &str| Question {
            id: id.into(),
            level: 1,
            topic: topic.into(),
            snippet: format!("{id}.js"),
            prompt: String::new(),
            ask: None,
        };
        let mut p = Progress::new();
        p.answer(&q("a", "timers"), true);
        p.answer(&q("b", "timers"), true);
        p.answer(&q("c", "esm"), false);
        assert_eq!((p.score(), p.streak, p.best_streak), (2, 0, 2));
        assert_eq!(p.topics["timers"], TopicScore { right: 2, wrong: 0 });
        p.answer(&q("c", "esm"), true);
        assert_eq!((p.score(), p.streak), (3, 1));
        p.read_lesson("phases");
        p.read_lesson("phases");
        assert_eq!(p.lessons_read, ["phases"]);
        assert_eq!(Progress::from_json(&p.to_json()), p);
        for damaged in [
            "",
            "{",
            "null",
            "[1,2]",
            r#"{"version":0}"#,
            r#"{"version":1,"streak":"x"}"#,
        ] {
            assert_eq!(Progress::from_json(damaged), Progress::new(), "{damaged}");
        }
    }

    #[test]
    fn questions_read_from_json() {
        let q: Question = serde_json::from_str(
            r#"{"id":"x","level":2,"topic":"timers","snippet":"x.js","prompt":"?","ask":{"kind":"after","line":"A"}}"#,
        )
        .unwrap();
        assert_eq!(q.ask, Some(Ask::After("A".into())));
        let q: Question = serde_json::from_str(
            r#"{"id":"y","level":1,"topic":"t","snippet":"y.mjs","prompt":"?","ask":{"kind":"last"}}"#,
        )
        .unwrap();
        assert_eq!(q.ask, Some(Ask::Last));
        assert!(q.is_esm());
    }
}
