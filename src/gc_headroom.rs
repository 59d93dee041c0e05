//! Headroom for Boa's garbage collector, so promise-heavy programs do not spend their time
//! marking the heap.
//!
//! Boa's collector (`boa_gc` 0.22, not configurable) runs a full collection whenever the bytes
//! of its boxes pass a threshold that starts at 1 MiB and is only raised after a collection
//! that found more than 70% of it live, to the live size / 0.7. After start-up (the prelude
//! and built-in modules: a few MiB of boxes, ~180,000 objects) that leaves a program about
//! 0.43 times the live heap to allocate before the next full mark and sweep, and every promise
//! step allocates several objects: a 10,000-step promise chain spent a third of its
//! instructions collecting.
//!
//! The threshold never decreases, so a ballast raises it for good: boxes of `HEADROOM_BYTES`
//! in all, allocated before anything else on the thread and dropped at once, make the last
//! collection during their allocation set the threshold to at least their size. The first
//! collection after that frees them (early in the prelude, while the heap is small); from
//! then on a program allocates up to about `HEADROOM_BYTES` between collections, as V8's
//! young generation lets it. Garbage is kept longer, never observably: looplab does not run
//! `FinalizationRegistry` callbacks, and a `WeakRef` may outlive its last use in V8 too.

use std::cell::Cell;
use std::mem::MaybeUninit;

use boa_engine::{Finalize, Trace};

/// The collection threshold's floor, in the bytes `boa_gc` counts (its boxes' own sizes, not
/// what they point to: memory in use can be a few times this between collections).
const HEADROOM_BYTES: usize = 32 << 20;

/// One box of ballast. Its bytes are never read or written (and never traced).
const CHUNK_BYTES: usize = 16 << 10;

#[derive(Trace, Finalize)]
struct Ballast(
    // Only the box's size matters: the bytes are never read.
    #[unsafe_ignore_trace]
    #[allow(dead_code)]
    MaybeUninit<[u8; CHUNK_BYTES]>,
);

thread_local! {
    /// Boa's collector is per thread, and its threshold stays raised for the thread's life.
    static RAISED: Cell<bool> = const { Cell::new(false) };
}

/// Raise the collection threshold of this thread's heap to `HEADROOM_BYTES` (once per
/// thread; later calls do nothing).
pub fn ensure() {
    if RAISED.with(|raised| raised.replace(true)) {
        return;
    }
    let ballast: Vec<boa_gc::Gc<Ballast>> = (0..HEADROOM_BYTES / CHUNK_BYTES)
        .map(|_| boa_gc::Gc::new(Ballast(MaybeUninit::uninit())))
        .collect();
    drop(ballast);
}
