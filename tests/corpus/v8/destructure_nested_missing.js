// A nested pattern whose value is missing: V8 words the nested pattern's own load.
const tryIt = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(`${e.name}: ${e.message}`); } };
tryIt(() => { const { a: [b] } = {}; });
tryIt(() => { const {a:{b}} = {}; });
tryIt(() => { const [[x]] = []; });
tryIt(() => { const [{ y }] = []; });
const src = {};
tryIt(() => { const { a: [b] } = src; });
tryIt(() => { const [[x], y] = []; });
tryIt(() => { let b; ({ a: [b] } = {}); });
function p({ a: [b] }) { return b; }
tryIt(() => p({}));
