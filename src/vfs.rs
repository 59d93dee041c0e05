//! The in-memory file system of a run: the program's own files and whatever it writes.
//! Deterministic and private to the run; nothing here touches the real disk.

use std::collections::BTreeMap;
use std::rc::Rc;

use boa_engine::Context;

/// Files by absolute path.
#[derive(Debug, Default, Clone)]
pub struct Vfs {
    files: BTreeMap<String, Vec<u8>>,
}

impl Vfs {
    pub fn new() -> Self {
        Vfs::default()
    }

    pub fn insert(&mut self, path: impl Into<String>, contents: impl Into<Vec<u8>>) {
        self.files.insert(path.into(), contents.into());
    }

    pub fn is_file(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }

    pub fn read(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    pub fn read_to_string(&self, path: &str) -> Option<String> {
        self.read(path)
            .map(|b| String::from_utf8_lossy(b).into_owned())
    }
}

/// The context's file system, as native functions reach it.
pub struct VfsRef(pub Rc<std::cell::RefCell<Vfs>>);

/// A snapshot handle to the run's file system.
pub fn of(context: &Context) -> std::cell::Ref<'_, Vfs> {
    match context.get_data::<VfsRef>() {
        Some(v) => v.0.borrow(),
        None => unreachable!("every looplab context is built with a file system"),
    }
}
