//! The `looplab` command: runs a file the way `node` would, on looplab's model of Node.
//!
//!   looplab FILE [ARGS...]              like `node FILE`: same stdout, stderr and exit code
//!   looplab -e CODE                     like `node -e CODE`
//!   looplab run FILE [--trace] [--all-orderings] [--esm] [--browser] [ARGS...]
//!       --trace          print the run report as JSON instead of the program's output
//!       --all-orderings  print every stdout real Node can produce, separated by `=====` lines
//!       --browser        run it as a browser page would (HTML's event loop, `html_loop.rs`)

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use looplab::stdin::StdinSource;
use looplab::vfs::Vfs;
use looplab::{EntryKind, RunOptions, Stream};

const USAGE: &str = "usage: looplab FILE [ARGS...] | looplab -e CODE | looplab run FILE [--trace] [--all-orderings] [--esm] [--browser] [ARGS...]";

/// Files next to the program (and below, a few levels) go into the run's file system, so
/// relative `require`s and reads work. Bounded: this is a playground, not a disk image.
fn load_tree(dir: &Path, vfs: &mut Vfs, depth: usize, budget: &mut usize) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().collect();
    // node_modules last: its packages must not use up the budget before the program's own files.
    entries.sort_by_key(|e| (e.file_name() == "node_modules", e.file_name()));
    for entry in entries {
        if *budget == 0 {
            return;
        }
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        // node_modules is read too (a program's own small packages), within the budget.
        if name.starts_with('.') || name == "target" {
            continue;
        }
        let Ok(meta) = entry.metadata() else { continue };
        if meta.is_dir() && depth > 0 {
            load_tree(&path, vfs, depth - 1, budget);
        } else if meta.is_file()
            && meta.len() <= 8 << 20
            && let Ok(bytes) = std::fs::read(&path)
        {
            *budget -= 1;
            vfs.insert(path.to_string_lossy().into_owned(), bytes);
        }
    }
}

/// The program's stdin: what is piped or redirected in, read when the program first reads
/// (so a program that never reads waits for nothing); a terminal is left alone, and the
/// program sees an empty pipe as before.
fn real_stdin() -> StdinSource {
    use std::io::{IsTerminal, Read};
    if std::io::stdin().is_terminal() {
        return StdinSource::default();
    }
    StdinSource::provider(|| {
        let mut bytes = Vec::new();
        // A read error ends the input where it happened, as a broken pipe would.
        let _ = std::io::stdin().lock().read_to_end(&mut bytes);
        bytes
    })
}

/// The file could not be run: Node's own report (a missing module) is printed as is.
fn start_failed(message: &str) -> ExitCode {
    if message.starts_with("node:") {
        eprint!("{message}");
    } else {
        eprintln!("looplab: {message}");
    }
    ExitCode::from(1)
}

fn options_for_file(file: &str, args: Vec<String>, esm: bool) -> Result<RunOptions, String> {
    let cwd = std::env::current_dir().map_err(|e| e.to_string())?;
    let path: PathBuf = cwd.join(file);
    let path = std::fs::canonicalize(&path)
        .map_err(|_| looplab::modules::missing_main_module(&path.to_string_lossy()))?;
    let main = path.to_string_lossy().into_owned();
    let code = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut files = Vfs::new();
    let mut budget = 2000;
    if let Some(dir) = path.parent() {
        // Three levels: `node_modules/@scope/pkg/index.js` is the deepest a package's entry sits.
        load_tree(dir, &mut files, 3, &mut budget);
    }
    files.insert(main.clone(), code);
    Ok(RunOptions {
        entry: if esm {
            EntryKind::EsModule
        } else {
            EntryKind::for_path(&main)
        },
        files,
        args,
        cwd: cwd.to_string_lossy().into_owned(),
        env: std::env::vars().collect(),
        tracing: false,
        echo: true,
        stdin: real_stdin(),
        ..RunOptions::snippet(&main, "")
    })
}

enum Mode {
    Plain,
    Trace,
    AllOrderings,
    /// The HTML event loop's run: its stdout and stderr, as a browser console would show.
    Browser,
}

fn execute(options: RunOptions, mode: Mode) -> i32 {
    match mode {
        Mode::Plain => looplab::run_once(&options, Vec::new()).0.exit_code,
        Mode::Trace => {
            let mut options = options;
            options.echo = false;
            options.tracing = true;
            let report = looplab::run(&options);
            match serde_json::to_string_pretty(&report) {
                Ok(json) => println!("{json}"),
                Err(e) => eprintln!("looplab: {e}"),
            }
            report.exit_code
        }
        Mode::Browser => {
            let code = options
                .files
                .read_to_string(&options.main)
                .unwrap_or_default();
            let kind = match options.entry {
                EntryKind::EsModule => looplab::html_loop::ScriptKind::Module,
                EntryKind::CommonJs => looplab::html_loop::ScriptKind::Classic,
            };
            let report = looplab::html_loop::run(&code, kind, options.limits);
            print!("{}", report.text(Stream::Stdout));
            eprint!("{}", report.text(Stream::Stderr));
            report.exit_code
        }
        Mode::AllOrderings => {
            let outputs = looplab::all_orderings(&options);
            print!("{}", outputs.join("=====\n"));
            0
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (options, mode) = match args.first().map(String::as_str) {
        None | Some("-h") | Some("--help") => {
            eprintln!("{USAGE}");
            return ExitCode::from(if args.is_empty() { 9 } else { 0 });
        }
        Some("-e") | Some("--eval") => {
            let Some(code) = args.get(1) else {
                eprintln!("looplab: -e requires an argument");
                return ExitCode::from(9);
            };
            let cwd = std::env::current_dir()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| "/".into());
            // Node names the code `[eval]` (its stack frames, `__filename`, a fatal error's
            // header): it is not a file, so it is handed to the run as `eval`, not put in the vfs.
            let mut options = RunOptions::snippet(&format!("{cwd}/[eval]"), "");
            options.files = looplab::vfs::Vfs::new();
            options.main = "[eval]".into();
            options.eval = Some(code.clone());
            options.args = args[2..].to_vec();
            options.echo = true;
            options.tracing = false;
            options.cwd = cwd;
            options.stdin = real_stdin();
            (options, Mode::Plain)
        }
        Some("run") => {
            let mut file = None;
            let mut mode = Mode::Plain;
            let mut esm = false;
            let mut rest = Vec::new();
            for a in &args[1..] {
                match a.as_str() {
                    "--trace" if file.is_none() || rest.is_empty() => mode = Mode::Trace,
                    "--all-orderings" if file.is_none() || rest.is_empty() => {
                        mode = Mode::AllOrderings
                    }
                    "--esm" if file.is_none() => esm = true,
                    "--browser" if file.is_none() || rest.is_empty() => mode = Mode::Browser,
                    _ if file.is_none() => file = Some(a.clone()),
                    _ => rest.push(a.clone()),
                }
            }
            let Some(file) = file else {
                eprintln!("{USAGE}");
                return ExitCode::from(9);
            };
            match options_for_file(&file, rest, esm) {
                Ok(o) => (o, mode),
                Err(e) => return start_failed(&e),
            }
        }
        Some(file) => match options_for_file(file, args[1..].to_vec(), false) {
            Ok(o) => (o, Mode::Plain),
            Err(e) => return start_failed(&e),
        },
    };
    // Deep JavaScript recursion inside native callbacks uses the native stack: give it room.
    let worker = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || execute(options, mode));
    let code = match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => 70,
    };
    let _ = Stream::Stdout;
    ExitCode::from(code.clamp(0, 255) as u8)
}
