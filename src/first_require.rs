//! What a program's first `require` (or `import`) of a built-in module costs node, charged to
//! the virtual clock: node compiles a module's JavaScript when it is first required (and what
//! it requires that is not in its start-up snapshot), a millisecond or more for `crypto`,
//! `zlib`, `child_process`, `stream`; so a `require` after a `setTimeout(f, 1)` in the main
//! script makes the timer due when the loop first looks. The figures are node's, measured by
//! `scripts/measure-require-costs.mjs` into `require_costs.rs`; a module costs less once
//! `process.stdout` exists (making it loaded `net` and `stream`, which many modules share).
//! looplab's own loading of its modules (`builtin_modules.rs`) is not what is charged: it
//! happens at other moments (a lazy global, one module reading another's `internals`).

use std::collections::BTreeSet;

use crate::host::Host;
use crate::require_costs::{FIRST_REQUIRE_US, MODULE_LOAD_US};

/// Which built-ins the program has required or imported, and what it made that changes
/// their cost.
#[derive(Debug, Default)]
pub struct FirstRequires {
    /// Names charged already (a module loads once per process).
    charged: BTreeSet<String>,
    /// The CommonJS `require` path has run once.
    require_warm: bool,
    /// `process.stdout` or `process.stderr` exists: the modules it loaded are shared.
    stdio_made: bool,
}

/// How the program asked for the module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Require,
    Import,
}

/// `process.stdout` or `process.stderr` was made.
pub fn stdio_made(host: &Host) {
    host.state.borrow_mut().first_requires.stdio_made = true;
}

/// The program asks for built-in `id` (`node:` prefix or not): the first time, the time node
/// takes to load it passes.
pub fn charge(host: &Host, id: &str, via: Via) {
    let name = id.strip_prefix("node:").unwrap_or(id);
    let cost = {
        let mut state = host.state.borrow_mut();
        let requires = &mut state.first_requires;
        let mut cost = 0;
        if via == Via::Require && !requires.require_warm {
            requires.require_warm = true;
            cost += FIRST_REQUIRE_US;
        }
        // A require in a loop asks again and again: only the first ask allocates the name.
        if !requires.charged.contains(name) {
            requires.charged.insert(name.to_string());
            let load = MODULE_LOAD_US.iter().find(|(n, ..)| *n == name);
            cost += load.map_or(
                0,
                |&(_, cold, warm)| {
                    if requires.stdio_made { warm } else { cold }
                },
            );
        }
        cost
    };
    host.clock.advance_us(cost);
}
