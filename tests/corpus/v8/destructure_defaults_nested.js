// Object and array patterns V8 words differently: a first property with a default, a nested
// pattern, a parameter given null, a for-of binding, array patterns of non-iterables.
try { const {a = 1} = null } catch (e) { console.log(e.message) }
try { const {a = 1, b} = undefined } catch (e) { console.log(e.message) }
try { const {a, b = 1} = null } catch (e) { console.log(e.message) }
try { const {a: {b}} = {} } catch (e) { console.log(e.message) }
try { const {a: {b}} = {a: null} } catch (e) { console.log(e.message) }
try { const {a: {b}} = null } catch (e) { console.log(e.message) }
try { function f({a}) {}; f(null) } catch (e) { console.log(e.message) }
try { function g(x, {a}) {}; g(1, null) } catch (e) { console.log(e.message) }
try { const h = ({a}) => a; h(null) } catch (e) { console.log(e.message) }
try { for (const {a} of [null]) {} } catch (e) { console.log(e.message) }
try { for (const {a} of [undefined]) {} } catch (e) { console.log(e.message) }
try { for (const [a] of [5]) {} } catch (e) { console.log(e.message) }
try { const [x] = {} } catch (e) { console.log(e.message) }
try { const [x] = 5 } catch (e) { console.log(e.message) }
try { const [x] = null } catch (e) { console.log(e.message) }
