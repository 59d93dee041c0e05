// Frames of eval code and of functions it defines.
function show(e) {
  console.log(e.stack.split('\n').slice(0, 3).join('\n').replaceAll(__dirname, '.'));
}
try { eval('missing + 1'); } catch (e) { show(e); }
function f() { return eval('(function g() { return q; })')(); }
try { f(); } catch (e) { show(e); }
try {
  eval('\n\nundefinedFn();');
} catch (e) { show(e); }
