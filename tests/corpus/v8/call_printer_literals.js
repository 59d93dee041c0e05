// How V8's call printer shows callees that are not names: parenthesised expressions,
// literals, tagged templates, `super` and objects made by `new`.
function t() { return 1; }
function foo() { return {}; }
class A {}
class B extends A { m() { super.m(); } }
try { (() => 5)()() } catch (e) { console.log(e.message) }
try { (function () {})()() } catch (e) { console.log(e.message) }
try { (5)() } catch (e) { console.log(e.message) }
try { 'abc'() } catch (e) { console.log(e.message) }
try { `x`() } catch (e) { console.log(e.message) }
try { t`x`() } catch (e) { console.log(e.message) }
try { new B().m() } catch (e) { console.log(e.message) }
try { new (class {})().go() } catch (e) { console.log(e.message) }
try { new A().go() } catch (e) { console.log(e.message) }
try { foo().bar() } catch (e) { console.log(e.message) }
try { const o = {a: {}}; o?.a.b() } catch (e) { console.log(e.message) }
try { const o = {a: {}}; o.a?.b() } catch (e) { console.log(e.message) }
