//! Which page the address shows: the playground, the tutorial (`#learn`, `#learn/<id>`) or
//! the quiz (`#quiz`, `#quiz/<id>`). Share links (`#code/...`) are the playground's; `?embed`
//! strips the page down to the editor, Run, Predict and the output, for an iframe.

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Route {
    #[default]
    Playground,
    Lessons,
    Lesson(String),
    Quiz,
    Question(String),
}

impl Route {
    /// Read the fragment (`#...` or empty).
    pub fn parse(hash: &str) -> Route {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (head, rest) = hash.split_once('/').unwrap_or((hash, ""));
        let id = rest.trim_matches('/');
        match (head, id.is_empty()) {
            ("learn", true) => Route::Lessons,
            ("learn", false) => Route::Lesson(id.to_string()),
            ("quiz", true) => Route::Quiz,
            ("quiz", false) => Route::Question(id.to_string()),
            _ => Route::Playground,
        }
    }

    /// The fragment for this page (`#` alone for the playground).
    pub fn hash(&self) -> String {
        match self {
            Route::Playground => "#".into(),
            Route::Lessons => "#learn".into(),
            Route::Lesson(id) => format!("#learn/{id}"),
            Route::Quiz => "#quiz".into(),
            Route::Question(id) => format!("#quiz/{id}"),
        }
    }

    /// Pages that need the course's index.
    pub fn needs_course(&self) -> bool {
        !matches!(self, Route::Playground)
    }
}

/// Whether the query string asks for the embeddable page (`?embed` or `?embed=1`).
pub fn is_embed(search: &str) -> bool {
    search
        .trim_start_matches('?')
        .split('&')
        .any(|pair| matches!(pair, "embed" | "embed=1" | "embed=true"))
}
