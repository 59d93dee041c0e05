//! The process's standard input: bytes the host hands a run (`RunOptions::stdin`), read by
//! `process.stdin` (a pipe whose writer is done: `echo hi | looplab run prog.js`),
//! `fs.readFileSync(0)` and `/dev/stdin`, all from one read position, as one pipe would be.
//!
//! The core stays deterministic and free of the host's I/O: the bytes are given up front, or by
//! a provider the host supplies and the run calls at the first read, so a program that never
//! reads its stdin never waits for a terminal or an endless pipe. `all_orderings` runs a
//! program many times: the provider is called once and its bytes kept for every run.

use std::cell::RefCell;
use std::sync::{Arc, OnceLock};

use boa_engine::{Context, JsResult, JsValue};

/// Gives the whole input when the program first reads it.
pub type Provider = dyn Fn() -> Vec<u8> + Send + Sync;

struct Shared {
    provider: Option<Box<Provider>>,
    bytes: OnceLock<Vec<u8>>,
}

/// What a run's stdin holds. The default is an empty pipe (the playground's, a terminal with
/// nothing typed, a child process's main thread before its parent writes).
#[derive(Clone, Default)]
pub struct StdinSource(Option<Arc<Shared>>);

impl std::fmt::Debug for StdinSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = match &self.0 {
            None => "empty",
            Some(shared) if shared.bytes.get().is_some() => "read",
            Some(_) => "not read yet",
        };
        write!(f, "StdinSource({state})")
    }
}

impl StdinSource {
    /// Input known up front (a corpus case's `name.stdin`).
    pub fn bytes(bytes: Vec<u8>) -> Self {
        let cell = OnceLock::new();
        let _ = cell.set(bytes);
        StdinSource(Some(Arc::new(Shared {
            provider: None,
            bytes: cell,
        })))
    }

    /// Input the host reads when the program first asks for it (the CLI's real stdin).
    pub fn provider(read: impl Fn() -> Vec<u8> + Send + Sync + 'static) -> Self {
        StdinSource(Some(Arc::new(Shared {
            provider: Some(Box::new(read)),
            bytes: OnceLock::new(),
        })))
    }

    /// The whole input, asking the provider the first time.
    pub fn contents(&self) -> &[u8] {
        match &self.0 {
            None => &[],
            Some(shared) => shared.bytes.get_or_init(|| {
                shared
                    .provider
                    .as_ref()
                    .map_or_else(Vec::new, |read| read())
            }),
        }
    }
}

/// A run's stdin and how much of it has been read, as `Context` data.
pub struct StdinRef {
    source: StdinSource,
    position: RefCell<usize>,
}

/// Give the run `source` as its stdin.
pub fn install(context: &mut Context, source: StdinSource) {
    context.insert_data(StdinRef {
        source,
        position: RefCell::new(0),
    });
}

/// Up to `max` bytes from the read position on (empty at the end), moving the position.
pub fn take(context: &Context, max: usize) -> Vec<u8> {
    let Some(stdin) = context.get_data::<StdinRef>() else {
        return Vec::new();
    };
    let data = stdin.source.contents();
    let mut position = stdin.position.borrow_mut();
    let start = (*position).min(data.len());
    let end = start + (data.len() - start).min(max);
    *position = end;
    data[start..end].to_vec()
}

/// How many bytes are left to read.
pub fn remaining(context: &Context) -> usize {
    let Some(stdin) = context.get_data::<StdinRef>() else {
        return 0;
    };
    let len = stdin.source.contents().len();
    len.saturating_sub(*stdin.position.borrow())
}

/// `native.stdinRead(max)`: the next bytes of stdin (an empty array at the end).
pub fn read_native(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let max = args
        .first()
        .cloned()
        .unwrap_or_default()
        .to_number(context)?;
    let max = if max.is_finite() && max > 0.0 {
        max as usize
    } else {
        0
    };
    let bytes = take(context, max);
    crate::fs::uint8_array(bytes, context)
}

/// `native.stdinRemaining()`: how many bytes a read would still find.
pub fn remaining_native(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(remaining(context) as f64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn the_provider_is_asked_once_and_only_when_read() {
        static CALLS: AtomicUsize = AtomicUsize::new(0);
        let source = StdinSource::provider(|| {
            CALLS.fetch_add(1, Ordering::SeqCst);
            b"hi\n".to_vec()
        });
        assert_eq!(CALLS.load(Ordering::SeqCst), 0);
        let again = source.clone();
        assert_eq!(source.contents(), b"hi\n");
        assert_eq!(again.contents(), b"hi\n");
        assert_eq!(CALLS.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn reads_move_one_position() {
        let mut context = Context::default();
        install(&mut context, StdinSource::bytes(b"abcdef".to_vec()));
        assert_eq!(remaining(&context), 6);
        assert_eq!(take(&context, 4), b"abcd");
        assert_eq!(take(&context, 4), b"ef");
        assert_eq!(take(&context, 4), b"");
        assert_eq!(remaining(&context), 0);
    }

    #[test]
    fn no_stdin_is_empty() {
        let context = Context::default();
        assert_eq!(take(&context, 10), b"");
        assert_eq!(StdinSource::default().contents(), b"");
    }
}
