//! File descriptors of a run: the table `fs.open` fills and `fs.read`/`write`/`close` use,
//! numbered as Node 20 numbers them when its output is a pipe (how the corpus is recorded and
//! how the playground reads it): the lowest free number from 17 up (0-2 are stdio, the rest
//! below 17 belong to Node and libuv), and the stdout pipe takes one when it is first used.

use std::cell::RefCell;
use std::collections::BTreeMap;

use boa_engine::Context;

use crate::vfs::FsError;

/// The first descriptor a program's `fs.open` gets from Node 20 on Linux (measured).
pub const FIRST_FD: i32 = 17;
/// More open files than this fail with EMFILE, so a leak cannot grow without bound.
pub const MAX_OPEN: usize = 1024;

/// One open file: its path, where sequential reads and writes continue, and its mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenFile {
    pub path: String,
    pub position: u64,
    pub readable: bool,
    pub writable: bool,
    /// `a` flags: every write goes to the end, whatever the position.
    pub append: bool,
}

/// What a descriptor is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    File(OpenFile),
    /// Taken by Node itself (the stdout pipe), never a file.
    Reserved,
}

/// The descriptors in use.
#[derive(Debug, Default)]
pub struct FdTable {
    entries: BTreeMap<i32, Entry>,
}

impl FdTable {
    /// Take the lowest free descriptor (POSIX's rule, which Node's numbers follow).
    pub fn allocate(&mut self, entry: Entry) -> Result<i32, FsError> {
        if self.entries.len() >= MAX_OPEN {
            return Err(FsError::TooManyOpen);
        }
        let mut fd = FIRST_FD;
        for &used in self.entries.keys() {
            if used == fd {
                fd += 1;
            } else if used > fd {
                break;
            }
        }
        self.entries.insert(fd, entry);
        Ok(fd)
    }

    pub fn file(&self, fd: i32) -> Result<&OpenFile, FsError> {
        match self.entries.get(&fd) {
            Some(Entry::File(f)) => Ok(f),
            _ => Err(FsError::BadDescriptor),
        }
    }

    pub fn file_mut(&mut self, fd: i32) -> Result<&mut OpenFile, FsError> {
        match self.entries.get_mut(&fd) {
            Some(Entry::File(f)) => Ok(f),
            _ => Err(FsError::BadDescriptor),
        }
    }

    pub fn close(&mut self, fd: i32) -> Result<(), FsError> {
        match self.entries.get(&fd) {
            Some(Entry::File(_)) => {
                self.entries.remove(&fd);
                Ok(())
            }
            _ => Err(FsError::BadDescriptor),
        }
    }
}

/// The table of a run, as `Context` data.
pub struct FdTableRef(pub RefCell<FdTable>);

/// The run's descriptor table (created on first use).
pub fn with_table<R>(context: &mut Context, f: impl FnOnce(&mut FdTable) -> R) -> R {
    if context.get_data::<FdTableRef>().is_none() {
        context.insert_data(FdTableRef(RefCell::new(FdTable::default())));
    }
    let table = context
        .get_data::<FdTableRef>()
        .expect("the descriptor table was just inserted");
    let mut table = table.0.borrow_mut();
    f(&mut table)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str) -> Entry {
        Entry::File(OpenFile {
            path: path.into(),
            position: 0,
            readable: true,
            writable: false,
            append: false,
        })
    }

    #[test]
    fn lowest_free_number_from_seventeen() {
        let mut t = FdTable::default();
        assert_eq!(t.allocate(file("/a")), Ok(17));
        assert_eq!(t.allocate(Entry::Reserved), Ok(18));
        assert_eq!(t.allocate(file("/b")), Ok(19));
        t.close(17).unwrap();
        assert_eq!(t.allocate(file("/c")), Ok(17));
        assert_eq!(t.allocate(file("/d")), Ok(20));
    }

    #[test]
    fn reserved_and_closed_descriptors_are_bad() {
        let mut t = FdTable::default();
        let fd = t.allocate(Entry::Reserved).unwrap();
        assert_eq!(t.file(fd), Err(FsError::BadDescriptor));
        assert_eq!(t.close(fd), Err(FsError::BadDescriptor));
        assert_eq!(t.close(99), Err(FsError::BadDescriptor));
    }

    #[test]
    fn too_many_open_files() {
        let mut t = FdTable::default();
        for _ in 0..MAX_OPEN {
            t.allocate(Entry::Reserved).unwrap();
        }
        assert_eq!(t.allocate(file("/x")), Err(FsError::TooManyOpen));
    }
}
