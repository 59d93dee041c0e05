// import() of data: URLs: JavaScript (percent-encoded or base64) and JSON.
const ns = await import('data:text/javascript,export default 42; export const x = "y%20z";');
console.log(ns, ns.default);
const json = await import('data:application/json,{"a":[1,2]}', { with: { type: 'json' } });
console.log(json, json.default.a);
const b = await import('data:text/javascript;base64,ZXhwb3J0IGNvbnN0IGIgPSAy');
console.log(b.b, Object.keys(b));
const again = await import('data:text/javascript,export default 42; export const x = "y%20z";');
console.log(again === ns);
try { await import('data:text/plain,hello'); } catch (e) { console.log(e.name, e.code, e.message); }
