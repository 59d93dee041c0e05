//! The in-memory file system of a run: the program's own files and whatever it writes.
//! Deterministic and private to the run; nothing here touches the real disk.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;
use std::rc::Rc;

use boa_engine::Context;

/// Files by absolute path (each naming an inode, so hard links share one), and the
/// directories made explicitly (parents of files exist implicitly).
#[derive(Debug, Default, Clone)]
pub struct Vfs {
    files: BTreeMap<String, u64>,
    /// A regular file's contents and attributes, by inode number; gone with its last link.
    inodes: BTreeMap<u64, Inode>,
    /// The inode number the next new file gets (0 until the first: see `new_inode`).
    next_ino: u64,
    dirs: BTreeSet<String>,
    /// What `chmod` and `utimes` changed on a directory, by path (a file's are in its inode);
    /// a path absent here has the defaults.
    meta: BTreeMap<String, Meta>,
    /// Symbolic links: the link's path to its target as written (relative to the link's
    /// directory unless absolute); resolved at each use, so a link may dangle.
    links: BTreeMap<String, String>,
}

/// A regular file: its bytes, how many names it has, and what `chmod`/`utimes` set.
#[derive(Debug, Default, Clone)]
struct Inode {
    bytes: Vec<u8>,
    nlink: u32,
    meta: Meta,
}

/// The first inode number a run's files get. Real numbers are the machine's; these only need
/// to be distinct and stable within a run (a directory's and a symbolic link's are derived
/// from the path, below this range).
const FIRST_FILE_INO: u64 = 1 << 24;

/// A stable inode number for a directory or a symbolic link, from its path (FNV-1a), below
/// the files' range.
fn path_ino(path: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in path.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    2 + hash % (FIRST_FILE_INO - 2)
}

/// How many links one path may pass through before ELOOP (Linux's MAXSYMLINKS).
const MAX_LINK_HOPS: usize = 40;

/// A file's or directory's attributes beyond its bytes, set by `chmod` and `utimes`.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Meta {
    /// The permission bits (`0o7777`), if `chmod` set them.
    pub mode: Option<u32>,
    /// Access and modification times in ms since the epoch, if `utimes` set them.
    pub atime_ms: Option<f64>,
    pub mtime_ms: Option<f64>,
}

/// Why an operation failed, as libuv names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FsError {
    NotFound,
    Exists,
    NotADirectory,
    IsADirectory,
    NotEmpty,
    /// EINVAL: for example, moving a directory into itself.
    InvalidArgument,
    /// A descriptor that is not open (or not open for this).
    BadDescriptor,
    TooManyOpen,
    /// A write that would make a file larger than a Buffer may be.
    TooLarge,
    /// ELOOP: more than 40 symbolic links on one path (a link to itself, a cycle).
    Loop,
    /// EPERM: for example, a hard link to a directory.
    NotPermitted,
}

impl FsError {
    /// libuv's code (`err.code`).
    pub fn code(self) -> &'static str {
        match self {
            FsError::NotFound => "ENOENT",
            FsError::Exists => "EEXIST",
            FsError::NotADirectory => "ENOTDIR",
            FsError::IsADirectory => "EISDIR",
            FsError::NotEmpty => "ENOTEMPTY",
            FsError::InvalidArgument => "EINVAL",
            FsError::BadDescriptor => "EBADF",
            FsError::TooManyOpen => "EMFILE",
            FsError::TooLarge => "EFBIG",
            FsError::Loop => "ELOOP",
            FsError::NotPermitted => "EPERM",
        }
    }
}

fn parent(path: &str) -> Option<&str> {
    match path.rfind('/') {
        Some(0) if path.len() > 1 => Some("/"),
        Some(0) | None => None,
        Some(i) => Some(&path[..i]),
    }
}

impl Vfs {
    pub fn new() -> Self {
        Vfs::default()
    }

    pub fn insert(&mut self, path: impl Into<String>, contents: impl Into<Vec<u8>>) {
        let path = path.into();
        match self
            .files
            .get(&path)
            .and_then(|ino| self.inodes.get_mut(ino))
        {
            Some(inode) => inode.bytes = contents.into(),
            None => {
                let ino = self.new_inode(contents.into());
                self.add_name(&path, ino);
            }
        }
    }

    /// A new inode with no names yet.
    fn new_inode(&mut self, bytes: Vec<u8>) -> u64 {
        let ino = self.next_ino.max(FIRST_FILE_INO);
        self.next_ino = ino + 1;
        self.inodes.insert(
            ino,
            Inode {
                bytes,
                nlink: 0,
                meta: Meta::default(),
            },
        );
        ino
    }

    /// `path` becomes a name of inode `ino` (replacing what it named).
    fn add_name(&mut self, path: &str, ino: u64) {
        self.drop_name(path);
        if let Some(inode) = self.inodes.get_mut(&ino) {
            inode.nlink += 1;
        }
        self.files.insert(path.to_string(), ino);
    }

    /// `path` no longer names its file; the file goes with its last name.
    fn drop_name(&mut self, path: &str) {
        if let Some(ino) = self.files.remove(path)
            && let Some(inode) = self.inodes.get_mut(&ino)
        {
            inode.nlink = inode.nlink.saturating_sub(1);
            if inode.nlink == 0 {
                self.inodes.remove(&ino);
            }
        }
    }

    /// `link`: a new name `to` for the file `from` (which must not be a directory).
    pub fn link(&mut self, from: &str, to: &str) -> Result<(), FsError> {
        if !self.exists(from) && !self.is_link(from) {
            return Err(FsError::NotFound);
        }
        self.check_parent(to)?;
        if self.exists(to) || self.is_link(to) {
            return Err(FsError::Exists);
        }
        let Some(&ino) = self.files.get(from) else {
            // A directory (Linux refuses), or a symbolic link (which links.rs keeps by path:
            // its hard link is a second link with the same target).
            return match self.links.get(from).cloned() {
                Some(target) => {
                    self.links.insert(to.to_string(), target);
                    Ok(())
                }
                None => Err(FsError::NotPermitted),
            };
        };
        self.add_name(to, ino);
        Ok(())
    }

    /// `stat`'s `ino` and `nlink`: a file's inode and its names; a directory's number from its
    /// path and, as Linux counts, 2 (itself and its entry in its parent) plus one per
    /// subdirectory's `..`; a symbolic link's number from its path.
    pub fn ino_nlink(&self, path: &str) -> Option<(u64, u32)> {
        if let Some(ino) = self.files.get(path) {
            return Some((*ino, self.inodes.get(ino).map_or(1, |i| i.nlink)));
        }
        if self.is_link(path) {
            return Some((path_ino(path), 1));
        }
        if self.is_dir(path) {
            let subdirs = self.read_dir(path).map_or(0, |entries| {
                entries.iter().filter(|(_, is_dir)| *is_dir).count()
            });
            return Some((path_ino(path), 2 + subdirs as u32));
        }
        None
    }

    pub fn is_file(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }

    pub fn is_dir(&self, path: &str) -> bool {
        if path == "/" || self.dirs.contains(path) {
            return true;
        }
        let prefix = dir_prefix(path);
        !keys_under(&self.files, &prefix).is_empty()
            || !dirs_under(&self.dirs, &prefix).is_empty()
            || !keys_under(&self.links, &prefix).is_empty()
    }

    pub fn is_link(&self, path: &str) -> bool {
        self.links.contains_key(path)
    }

    /// The path with every symbolic link on it replaced by its target, as the kernel walks
    /// it: each component in turn, a link's target read relative to the link's directory;
    /// the last component is followed only when `follow_last` (lstat, unlink, readlink and
    /// rename act on the link itself). Missing components are left for the operation to
    /// report. The empty path names nothing: the kernel answers ENOENT for it. Looking
    /// inside a file (`file/x`, `file/..`) is ENOTDIR, and so is a trailing slash after a
    /// file (`file/`), which also makes the kernel follow a link at the end.
    pub fn resolve(&self, path: &str, follow_last: bool) -> Result<String, FsError> {
        if path.is_empty() {
            return Err(FsError::NotFound);
        }
        let trailing_slash = path.len() > 1 && path.ends_with('/');
        let follow_last = follow_last || trailing_slash;
        let mut todo: std::collections::VecDeque<String> = path
            .split('/')
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect();
        let mut at = String::new();
        let mut hops = 0;
        while let Some(part) = todo.pop_front() {
            if !at.is_empty() && self.is_file(&at) {
                return Err(FsError::NotADirectory);
            }
            match part.as_str() {
                "." => continue,
                ".." => {
                    at.truncate(at.rfind('/').unwrap_or(0));
                    continue;
                }
                _ => {}
            }
            let next = format!("{at}/{part}");
            match self.links.get(&next) {
                Some(target) if follow_last || !todo.is_empty() => {
                    hops += 1;
                    if hops > MAX_LINK_HOPS {
                        return Err(FsError::Loop);
                    }
                    if target.starts_with('/') {
                        at.clear();
                    }
                    for piece in target.split('/').filter(|c| !c.is_empty()).rev() {
                        todo.push_front(piece.to_string());
                    }
                }
                _ => at = next,
            }
        }
        if trailing_slash && self.is_file(&at) {
            return Err(FsError::NotADirectory);
        }
        Ok(if at.is_empty() { "/".to_string() } else { at })
    }

    /// `readlink`: a link's target as written; EINVAL for anything else that exists.
    pub fn read_link(&self, path: &str) -> Result<String, FsError> {
        match self.links.get(path) {
            Some(target) => Ok(target.clone()),
            None if self.exists(path) => Err(FsError::InvalidArgument),
            None => Err(FsError::NotFound),
        }
    }

    /// `symlink`: a new link at `path` (which must not exist, even as a dangling link) to
    /// `target`, which need not exist.
    pub fn symlink(&mut self, target: &str, path: &str) -> Result<(), FsError> {
        if self.exists(path) || self.is_link(path) {
            return Err(FsError::Exists);
        }
        self.check_parent(path)?;
        self.links.insert(path.to_string(), target.to_string());
        Ok(())
    }

    /// The parent of a path to create must be a directory.
    pub fn check_parent(&self, path: &str) -> Result<(), FsError> {
        match parent(path) {
            Some(dir) if !self.is_dir(dir) => Err(if self.is_file(dir) {
                FsError::NotADirectory
            } else {
                FsError::NotFound
            }),
            _ => Ok(()),
        }
    }

    pub fn exists(&self, path: &str) -> bool {
        self.is_file(path) || self.is_dir(path)
    }

    pub fn read(&self, path: &str) -> Option<&[u8]> {
        let ino = self.files.get(path)?;
        self.inodes.get(ino).map(|i| i.bytes.as_slice())
    }

    /// The bytes of a file, to change in place (writes through a file descriptor).
    pub fn file_mut(&mut self, path: &str) -> Option<&mut Vec<u8>> {
        let ino = self.files.get(path)?;
        self.inodes.get_mut(ino).map(|i| &mut i.bytes)
    }

    pub fn read_to_string(&self, path: &str) -> Option<String> {
        self.read(path)
            .map(|b| String::from_utf8_lossy(b).into_owned())
    }

    /// `readFile`: the bytes, or why not.
    pub fn read_file(&self, path: &str) -> Result<Vec<u8>, FsError> {
        match self.read(path) {
            Some(bytes) => Ok(bytes.to_vec()),
            None if self.is_dir(path) => Err(FsError::IsADirectory),
            None => Err(FsError::NotFound),
        }
    }

    /// `writeFile` / `appendFile`: the parent directory must exist.
    pub fn write_file(&mut self, path: &str, bytes: &[u8], append: bool) -> Result<(), FsError> {
        if self.is_dir(path) {
            return Err(FsError::IsADirectory);
        }
        self.check_parent(path)?;
        if !self.files.contains_key(path) {
            self.insert(path, Vec::new());
        }
        let Some(file) = self.file_mut(path) else {
            return Err(FsError::NotFound);
        };
        if !append {
            file.clear();
        }
        file.extend_from_slice(bytes);
        Ok(())
    }

    /// `readdir`: the names in a directory, sorted, each with whether it is a directory.
    pub fn read_dir(&self, path: &str) -> Result<Vec<(String, bool)>, FsError> {
        if self.is_file(path) {
            return Err(FsError::NotADirectory);
        }
        if !self.is_dir(path) {
            return Err(FsError::NotFound);
        }
        let prefix = dir_prefix(path);
        let mut names: BTreeMap<String, bool> = BTreeMap::new();
        let under = keys_under(&self.files, &prefix)
            .into_iter()
            .chain(dirs_under(&self.dirs, &prefix))
            .chain(keys_under(&self.links, &prefix));
        for name in under {
            let rest = &name[prefix.len()..];
            match rest.split_once('/') {
                Some((dir, _)) => {
                    names.insert(dir.to_string(), true);
                }
                None if !rest.is_empty() => {
                    let is_dir = self.dirs.contains(&format!("{prefix}{rest}"));
                    names.entry(rest.to_string()).or_insert(is_dir);
                }
                None => {}
            }
        }
        Ok(names.into_iter().collect())
    }

    /// `mkdir`: returns the first directory created (for `recursive`).
    pub fn mkdir(&mut self, path: &str, recursive: bool) -> Result<Option<String>, FsError> {
        if self.is_link(path) {
            return Err(FsError::Exists);
        }
        if self.exists(path) {
            return if recursive && self.is_dir(path) {
                Ok(None)
            } else {
                Err(FsError::Exists)
            };
        }
        let mut missing = Vec::new();
        let mut at = Some(path);
        while let Some(p) = at {
            if self.is_dir(p) {
                break;
            }
            if self.is_file(p) {
                return Err(FsError::NotADirectory);
            }
            missing.push(p.to_string());
            at = parent(p);
        }
        if missing.len() > 1 && !recursive {
            return Err(FsError::NotFound);
        }
        let first = missing.last().cloned();
        self.dirs.extend(missing);
        Ok(first)
    }

    /// `unlink`, `rmdir`, `rm`.
    pub fn remove(
        &mut self,
        path: &str,
        recursive: bool,
        dir_only: bool,
        file_only: bool,
    ) -> Result<(), FsError> {
        if self.files.contains_key(path) {
            if dir_only {
                return Err(FsError::NotADirectory);
            }
            self.drop_name(path);
            return Ok(());
        }
        if self.links.contains_key(path) {
            if dir_only {
                return Err(FsError::NotADirectory);
            }
            self.links.remove(path);
            return Ok(());
        }
        if !self.is_dir(path) {
            return Err(FsError::NotFound);
        }
        if file_only {
            return Err(FsError::IsADirectory);
        }
        let prefix = dir_prefix(path);
        let files = keys_under(&self.files, &prefix);
        let dirs = dirs_under(&self.dirs, &prefix);
        let links = keys_under(&self.links, &prefix);
        let empty = files.is_empty() && dirs.is_empty() && links.is_empty();
        if !empty && !recursive {
            return Err(FsError::NotEmpty);
        }
        for name in files {
            self.drop_name(&name);
        }
        for name in links {
            self.links.remove(&name);
        }
        for name in dirs {
            self.dirs.remove(&name);
        }
        self.dirs.remove(path);
        self.forget_meta(path);
        Ok(())
    }

    /// `rename` of a file or a directory (with everything under it). The destination's
    /// directory must exist; a directory cannot move into itself.
    pub fn rename(&mut self, from: &str, to: &str) -> Result<(), FsError> {
        if !self.exists(from) && !self.is_link(from) {
            return Err(FsError::NotFound);
        }
        self.check_parent(to)?;
        // rename(2) of a name to itself does nothing.
        if from == to {
            return Ok(());
        }
        // rename(2) replaces a directory only by a directory, and only an empty one; a file
        // or a link replaces anything but a directory.
        let is_plain_dir =
            |path: &str| !self.is_file(path) && !self.is_link(path) && self.is_dir(path);
        let (from_dir, to_dir) = (is_plain_dir(from), is_plain_dir(to));
        if from_dir {
            if to.starts_with(&dir_prefix(from)) {
                return Err(FsError::InvalidArgument);
            }
            if self.is_file(to) || self.is_link(to) {
                return Err(FsError::NotADirectory);
            }
            if to_dir {
                if !self.read_dir(to)?.is_empty() {
                    return Err(FsError::NotEmpty);
                }
                self.dirs.remove(to);
            }
        } else if to_dir {
            return Err(FsError::IsADirectory);
        }
        // A link moves as itself, replacing a file or link at the destination.
        if let Some(target) = self.links.remove(from) {
            self.drop_name(to);
            self.links.insert(to.to_string(), target);
            return Ok(());
        }
        // rename(2) of two names of one file does nothing.
        if let (Some(a), Some(b)) = (self.files.get(from), self.files.get(to))
            && a == b
        {
            return Ok(());
        }
        self.links.remove(to);
        if let Some(&ino) = self.files.get(from) {
            // The name moves: the inode keeps its count (one name gained, one lost).
            self.drop_name(to);
            self.files.remove(from);
            self.files.insert(to.to_string(), ino);
            return Ok(());
        }
        let prefix = dir_prefix(from);
        if to.starts_with(&prefix) {
            return Err(FsError::InvalidArgument);
        }
        self.move_meta(from, to);
        let moved = |path: &str| format!("{to}/{}", &path[prefix.len()..]);
        for old in keys_under(&self.files, &prefix) {
            if let Some(ino) = self.files.remove(&old) {
                self.files.insert(moved(&old), ino);
            }
        }
        for old in dirs_under(&self.dirs, &prefix) {
            self.dirs.remove(&old);
            self.dirs.insert(moved(&old));
        }
        for old in keys_under(&self.links, &prefix) {
            if let Some(target) = self.links.remove(&old) {
                self.links.insert(moved(&old), target);
            }
        }
        self.dirs.remove(from);
        self.dirs.insert(to.to_string());
        Ok(())
    }

    /// The attributes `chmod`/`utimes` set on `path` (defaults if none).
    pub fn meta(&self, path: &str) -> Meta {
        if let Some(inode) = self.files.get(path).and_then(|ino| self.inodes.get(ino)) {
            return inode.meta;
        }
        self.meta.get(path).copied().unwrap_or_default()
    }

    /// Change the attributes of an existing path (a file's are shared by all its names).
    pub fn set_meta(&mut self, path: &str, change: impl FnOnce(&mut Meta)) -> Result<(), FsError> {
        if let Some(ino) = self.files.get(path)
            && let Some(inode) = self.inodes.get_mut(ino)
        {
            change(&mut inode.meta);
            return Ok(());
        }
        if !self.exists(path) {
            return Err(FsError::NotFound);
        }
        change(self.meta.entry(path.to_string()).or_default());
        Ok(())
    }

    /// `truncate`: cut a file to `len` bytes or extend it with zeros.
    pub fn truncate(&mut self, path: &str, len: usize) -> Result<(), FsError> {
        if len > crate::buffer_natives::MAX_BUFFER_BYTES {
            return Err(FsError::TooLarge);
        }
        if self.is_dir(path) {
            return Err(FsError::IsADirectory);
        }
        let bytes = self.file_mut(path).ok_or(FsError::NotFound)?;
        bytes.resize(len, 0);
        Ok(())
    }

    /// Drop the attributes of `path` and everything under it (it was removed).
    fn forget_meta(&mut self, path: &str) {
        let prefix = dir_prefix(path);
        self.meta
            .retain(|k, _| k != path && !k.starts_with(&prefix));
    }

    /// Move the attributes of `from` and everything under it to `to` (a rename).
    fn move_meta(&mut self, from: &str, to: &str) {
        let prefix = dir_prefix(from);
        let moved: Vec<(String, Meta)> = self
            .meta
            .iter()
            .filter(|(k, _)| *k == from || k.starts_with(&prefix))
            .map(|(k, m)| (format!("{to}{}", &k[from.len()..]), *m))
            .collect();
        self.forget_meta(from);
        self.forget_meta(to);
        self.meta.extend(moved);
    }

    /// `copyFile`.
    pub fn copy_file(&mut self, from: &str, to: &str) -> Result<(), FsError> {
        let bytes = self.read_file(from)?;
        self.write_file(to, &bytes, false)
    }
}

/// `dir` with one trailing slash: the start of every path under it.
fn dir_prefix(dir: &str) -> String {
    format!("{}/", dir.trim_end_matches('/'))
}

/// The names in `map` under `prefix` (a `dir_prefix`): they sit together in sorted order, so
/// the walk starts at the prefix and stops at the first name past it.
fn keys_under<V>(map: &BTreeMap<String, V>, prefix: &str) -> Vec<String> {
    map.range::<str, _>((Bound::Included(prefix), Bound::Unbounded))
        .map(|(name, _)| name)
        .take_while(|name| name.starts_with(prefix))
        .cloned()
        .collect()
}

/// `keys_under` for the set of directories.
fn dirs_under(set: &BTreeSet<String>, prefix: &str) -> Vec<String> {
    set.range::<str, _>((Bound::Included(prefix), Bound::Unbounded))
        .take_while(|name| name.starts_with(prefix))
        .cloned()
        .collect()
}

/// The context's file system, as native functions reach it.
pub struct VfsRef(pub Rc<std::cell::RefCell<Vfs>>);

/// A read-only view of the run's file system.
pub fn of(context: &Context) -> std::cell::Ref<'_, Vfs> {
    match context.get_data::<VfsRef>() {
        Some(v) => v.0.borrow(),
        None => unreachable!("every looplab context is built with a file system"),
    }
}

/// The run's file system, to change it.
pub fn of_mut(context: &Context) -> std::cell::RefMut<'_, Vfs> {
    match context.get_data::<VfsRef>() {
        Some(v) => v.0.borrow_mut(),
        None => unreachable!("every looplab context is built with a file system"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_follow_files_and_mkdir() {
        let mut fs = Vfs::new();
        fs.insert("/a/b.txt", b"hi".to_vec());
        assert!(fs.is_dir("/a") && fs.is_dir("/"));
        assert_eq!(
            fs.read_dir("/a").unwrap(),
            vec![("b.txt".to_string(), false)]
        );
        assert_eq!(fs.mkdir("/a/c/d", false), Err(FsError::NotFound));
        assert_eq!(fs.mkdir("/a/c/d", true), Ok(Some("/a/c".to_string())));
        assert_eq!(
            fs.read_dir("/a").unwrap(),
            vec![("b.txt".to_string(), false), ("c".to_string(), true)]
        );
        assert_eq!(fs.remove("/a", false, true, false), Err(FsError::NotEmpty));
        assert_eq!(fs.write_file("/nope/x", b"", false), Err(FsError::NotFound));
    }

    #[test]
    fn links_resolve_relative_to_their_directory() {
        let mut fs = Vfs::new();
        fs.insert("/a/b.txt", b"hi".to_vec());
        assert_eq!(fs.symlink("b.txt", "/a/l"), Ok(()));
        assert_eq!(fs.symlink("/a", "/d"), Ok(()));
        assert_eq!(fs.symlink("x", "/a/l"), Err(FsError::Exists));
        assert_eq!(fs.resolve("/a/l", true), Ok("/a/b.txt".to_string()));
        assert_eq!(fs.resolve("/a/l", false), Ok("/a/l".to_string()));
        assert_eq!(fs.resolve("/d/l", false), Ok("/a/l".to_string()));
        assert_eq!(
            fs.resolve("/d/../a/b.txt", true),
            Ok("/a/b.txt".to_string())
        );
        assert_eq!(fs.read_link("/a/b.txt"), Err(FsError::InvalidArgument));
        assert_eq!(fs.symlink("self", "/self"), Ok(()));
        assert_eq!(fs.resolve("/self", true), Err(FsError::Loop));
        assert_eq!(
            fs.read_dir("/a").unwrap(),
            vec![("b.txt".to_string(), false), ("l".to_string(), false)]
        );
        assert_eq!(fs.remove("/a/l", false, false, true), Ok(()));
        assert!(fs.is_file("/a/b.txt"));
    }

    #[test]
    fn hard_links_share_an_inode_until_the_last_name_goes() {
        let mut fs = Vfs::new();
        fs.insert("/d/a", b"one".to_vec());
        assert_eq!(fs.link("/d/a", "/d/b"), Ok(()));
        assert_eq!(fs.link("/d/a", "/d/b"), Err(FsError::Exists));
        assert_eq!(fs.link("/d/x", "/d/y"), Err(FsError::NotFound));
        assert_eq!(fs.link("/d", "/e"), Err(FsError::NotPermitted));
        let (ino_a, nlink) = fs.ino_nlink("/d/a").unwrap();
        assert_eq!((fs.ino_nlink("/d/b").unwrap().0, nlink), (ino_a, 2));
        fs.write_file("/d/b", b" two", true).unwrap();
        assert_eq!(fs.read("/d/a"), Some(&b"one two"[..]));
        fs.set_meta("/d/a", |m| m.mode = Some(0o600)).unwrap();
        assert_eq!(fs.meta("/d/b").mode, Some(0o600));
        assert_eq!(fs.rename("/d/a", "/d/b"), Ok(()));
        assert!(fs.is_file("/d/a"));
        fs.remove("/d/a", false, false, true).unwrap();
        assert_eq!(fs.ino_nlink("/d/b"), Some((ino_a, 1)));
        fs.mkdir("/d/sub", false).unwrap();
        assert_eq!(fs.ino_nlink("/d").unwrap().1, 3);
    }
}
