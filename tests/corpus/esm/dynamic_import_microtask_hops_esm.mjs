let i = 0; const spin = () => { i++; if (i < 100) Promise.resolve().then(spin); };
function measure(label, spec) { return new Promise(res => { i = 0; const p = import(spec); spin(); p.then(() => { console.log(label, i); i = 1000; setTimeout(res, 1); }, (e) => { console.log(label, 'rejected', i, e.code); i = 1000; setTimeout(res, 1); }); }); }
(async () => {
  await measure('first builtin path', 'node:path');
  await measure('again path', 'node:path');
  await measure('first builtin fs', 'fs');
  await measure('again fs', 'fs');
  await measure('missing', './nope.mjs');
  await measure('file', './_dep_logs.mjs');
  await measure('cached file', './_dep_logs.mjs');
  await measure('cached file other spelling', './../b./_dep_logs.mjs');
  await measure('data', 'data:text/javascript,export default 1');
  await measure('data again', 'data:text/javascript,export default 1');
  await measure('cjs file', './_one.cjs');
  await measure('cjs again', './_one.cjs');
})();
