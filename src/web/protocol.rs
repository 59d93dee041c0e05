//! The messages between the page and the worker: a run request, and the report (or a failure).

use serde::{Deserialize, Serialize};

use crate::report::RunReport;

/// Whether the snippet is a CommonJS script or an ES module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Mode {
    #[default]
    CommonJs,
    Esm,
}

impl Mode {
    /// The file the snippet is saved as in the run's file system (Node picks the loader by it).
    pub fn main_path(self) -> &'static str {
        match self {
            Mode::CommonJs => "/home/learner/main.js",
            Mode::Esm => "/home/learner/main.mjs",
        }
    }

    /// The value used in share links and local storage.
    pub fn key(self) -> &'static str {
        match self {
            Mode::CommonJs => "cjs",
            Mode::Esm => "esm",
        }
    }

    pub fn from_key(key: &str) -> Option<Mode> {
        match key {
            "cjs" | "commonjs" => Some(Mode::CommonJs),
            "esm" | "module" => Some(Mode::Esm),
            _ => None,
        }
    }
}

/// Which event loop runs the snippet: Node's, or a browser page's (`html_loop`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Platform {
    #[default]
    Node,
    Browser,
}

/// Page to worker: run this code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub id: u32,
    pub code: String,
    pub mode: Mode,
    /// Browser: run under the HTML model, and under Node too for the side-by-side view.
    #[serde(default)]
    pub platform: Platform,
}

/// Worker to page.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Response {
    /// The worker's wasm is loaded: it takes requests from now on.
    Ready,
    /// The report of request `id`.
    Report {
        id: u32,
        report: Box<RunReport>,
        /// For a browser run: the same snippet under Node, shown beside it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        node: Option<Box<RunReport>>,
    },
    /// Request `id` could not be run (an unreadable request).
    Failed { id: u32, message: String },
}
