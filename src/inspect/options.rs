//! `util.inspect` options with Node 20's defaults (`inspectDefaultOptions`).
//!
//! `console.log` & co. format with `formatWithOptions({}, ...)` when stdout is
//! not a TTY (Node's `kNoColorInspectOptions` is `{}`), so they use exactly these
//! defaults: breakLength 80 (not 128; checked against node v20), colors false.
//! `console.dir(obj, opts)` is `inspect(obj, { customInspect: false, ...opts })`.

/// `compact`: `true` (legacy single-line-ish mode) or a number of inner
/// levels to combine on one line (`false` is `Levels(0)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compact {
    /// `compact: true`.
    Always,
    /// `compact: n` (default 3); `compact: false` is `Levels(0)`.
    Levels(u32),
}

/// `getters`: whether the runtime should call getters (and the formatter print
/// `[Getter: value]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Getters {
    No,
    /// `getters: true`.
    All,
    /// `getters: 'get'`: only getters without a setter.
    GetOnly,
    /// `getters: 'set'`: only getters with a setter.
    SetOnly,
}

impl Getters {
    /// Whether an accessor with (getter, setter) presence is evaluated.
    pub fn applies(self, has_set: bool) -> bool {
        match self {
            Getters::No => false,
            Getters::All => true,
            Getters::GetOnly => !has_set,
            Getters::SetOnly => has_set,
        }
    }
}

/// Lists of formatted entries and their order under a `sorted` comparator.
pub type SortOrders = std::collections::BTreeMap<Vec<String>, Vec<String>>;

/// Node's inspect context options.
#[derive(Clone, Debug, PartialEq)]
pub struct InspectOptions {
    pub show_hidden: bool,
    /// `depth`; `null` and `Infinity` are `f64::INFINITY`. Node compares
    /// `recurseTimes > depth`, so negative values (console.table uses -1) work.
    pub depth: f64,
    pub colors: bool,
    /// Read by the runtime: whether to call `[util.inspect.custom]` (and, here,
    /// whether a Node Buffer prints as `<Buffer ..>`).
    pub custom_inspect: bool,
    pub show_proxy: bool,
    /// `maxArrayLength`; `null`/`Infinity` are `usize::MAX`, negatives 0.
    pub max_array_length: usize,
    /// `maxStringLength`; `null`/`Infinity` are `usize::MAX`, negatives 0.
    pub max_string_length: usize,
    /// `breakLength` (may be `f64::INFINITY`).
    pub break_length: f64,
    pub compact: Compact,
    /// `sorted: true`, or a comparator function (then `sort_orders` is set too).
    pub sorted: bool,
    /// `sorted: fn`: the order the comparator gave each list of entries the engine was asked
    /// to sort (the formatter is pure: the lists it lacks come back as misses, see
    /// `inspect_collecting`).
    pub sort_orders: Option<std::sync::Arc<SortOrders>>,
    pub getters: Getters,
    pub numeric_separator: bool,
}

impl Default for InspectOptions {
    fn default() -> Self {
        InspectOptions {
            show_hidden: false,
            depth: 2.0,
            colors: false,
            custom_inspect: true,
            show_proxy: false,
            max_array_length: 100,
            max_string_length: 10000,
            break_length: 80.0,
            compact: Compact::Levels(3),
            sorted: false,
            sort_orders: None,
            getters: Getters::No,
            numeric_separator: false,
        }
    }
}

impl InspectOptions {
    /// Converts a JS number option (`maxArrayLength`, `maxStringLength`) the
    /// way Node uses it: `null`/`Infinity` unlimited, negatives as 0.
    pub fn length_option(v: Option<f64>) -> usize {
        match v {
            None => usize::MAX,
            Some(v) if v.is_nan() || v <= 0.0 => 0,
            Some(v) if v >= usize::MAX as f64 => usize::MAX,
            Some(v) => v.ceil() as usize,
        }
    }

    /// Options `util.format('%o')` uses: `{ ...opts, showHidden: true, showProxy: true, depth: 4 }`.
    pub fn for_format_o(&self) -> InspectOptions {
        InspectOptions {
            show_hidden: true,
            show_proxy: true,
            depth: 4.0,
            ..self.clone()
        }
    }

    /// Options `util.format('%s')` uses for objects with a builtin toString:
    /// `{ ...opts, compact: 3, colors: false, depth: 0 }`.
    pub fn for_format_s(&self) -> InspectOptions {
        InspectOptions {
            compact: Compact::Levels(3),
            colors: false,
            depth: 0.0,
            ..self.clone()
        }
    }

    /// Options `console.dir(obj, opts)` starts from: `{ customInspect: false }`.
    pub fn for_console_dir() -> InspectOptions {
        InspectOptions {
            custom_inspect: false,
            ..InspectOptions::default()
        }
    }

    /// Options `console.table` inspects a cell with: depth -1 for objects with
    /// more than 2 keys (that are not arrays), else 0; maxArrayLength 3;
    /// breakLength Infinity.
    pub fn for_console_table(object_with_many_keys: bool) -> InspectOptions {
        InspectOptions {
            depth: if object_with_many_keys { -1.0 } else { 0.0 },
            max_array_length: 3,
            break_length: f64::INFINITY,
            ..InspectOptions::default()
        }
    }
}
