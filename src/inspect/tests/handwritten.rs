//! Hand-written unit tests of the formatter helpers (expected strings copied from node v20 output) and robustness tests (cycles, depth, random graphs).
use super::*;

/// A `FormatHost` over precomputed argument facts.
struct Host {
    args: Vec<HostArg>,
}

struct HostArg {
    kind: FormatArg,
    graph: Captured,
    builtin_to_string: bool,
    string: &'static str,
    number: f64,
    int: f64,
    float: f64,
    json: JsonResult,
}

fn prim(kind: FormatArg, number: f64, int: f64, float: f64, json: &str) -> HostArg {
    let node = match &kind {
        FormatArg::String(s) => Node::String(s.clone()),
        FormatArg::Number(n) => Node::Number(*n),
        FormatArg::BigInt(d) => Node::BigInt(d.clone()),
        FormatArg::Boolean(b) => Node::Boolean(*b),
        FormatArg::Undefined => Node::Undefined,
        FormatArg::Null => Node::Null,
        FormatArg::Symbol(d) => Node::Symbol(d.clone()),
        FormatArg::Object => Node::Undefined,
    };
    let mut g = Graph::new();
    let root = g.add(node);
    let json = if json == "undefined" {
        JsonResult::Undefined
    } else {
        JsonResult::Text(t(json))
    };
    HostArg {
        kind,
        graph: Captured { graph: g, root },
        builtin_to_string: true,
        string: "",
        number,
        int,
        float,
        json,
    }
}

fn s(v: &str) -> HostArg {
    let n = v.trim().parse::<f64>().unwrap_or(f64::NAN);
    prim(
        FormatArg::String(t(v)),
        n,
        n.trunc(),
        n,
        &format!("\"{v}\""),
    )
}

fn n(v: f64) -> HostArg {
    prim(
        FormatArg::Number(v),
        v,
        v.trunc(),
        v,
        &js_number_to_string(v),
    )
}

fn object(graph: Graph, root: NodeId, builtin_to_string: bool, string: &'static str) -> HostArg {
    HostArg {
        kind: FormatArg::Object,
        graph: Captured { graph, root },
        builtin_to_string,
        string,
        number: f64::NAN,
        int: f64::NAN,
        float: f64::NAN,
        json: JsonResult::Circular,
    }
}

impl FormatHost for Host {
    type Error = ();
    fn arg_count(&self) -> usize {
        self.args.len()
    }
    fn arg(&mut self, i: usize) -> FormatArg {
        self.args[i].kind.clone()
    }
    fn has_builtin_to_string(&mut self, i: usize) -> Result<bool, ()> {
        Ok(self.args[i].builtin_to_string)
    }
    fn to_js_string(&mut self, i: usize) -> Result<JsText, ()> {
        Ok(t(self.args[i].string))
    }
    fn to_number(&mut self, i: usize) -> Result<f64, ()> {
        Ok(self.args[i].number)
    }
    fn parse_int(&mut self, i: usize) -> Result<f64, ()> {
        Ok(self.args[i].int)
    }
    fn parse_float(&mut self, i: usize) -> Result<f64, ()> {
        Ok(self.args[i].float)
    }
    fn json(&mut self, i: usize) -> Result<JsonResult, ()> {
        Ok(self.args[i].json.clone())
    }
    fn capture(&mut self, i: usize, _opts: &InspectOptions) -> Result<Captured, ()> {
        Ok(self.args[i].graph.clone())
    }
}

fn fmt(args: Vec<HostArg>) -> String {
    format(&mut Host { args }, &InspectOptions::default()).unwrap()
}

/// `{ a: { b: { c: 1 } } }`
fn nested_obj() -> (Graph, NodeId) {
    let mut g = Graph::new();
    let one = g.number(1.0);
    let c = g.object(Object::plain().with("c", one));
    let b = g.object(Object::plain().with("b", c));
    let a = g.object(Object::plain().with("a", b));
    (g, a)
}

#[test]
fn format_missing_arg_keeps_placeholder() {
    assert_eq!(fmt(vec![s("%s %s"), s("a")]), "a %s");
}

#[test]
fn format_s_object_depth0_and_extra_arg() {
    let (g, root) = nested_obj();
    assert_eq!(
        fmt(vec![s("%s"), object(g, root, true, ""), s("x")]),
        "{ a: [Object] } x"
    );
}

#[test]
fn format_s_user_to_string() {
    let (g, root) = nested_obj();
    assert_eq!(
        fmt(vec![s("%s!"), object(g, root, false, "custom toString")]),
        "custom toString!"
    );
}

#[test]
fn format_numbers() {
    let hex = || prim(FormatArg::String(t("0x10")), 16.0, 16.0, 0.0, "");
    assert_eq!(fmt(vec![s("%d|%i|%f"), hex(), hex(), hex()]), "16|16|0");
    assert_eq!(fmt(vec![s("%s"), n(-0.0)]), "-0");
    assert_eq!(
        fmt(vec![
            s("%d %i"),
            prim(FormatArg::BigInt("10".into()), 0.0, 0.0, 0.0, ""),
            prim(FormatArg::Symbol(None), 0.0, 0.0, 0.0, "")
        ]),
        "10n NaN"
    );
}

#[test]
fn format_percent_rules() {
    assert_eq!(fmt(vec![s("a%%b%"), n(1.0)]), "a%b% 1");
    assert_eq!(fmt(vec![s("%%s %s"), s("x")]), "%s x");
    assert_eq!(fmt(vec![s("%"), n(1.0)]), "% 1");
    assert_eq!(fmt(vec![s("%z%s"), n(1.0), n(2.0)]), "%z1 2");
    assert_eq!(fmt(vec![s("%%")]), "%%");
}

#[test]
fn format_first_not_string() {
    assert_eq!(fmt(vec![n(5.0), s("x")]), "5 x");
    assert_eq!(fmt(vec![]), "");
}

#[test]
fn format_json() {
    let (g, root) = nested_obj();
    assert_eq!(
        fmt(vec![
            s("%j %j %j"),
            prim(FormatArg::Undefined, 0.0, 0.0, 0.0, "undefined"),
            object(g, root, true, ""),
            s("q")
        ]),
        "undefined [Circular] \"q\""
    );
}

#[test]
fn format_o_uses_show_hidden() {
    // '%o' of [1, 2] → `[ 1, 2, [length]: 2 ]`
    let mut g = Graph::new();
    let one = g.number(1.0);
    let two = g.number(2.0);
    let len = g.number(2.0);
    let mut arr = Object::new(
        Some("Array"),
        ObjectKind::Array {
            length: 2,
            items: vec![(0, one), (1, two)],
            scanned: 2,
        },
    );
    arr.props.push(Property {
        key: PropKey::String(t("length")),
        value: PropValue::Data(len),
        enumerable: false,
    });
    let root = g.object(arr);
    assert_eq!(
        fmt(vec![s("%o"), object(g.clone(), root, true, "")]),
        "[ 1, 2, [length]: 2 ]"
    );
    // '%O' does not show hidden properties.
    assert_eq!(fmt(vec![s("%O"), object(g, root, true, "")]), "[ 1, 2 ]");
}

#[test]
fn not_captured_child_prints_like_depth_marker() {
    // The runtime stops at depth + 1: a shell with keys, children not captured.
    let mut g = Graph::new();
    let deep = g.add(Node::NotCaptured {
        constructor: Some("Object".into()),
    });
    let c = g.object(Object::plain().with("d", deep));
    let b = g.object(Object::plain().with("c", c));
    let a = g.object(Object::plain().with("b", b));
    let root = g.object(Object::plain().with("a", a));
    check(
        &g,
        root,
        &InspectOptions::default(),
        "{ a: { b: { c: [Object] } } }",
    );
}

#[test]
fn invalid_ids_and_cycles_do_not_panic() {
    let mut g = Graph::new();
    let bad = NodeId(999);
    let o = g.object(Object::plain().with("x", bad));
    check(&g, o, &InspectOptions::default(), "{ x: undefined }");
    // A custom-inspect result pointing at itself stops at the nesting limit.
    let mut g = Graph::new();
    let id = g.reserve();
    g.set(id, Node::Custom(Custom::Value(id)));
    let out = inspect(&g, id, &InspectOptions::default());
    assert!(out.contains("Maximum call stack size exceeded"));
    // Items out of order / beyond length must not panic.
    let mut g = Graph::new();
    let v = g.number(1.0);
    let arr = g.object(Object::new(
        Some("Array"),
        ObjectKind::Array {
            length: 2,
            items: vec![(5, v), (0, v), (1, v)],
            scanned: 0,
        },
    ));
    let _ = inspect(&g, arr, &InspectOptions::default());
}

#[test]
fn deep_nesting_is_bounded() {
    // Small graph: formatted inline, limit INLINE_NESTING.
    let mut g = Graph::new();
    let mut cur = g.number(0.0);
    for _ in 0..99 {
        cur = g.object(Object::plain().with("n", cur));
    }
    let opts = InspectOptions {
        depth: f64::INFINITY,
        ..InspectOptions::default()
    };
    assert!(!inspect(&g, cur, &opts).contains("interrupted"));
    // Big graph (helper thread, limit MAX_NESTING): a long chain of custom
    // inspect results, so the output stays small.
    let mut g = Graph::new();
    let mut cur = g.number(0.0);
    for _ in 0..MAX_NESTING + 10 {
        cur = g.add(Node::Custom(Custom::Value(cur)));
    }
    let out = inspect(&g, cur, &opts);
    assert!(out.contains("Inspection interrupted prematurely"), "{out}");
    let mut g = Graph::new();
    let mut cur = g.number(0.0);
    for _ in 0..MAX_NESTING - 10 {
        cur = g.add(Node::Custom(Custom::Value(cur)));
    }
    assert_eq!(inspect(&g, cur, &opts), "0");
}

#[test]
fn huge_lengths_do_not_allocate() {
    let mut g = Graph::new();
    let v = g.number(1.0);
    let arr = g.object(Object::new(
        Some("Array"),
        ObjectKind::Array {
            length: 4_294_967_295,
            items: vec![(4_294_967_294, v)],
            scanned: 4_294_967_295,
        },
    ));
    // node: a = []; a[2**32 - 2] = 1
    check(
        &g,
        arr,
        &InspectOptions::default(),
        "[ <4294967294 empty items>, 1 ]",
    );
}

#[test]
fn date_iso_edges() {
    assert_eq!(
        date_to_iso(0.0).as_deref(),
        Some("1970-01-01T00:00:00.000Z")
    );
    assert_eq!(
        date_to_iso(8.64e15).as_deref(),
        Some("+275760-09-13T00:00:00.000Z")
    );
    assert_eq!(
        date_to_iso(-8.64e15).as_deref(),
        Some("-271821-04-20T00:00:00.000Z")
    );
    assert_eq!(
        date_to_iso(-1.0).as_deref(),
        Some("1969-12-31T23:59:59.999Z")
    );
    assert_eq!(
        date_to_iso(-62198755200000.0).as_deref(),
        Some("-000001-01-01T00:00:00.000Z")
    );
    assert_eq!(date_to_iso(f64::NAN), None);
    assert_eq!(date_to_iso(8.64e15 + 1.0), None);
}

#[test]
fn number_to_string_rules() {
    assert_eq!(js_number_to_string(-0.0), "0");
    assert_eq!(format_number(-0.0, false), "-0");
    assert_eq!(js_number_to_string(1e21), "1e+21");
    assert_eq!(js_number_to_string(1e-7), "1e-7");
    assert_eq!(js_number_to_string(123456789.123), "123456789.123");
    assert_eq!(js_number_to_string(5e-324), "5e-324");
    assert_eq!(format_number(1.5e-7, true), "1.5e-_7");
    assert_eq!(format_number(1e-7, true), "1e-.1e-_7");
    assert_eq!(format_bigint("-1234567", true), "-1_234_567n");
}

#[test]
fn str_escape_rules() {
    assert_eq!(str_escape(t("it's").units()), "\"it's\"");
    assert_eq!(str_escape(t("a'\"").units()), "`a'\"`");
    assert_eq!(str_escape(t("a'\"`").units()), "'a\\'\"`'");
    assert_eq!(str_escape(tu(&[0x61, 0xd800, 0x62]).units()), "'a\\ud800b'");
}

#[test]
fn console_table_render() {
    // console.table([{ a: 1, b: 'x' }, { a: 2, c: true }])
    let head: Vec<String> = ["(index)", "a", "b", "c"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let cols = vec![
        vec![Some("0".to_string()), Some("1".to_string())],
        vec![Some("1".to_string()), Some("2".to_string())],
        vec![Some("'x'".to_string()), None],
        vec![None, Some("true".to_string())],
    ];
    let expected = "┌─────────┬───┬─────┬──────┐\n│ (index) │ a │ b   │ c    │\n├─────────┼───┼─────┼──────┤\n│ 0       │ 1 │ 'x' │      │\n│ 1       │ 2 │     │ true │\n└─────────┴───┴─────┴──────┘";
    assert_eq!(render_table(&head, &cols), expected);
}

#[test]
fn group_indent_and_assert() {
    assert_eq!(indent_for_group("a\nb", 2), "  a\n  b");
    assert_eq!(indent_for_group("a", 0), "a");
    assert_eq!(assertion_message(None), "Assertion failed");
    assert_eq!(
        assertion_message(Some("[object Object]")),
        "Assertion failed: [object Object]"
    );
}

#[test]
fn getter_returning_function_leaks_indent() {
    // util.inspect({ get f() { return function inner() {}; } }, { getters: true })
    let mut g = Graph::new();
    let f = g.object(Object::new(
        Some("Function"),
        ObjectKind::Function {
            name: t("inner"),
            kind: FunctionKind::Normal,
            extends: None,
        },
    ));
    let mut o = Object::plain();
    o.props.push(Property {
        key: PropKey::String(t("f")),
        value: PropValue::Accessor {
            get: true,
            set: false,
            value: Some(GetterResult::Value(f)),
        },
        enumerable: true,
    });
    let root = g.object(o);
    let opts = InspectOptions {
        getters: Getters::All,
        ..InspectOptions::default()
    };
    check(
        &g,
        root,
        &opts,
        "{\n    f: [Getter: <Inspection threw (Symbol.prototype.toString requires that 'this' be a Symbol)>]\n  }",
    );
}

/// Tiny deterministic PRNG for the robustness test.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn random_text(r: &mut Lcg) -> JsText {
    let pool: [u16; 12] = [
        b'a' as u16,
        b'\'' as u16,
        b'"' as u16,
        b'`' as u16,
        b'\n' as u16,
        0xd800,
        0xdc00,
        0x85,
        0x65e5,
        b'$' as u16,
        b'{' as u16,
        b' ' as u16,
    ];
    let len = r.below(30) as usize;
    JsText::from_utf16((0..len).map(|_| pool[r.below(12) as usize]).collect())
}

fn random_graph(r: &mut Lcg) -> Graph {
    let n = 1 + r.below(40) as u32;
    let mut g = Graph::new();
    let id = |r: &mut Lcg| NodeId(r.below(n as u64 + 3) as u32);
    for _ in 0..n {
        let node = match r.below(24) {
            0 => Node::Undefined,
            1 => Node::Number([0.0, -0.0, f64::NAN, 1e21, -1.5e-7, 123.0][r.below(6) as usize]),
            2 => Node::String(random_text(r)),
            3 => Node::Symbol(Some(random_text(r))),
            4 => Node::BigInt("-123456789".into()),
            5 => Node::Custom(Custom::Text(random_text(r))),
            6 => Node::Custom(Custom::Value(id(r))),
            7 => Node::NotCaptured { constructor: None },
            k => {
                let kind = match k {
                    8 => ObjectKind::Array {
                        length: r.below(300),
                        items: (0..r.below(8)).map(|_| (r.below(300), id(r))).collect(),
                        scanned: r.below(300),
                    },
                    9 => ObjectKind::Map {
                        size: r.below(5) as usize,
                        entries: vec![(id(r), id(r))],
                    },
                    10 => ObjectKind::Set {
                        size: r.below(5) as usize,
                        values: vec![id(r), id(r)],
                    },
                    11 => ObjectKind::Error(ErrorInfo {
                        name: random_text(r),
                        message: Some(random_text(r)),
                        stack: random_text(r),
                        inherited_cause: Some(id(r)),
                    }),
                    12 => ObjectKind::TypedArray {
                        kind: TypedArrayKind::Uint8,
                        length: r.below(200) as usize,
                        elements: TypedElements::Numbers(vec![1.0, 300.0, -5.0]),
                        byte_offset: 0,
                        buffer: Some(id(r)),
                        node_buffer: (r.below(8) == 0).then_some(50.0),
                    },
                    13 => ObjectKind::ArrayBuffer {
                        shared: false,
                        byte_length: r.below(200) as usize,
                        bytes: Some(vec![1, 2]),
                    },
                    14 => ObjectKind::Proxy {
                        target: Some(id(r)),
                        handler: None,
                    },
                    15 => ObjectKind::Promise(PromiseState::Rejected(id(r))),
                    16 => ObjectKind::Date {
                        time: [f64::NAN, 1e20, -1.0, 8.64e15][r.below(4) as usize],
                    },
                    17 => ObjectKind::Function {
                        name: random_text(r),
                        kind: FunctionKind::Class,
                        extends: Some(random_text(r)),
                    },
                    18 => ObjectKind::MapIterator(IterEntries::Pairs(vec![(id(r), id(r))])),
                    19 => ObjectKind::Boxed(Boxed::String(random_text(r))),
                    20 => ObjectKind::ModuleNamespace,
                    21 => ObjectKind::WeakMap {
                        entries: vec![(id(r), id(r))],
                    },
                    22 => ObjectKind::DataView {
                        byte_length: 1,
                        byte_offset: 0,
                        buffer: id(r),
                    },
                    _ => ObjectKind::Plain,
                };
                let ctor = match r.below(3) {
                    0 => None,
                    1 => Some("Object"),
                    _ => Some("Foo"),
                };
                let mut o = Object::new(ctor, kind);
                o.tag = random_text(r);
                for _ in 0..r.below(4) {
                    let value = match r.below(4) {
                        0 => PropValue::Accessor {
                            get: true,
                            set: r.below(2) == 0,
                            value: Some(GetterResult::Value(id(r))),
                        },
                        1 => PropValue::Uninitialized,
                        _ => PropValue::Data(id(r)),
                    };
                    let key = if r.below(3) == 0 {
                        PropKey::Symbol(Some(random_text(r)))
                    } else {
                        PropKey::String(random_text(r))
                    };
                    o.props.push(Property {
                        key,
                        value,
                        enumerable: r.below(3) != 0,
                    });
                }
                Node::Object(Box::new(o))
            }
        };
        g.add(node);
    }
    g
}

#[test]
fn random_graphs_never_panic() {
    let mut r = Lcg(42);
    for iter in 0..2000 {
        if std::env::var("FUZZ_TRACE").is_ok() {
            eprintln!("iter {iter}");
        }
        let g = random_graph(&mut r);
        let opts = InspectOptions {
            show_hidden: r.below(2) == 0,
            depth: [2.0, -1.0, 0.0, 4.0][r.below(4) as usize],
            colors: r.below(2) == 0,
            show_proxy: r.below(2) == 0,
            max_array_length: [0, 1, 100, usize::MAX][r.below(4) as usize],
            max_string_length: [0, 3, usize::MAX][r.below(3) as usize],
            break_length: [0.0, 80.0, f64::INFINITY, -5.0][r.below(4) as usize],
            compact: [
                Compact::Always,
                Compact::Levels(0),
                Compact::Levels(3),
                Compact::Levels(1000),
            ][r.below(4) as usize],
            sorted: r.below(2) == 0,
            sort_orders: None,
            getters: Getters::All,
            numeric_separator: r.below(2) == 0,
            custom_inspect: r.below(2) == 0,
        };
        let root = NodeId(r.below(g.nodes.len() as u64) as u32);
        if std::env::var("FUZZ_ONLY")
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
            == Some(iter)
        {
            eprintln!("{g:#?}\n{opts:?}\nroot {root:?}");
        }
        // Like `inspect`, with a small work budget so explosive graphs stay quick.
        let mut ctx = super::super::formatter::Ctx::new(&g, &opts);
        ctx.steps = MAX_STEPS - 20_000;
        let _ = ctx.format_value(root, 0, false);
        let _ = inspect(&g, root, &InspectOptions { depth: 0.0, ..opts });
    }
}

/// `const a = { name: 'a' }; a.self = a; [a, a]` captured once per place, as Node formats
/// it: the second capture shares the first's identity, so both are `<ref *1>` (node v20).
#[test]
fn one_object_captured_twice_keeps_one_ref_number() {
    let mut g = Graph::new();
    let root = g.reserve();
    let name = g.string("a");
    let first = g.reserve();
    g.set(
        first,
        Node::Object(Box::new(
            Object::plain().with("name", name).with("self", first),
        )),
    );
    let second = g.reserve();
    let mut again = Object::plain().with("name", name).with("self", second);
    again.identity = Some(first);
    g.set(second, Node::Object(Box::new(again)));
    let array = Object::new(
        Some("Array"),
        ObjectKind::Array {
            length: 2,
            items: vec![(0, first), (1, second)],
            scanned: 2,
        },
    );
    g.set(root, Node::Object(Box::new(array)));
    check(
        &g,
        root,
        &InspectOptions::default(),
        "[\n  <ref *1> { name: 'a', self: [Circular *1] },\n  <ref *1> { name: 'a', self: [Circular *1] }\n]",
    );
}
