const code = '(function g() { return q; })';
function f() { return eval(code)(); }
try { f(); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n').replaceAll(__dirname, '.')); }
function h() { return eval('(function g() { return q; })')(); }
try { h(); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n').replaceAll(__dirname, '.')); }
