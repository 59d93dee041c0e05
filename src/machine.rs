//! What a run knows of the machine it pretends to run on, beyond the fixed values of
//! `src/js/os.js`: its number of logical cores, the one value the browser can tell
//! (`navigator.hardwareConcurrency`), shared by every thread and process of the run (the
//! world's `cpu_count`).

use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{Context, JsObject, js_string};

use crate::host::Host;

/// The simulated machine's cores when the host cannot tell its real count: fixed, so that a
/// native run (and the corpus) prints the same everywhere.
pub const SIMULATED_CPUS: u32 = 4;

/// The natives of `node:os`.
pub fn natives(context: &mut Context) -> JsObject {
    let cpus = Host::of(context).world.cpu_count.get();
    let mut init = ObjectInitializer::new(context);
    init.property(js_string!("cpuCount"), cpus, Attribute::all());
    init.build()
}
