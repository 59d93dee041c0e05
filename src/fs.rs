//! The natives behind `node:fs`: operations on the run's virtual file system, and I/O
//! requests through the thread pool (`io.rs`) for the asynchronous forms. The API shapes
//! (callbacks, sync, promises, errors) live in `src/js/fs.js`, as Node's live in `lib/fs.js`.

use boa_engine::object::ObjectInitializer;
use boa_engine::object::builtins::{AlignedVec, JsArray, JsArrayBuffer, JsFunction, JsUint8Array};
use boa_engine::property::Attribute;
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue, js_string};

use crate::fd;
use crate::host::Host;
use crate::io;
use crate::native_args::arg;
use crate::vfs::{self, FsError};

fn string_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<String> {
    Ok(arg(args, i).to_string(context)?.to_std_string_escaped())
}

/// The second path of a two-path call (`link`, `rename`), resolved without following a
/// symbolic link at its end: both calls act on the name itself.
fn second_path(args: &[JsValue], context: &mut Context) -> JsResult<Result<String, FsError>> {
    let to = string_arg(args, 2, context)?;
    Ok(vfs::of(context).resolve(&to, false))
}

/// The bytes of a Uint8Array (or any typed array view), or of a string as UTF-8.
fn bytes_arg(value: &JsValue, context: &mut Context) -> JsResult<Vec<u8>> {
    if let Some(object) = value.as_object()
        && let Ok(view) = JsUint8Array::from_object(object.clone())
    {
        let offset = view.byte_offset(context)?;
        let length = view.byte_length(context)?;
        let buffer = view.buffer(context)?;
        if let Some(buffer) = buffer
            .as_object()
            .and_then(|b| JsArrayBuffer::from_object(b).ok())
            && let Some(data) = buffer.data()
        {
            return Ok(data
                .get(offset..offset + length)
                .map(<[u8]>::to_vec)
                .unwrap_or_default());
        }
    }
    Ok(value
        .to_string(context)?
        .to_std_string_escaped()
        .into_bytes())
}

pub(crate) fn uint8_array(bytes: Vec<u8>, context: &mut Context) -> JsResult<JsValue> {
    let len = bytes.len();
    let block = AlignedVec::from_iter(0, bytes);
    let buffer = JsArrayBuffer::from_byte_block(block, context)?;
    let _ = len;
    Ok(JsUint8Array::from_array_buffer(buffer, context)?.into())
}

/// `[errorCode, value]`: what an operation returns to fs.js.
fn outcome(result: Result<JsValue, FsError>, context: &mut Context) -> JsValue {
    let (code, value) = match result {
        Ok(v) => (JsValue::null(), v),
        Err(e) => (JsString::from(e.code()).into(), JsValue::undefined()),
    };
    JsArray::from_iter([code, value], context).into()
}

/// `native.call(op, a, b, c)`: run one operation on the file system now.
/// The names Linux gives a process's own descriptor 0.
fn is_stdin_path(path: &str) -> bool {
    matches!(path, "/dev/stdin" | "/proc/self/fd/0" | "/dev/fd/0")
}

fn call(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let op = string_arg(args, 0, context)?;
    let named = string_arg(args, 1, context)?;
    // Symbolic links on the way are followed here, once for every operation; the ones that act
    // on a link itself (lstat, readlink, unlink, rm, rmdir, rename, mkdir, symlink) follow all
    // but the last component.
    let follow_last = !matches!(
        op.as_str(),
        "lstat" | "readlink" | "unlink" | "rm" | "rmdir" | "rename" | "mkdir" | "symlink" | "link"
    );
    // `/dev/stdin` is the process's descriptor 0: reading it drains the stdin pipe.
    if op == "readFile" && is_stdin_path(&named) {
        let bytes = crate::stdin::take(context, usize::MAX);
        return Ok(outcome(Ok(uint8_array(bytes, context)?), context));
    }
    // A trailing slash asks for a directory: mkdir makes one (`dir/` is its name), and a call
    // that would create a file there is EISDIR once the parent is found, as open(2) answers.
    let trailing_slash = named.len() > 1 && named.ends_with('/');
    let creates_file = match op.as_str() {
        "writeFile" | "appendFile" => true,
        "open" => parse_flags(arg(args, 2).to_number(context)? as i64).create,
        _ => false,
    };
    if trailing_slash && creates_file {
        let found = {
            let fs = vfs::of(context);
            fs.resolve(named.trim_end_matches('/'), true)
                .and_then(|path| fs.check_parent(&path))
        };
        return Ok(outcome(
            Err(found.err().unwrap_or(FsError::IsADirectory)),
            context,
        ));
    }
    let named = if trailing_slash && op == "mkdir" {
        named.trim_end_matches('/').to_string()
    } else {
        named
    };
    let resolved = vfs::of(context).resolve(&named, follow_last);
    let path = match resolved {
        Ok(path) => path,
        Err(e) => return Ok(outcome(Err(e), context)),
    };
    let result: Result<JsValue, FsError> = match op.as_str() {
        "readFile" => {
            let read = vfs::of(context).read_file(&path);
            match read {
                Ok(bytes) => Ok(uint8_array(bytes, context)?),
                Err(e) => Err(e),
            }
        }
        "writeFile" | "appendFile" => {
            let bytes = bytes_arg(&arg(args, 2), context)?;
            vfs::of_mut(context)
                .write_file(&path, &bytes, op == "appendFile")
                .map(|()| JsValue::undefined())
        }
        "readdir" => {
            // `[name, isDirectory, isSymbolicLink]` per entry (a link's own type, as d_type).
            let listed = {
                let fs = vfs::of(context);
                fs.read_dir(&path).map(|entries| {
                    entries
                        .into_iter()
                        .map(|(name, is_dir)| {
                            let is_link =
                                fs.is_link(&format!("{}/{name}", path.trim_end_matches('/')));
                            (name, is_dir, is_link)
                        })
                        .collect::<Vec<_>>()
                })
            };
            match listed {
                Ok(entries) => {
                    let items: Vec<JsValue> = entries
                        .into_iter()
                        .map(|(name, is_dir, is_link)| {
                            JsArray::from_iter(
                                [
                                    JsString::from(name.as_str()).into(),
                                    is_dir.into(),
                                    is_link.into(),
                                ],
                                context,
                            )
                            .into()
                        })
                        .collect();
                    Ok(JsArray::from_iter(items, context).into())
                }
                Err(e) => Err(e),
            }
        }
        "lstat" if vfs::of(context).is_link(&path) => {
            let size = vfs::of(context).read_link(&path).map_or(0, |t| t.len());
            let (ino, nlink) = vfs::of(context).ino_nlink(&path).unwrap_or((0, 1));
            let mut init = ObjectInitializer::new(context);
            init.property(js_string!("ino"), ino as f64, Attribute::all());
            init.property(js_string!("nlink"), nlink, Attribute::all());
            init.property(js_string!("isFile"), false, Attribute::all());
            init.property(js_string!("isDirectory"), false, Attribute::all());
            init.property(js_string!("isSymbolicLink"), true, Attribute::all());
            init.property(js_string!("size"), size as f64, Attribute::all());
            Ok(init.build().into())
        }
        "readlink" => {
            let target = vfs::of(context).read_link(&path);
            target.map(|t| JsString::from(t.as_str()).into())
        }
        // link(2) acts on the names themselves: neither is followed if it is a symbolic link.
        "link" => match second_path(args, context)? {
            Ok(to) => vfs::of_mut(context)
                .link(&path, &to)
                .map(|()| JsValue::undefined()),
            Err(e) => Err(e),
        },
        "symlink" => {
            let target = string_arg(args, 2, context)?;
            vfs::of_mut(context)
                .symlink(&target, &path)
                .map(|()| JsValue::undefined())
        }
        // realpath(3): the path with its links resolved, if it names something.
        "realpath" => {
            if vfs::of(context).exists(&path) {
                Ok(JsString::from(path.as_str()).into())
            } else {
                Err(FsError::NotFound)
            }
        }
        "stat" | "lstat" => {
            let (is_file, is_dir, size, meta, ino_nlink) = {
                let fs = vfs::of(context);
                (
                    fs.is_file(&path),
                    fs.is_dir(&path),
                    fs.read(&path).map_or(4096, <[u8]>::len),
                    fs.meta(&path),
                    fs.ino_nlink(&path),
                )
            };
            if is_file || is_dir {
                let optional = |n: Option<f64>| n.map_or(JsValue::undefined(), JsValue::from);
                let (ino, nlink) = ino_nlink.unwrap_or((0, 1));
                let mut init = ObjectInitializer::new(context);
                init.property(js_string!("ino"), ino as f64, Attribute::all());
                init.property(js_string!("nlink"), nlink, Attribute::all());
                init.property(js_string!("isFile"), is_file, Attribute::all());
                init.property(js_string!("isDirectory"), is_dir, Attribute::all());
                init.property(js_string!("size"), size as f64, Attribute::all());
                init.property(
                    js_string!("mode"),
                    optional(meta.mode.map(f64::from)),
                    Attribute::all(),
                );
                init.property(
                    js_string!("atimeMs"),
                    optional(meta.atime_ms),
                    Attribute::all(),
                );
                init.property(
                    js_string!("mtimeMs"),
                    optional(meta.mtime_ms),
                    Attribute::all(),
                );
                Ok(init.build().into())
            } else {
                Err(FsError::NotFound)
            }
        }
        "exists" => Ok(vfs::of(context).exists(&path).into()),
        "open" => {
            let flags = arg(args, 2).to_number(context)?;
            open(&path, flags as i64, context).map(JsValue::from)
        }
        "mkdir" => {
            let recursive = arg(args, 2).to_boolean();
            match vfs::of_mut(context).mkdir(&path, recursive) {
                Ok(Some(first)) if recursive => Ok(JsString::from(first.as_str()).into()),
                Ok(_) => Ok(JsValue::undefined()),
                Err(e) => Err(e),
            }
        }
        "rm" => vfs::of_mut(context)
            .remove(&path, arg(args, 2).to_boolean(), false, false)
            .map(|()| JsValue::undefined()),
        "rmdir" => vfs::of_mut(context)
            .remove(&path, arg(args, 2).to_boolean(), true, false)
            .map(|()| JsValue::undefined()),
        "unlink" => vfs::of_mut(context)
            .remove(&path, false, false, true)
            .map(|()| JsValue::undefined()),
        "rename" => match second_path(args, context)? {
            Ok(to) => vfs::of_mut(context)
                .rename(&path, &to)
                .map(|()| JsValue::undefined()),
            Err(e) => Err(e),
        },
        "chmod" => {
            let mode = arg(args, 2).to_u32(context)? & 0o7777;
            vfs::of_mut(context)
                .set_meta(&path, |m| m.mode = Some(mode))
                .map(|()| JsValue::undefined())
        }
        "utimes" => {
            let atime = arg(args, 2).to_number(context)?;
            let mtime = arg(args, 3).to_number(context)?;
            vfs::of_mut(context)
                .set_meta(&path, |m| {
                    m.atime_ms = Some(atime);
                    m.mtime_ms = Some(mtime);
                })
                .map(|()| JsValue::undefined())
        }
        "truncate" => {
            let len = arg(args, 2).to_number(context)?.max(0.0) as usize;
            vfs::of_mut(context)
                .truncate(&path, len)
                .map(|()| JsValue::undefined())
        }
        "copyFile" => {
            let to = string_arg(args, 2, context)?;
            let to = vfs::of(context).resolve(&to, true);
            let to = match to {
                Ok(to) => to,
                Err(e) => return Ok(outcome(Err(e), context)),
            };
            vfs::of_mut(context)
                .copy_file(&path, &to)
                .map(|()| JsValue::undefined())
        }
        _ => {
            return Err(boa_engine::JsNativeError::typ()
                .with_message(format!("looplab: fs operation '{op}' is not implemented"))
                .into());
        }
    };
    Ok(outcome(result, context))
}

/// What an `fs.open` flag string asks for (the flags `stringToFlags` in Node's
/// `lib/internal/fs/utils.js` accepts; fs.js rejects any other).
struct OpenFlags {
    readable: bool,
    writable: bool,
    create: bool,
    truncate: bool,
    exclusive: bool,
    append: bool,
}

/// open(2)'s flags as stringToFlags gives them: the access mode in the low two bits, then
/// O_CREAT (64), O_EXCL (128), O_TRUNC (512), O_APPEND (1024).
fn parse_flags(flags: i64) -> OpenFlags {
    let access = flags & 3;
    OpenFlags {
        readable: access == 0 || access == 2,
        writable: access == 1 || access == 2,
        create: flags & 64 != 0,
        truncate: flags & 512 != 0,
        exclusive: flags & 64 != 0 && flags & 128 != 0,
        append: flags & 1024 != 0,
    }
}

/// `open(2)` on the virtual file system: create or truncate as the flags say, then take the
/// lowest free descriptor.
fn open(path: &str, flags: i64, context: &mut Context) -> Result<i32, FsError> {
    let flags = parse_flags(flags);
    let (is_file, is_dir) = {
        let fs = vfs::of(context);
        (fs.is_file(path), fs.is_dir(path))
    };
    if is_dir {
        if flags.writable {
            return Err(FsError::IsADirectory);
        }
    } else if flags.exclusive && is_file {
        return Err(FsError::Exists);
    } else if !is_file && !flags.create {
        return Err(FsError::NotFound);
    } else if !is_file || flags.truncate {
        vfs::of_mut(context).write_file(path, &[], false)?;
    }
    let entry = fd::Entry::File(fd::OpenFile {
        path: path.to_string(),
        position: 0,
        readable: flags.readable,
        writable: flags.writable,
        append: flags.append,
    });
    fd::with_table(context, |table| table.allocate(entry))
}

/// `native.fd(op, fd, a, b)`: an operation on an open file descriptor, now; `[code, value]`.
/// `read(fd, length, position)` gives the bytes read, `write(fd, bytes, position)` the count
/// written (a null position continues from the descriptor's own), `fstat(fd)` the stat info.
fn fd_call(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let op = string_arg(args, 0, context)?;
    let fd = arg(args, 1).to_i32(context)?;
    let position = |i: usize, context: &mut Context| -> JsResult<Option<u64>> {
        let value = arg(args, i);
        if value.is_null_or_undefined() {
            return Ok(None);
        }
        let n = value.to_number(context)?;
        Ok((n >= 0.0).then_some(n as u64))
    };
    // Descriptor 0 is the stdin pipe (`stdin.rs`), unless the program closed it and `open`
    // gave the number to a file.
    if fd == 0 && fd::with_table(context, |t| t.file(0).is_err()) {
        return stdin_fd_call(&op, args, context);
    }
    let result: Result<JsValue, FsError> = match op.as_str() {
        "close" => fd::with_table(context, |t| t.close(fd)).map(|()| JsValue::undefined()),
        "read" => {
            let length = arg(args, 2).to_number(context)?.max(0.0) as usize;
            let at = position(3, context)?;
            match read_fd(fd, length, at, context) {
                Ok(bytes) => Ok(uint8_array(bytes, context)?),
                Err(e) => Err(e),
            }
        }
        "write" => {
            let bytes = bytes_arg(&arg(args, 2), context)?;
            let at = position(3, context)?;
            write_fd(fd, &bytes, at, context).map(|n| JsValue::from(n as f64))
        }
        "path" => match fd::with_table(context, |t| t.file(fd).map(|f| f.path.clone())) {
            Ok(path) => Ok(JsString::from(path).into()),
            Err(_) => Err(FsError::BadDescriptor),
        },
        "fstat" => match fd::with_table(context, |t| t.file(fd).map(|f| f.path.clone())) {
            Ok(path) => {
                let stat = [JsString::from("stat").into(), JsString::from(path).into()];
                return call(&JsValue::undefined(), &stat, context);
            }
            Err(_) => Err(FsError::BadDescriptor),
        },
        _ => {
            return Err(boa_engine::JsNativeError::typ()
                .with_message(format!("looplab: fd operation '{op}' is not implemented"))
                .into());
        }
    };
    Ok(outcome(result, context))
}

/// `native.fd(op, 0, ...)`: reads take stdin's next bytes (a pipe has no position, so a
/// given one is not used), fstat describes a pipe (a FIFO of size 0, as fstat(2) gives it).
fn stdin_fd_call(op: &str, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let result: Result<JsValue, FsError> = match op {
        "read" => {
            let length = arg(args, 2).to_number(context)?.max(0.0) as usize;
            let bytes = crate::stdin::take(context, length);
            Ok(uint8_array(bytes, context)?)
        }
        "fstat" => {
            let mut init = ObjectInitializer::new(context);
            init.property(js_string!("isFIFO"), true, Attribute::all());
            init.property(js_string!("isFile"), false, Attribute::all());
            init.property(js_string!("isDirectory"), false, Attribute::all());
            init.property(js_string!("size"), 0, Attribute::all());
            init.property(js_string!("mode"), 0o600, Attribute::all());
            Ok(init.build().into())
        }
        _ => Err(FsError::BadDescriptor),
    };
    Ok(outcome(result, context))
}

fn read_fd(
    fd: i32,
    length: usize,
    at: Option<u64>,
    context: &mut Context,
) -> Result<Vec<u8>, FsError> {
    let file = fd::with_table(context, |t| t.file(fd).cloned())?;
    if !file.readable {
        return Err(FsError::BadDescriptor);
    }
    let start = at.unwrap_or(file.position) as usize;
    let bytes = {
        let fs = vfs::of(context);
        if fs.is_dir(&file.path) {
            return Err(FsError::IsADirectory);
        }
        // A file removed while open reads as empty (its bytes are gone from the vfs).
        let data = fs.read(&file.path).unwrap_or(&[]);
        let start = start.min(data.len());
        data[start..(start + length).min(data.len())].to_vec()
    };
    if at.is_none() {
        let n = bytes.len() as u64;
        let _ = fd::with_table(context, |t| t.file_mut(fd).map(|f| f.position += n));
    }
    Ok(bytes)
}

fn write_fd(
    fd: i32,
    bytes: &[u8],
    at: Option<u64>,
    context: &mut Context,
) -> Result<usize, FsError> {
    let file = fd::with_table(context, |t| t.file(fd).cloned())?;
    if !file.writable {
        return Err(FsError::BadDescriptor);
    }
    let end = {
        let mut fs = vfs::of_mut(context);
        if fs.file_mut(&file.path).is_none() {
            fs.insert(file.path.clone(), Vec::new());
        }
        let data = fs.file_mut(&file.path).ok_or(FsError::NotFound)?;
        // O_APPEND writes at the end whatever the position; beyond the end the gap is zeros.
        let start = if file.append {
            data.len()
        } else {
            at.unwrap_or(file.position) as usize
        };
        let end = start.checked_add(bytes.len()).ok_or(FsError::TooLarge)?;
        if end > crate::buffer_natives::MAX_BUFFER_BYTES {
            return Err(FsError::TooLarge);
        }
        if data.len() < end {
            data.resize(end, 0);
        }
        data[start..end].copy_from_slice(bytes);
        end
    };
    if at.is_none() || file.append {
        let _ = fd::with_table(context, |t| t.file_mut(fd).map(|f| f.position = end as u64));
    }
    Ok(bytes.len())
}

/// `native.request(callback, costUs, api)`: one thread-pool round trip; `callback()` runs in a
/// later poll phase.
pub(crate) fn request(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let Some(callback) = arg(args, 0).as_object().and_then(JsFunction::from_object) else {
        return Ok(JsValue::undefined());
    };
    let cost = arg(args, 1)
        .as_number()
        .map_or(io::REQUEST_COST_US, |n| n.max(1.0) as u64);
    let api = string_arg(args, 2, context)?;
    let at = if host.tracing {
        crate::stack::user_location(context, &host)
    } else {
        None
    };
    io::start_pool(context, &host);
    let async_id = io::submit(&host, &api, cost, callback, Vec::new(), at);
    crate::async_context::emit_init(
        context,
        &host,
        async_id,
        "FSREQCALLBACK",
        JsValue::undefined(),
    )?;
    Ok(JsValue::undefined())
}

/// `native.handleRef(delta)`: a handle (an `fs.watch` watcher) was ref'd (+1) or unref'd or
/// closed (-1).
fn handle_ref(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let delta = arg(args, 0).to_i32(context)?;
    let host = Host::of(context);
    let mut state = host.state.borrow_mut();
    state.active_handles = state.active_handles.saturating_add_signed(delta);
    Ok(JsValue::undefined())
}

/// The natives object handed to `src/js/fs.js`.
pub fn natives(context: &mut Context) -> JsObject {
    let mut init = crate::bindings::natives_initializer(
        context,
        &[
            ("call", call, 4),
            ("fd", fd_call, 4),
            ("request", request, 3),
            ("handleRef", handle_ref, 1),
            ("uvClose", crate::closing::uv_close, 2),
            ("uvCloseSilent", crate::closing::uv_close_silent, 1),
            // For js/process.js, which is evaluated with these natives.
            ("sharedEnv", crate::lane_natives::shared_env, 0),
            ("stdinRead", crate::stdin::read_native, 1),
            ("stdinRemaining", crate::stdin::remaining_native, 0),
        ],
    );
    init.property(
        js_string!("requestCostUs"),
        io::REQUEST_COST_US as f64,
        Attribute::all(),
    );
    init.property(
        js_string!("costPerKibUs"),
        io::COST_PER_KIB_US as f64,
        Attribute::all(),
    );
    init.build()
}
