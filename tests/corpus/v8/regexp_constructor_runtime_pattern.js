// A pattern held in a variable: V8's words come from the value the constructor got.
const patterns = ['(', '[a', 'a)', '*', 'a{2,1}', '\\', '(?<n>a)(?<n>b)', '+a', '(?<a', '[b-a]', '?'];
for (const p of patterns) {
  for (const f of ['', 'u', 'g']) {
    try { new RegExp(p, f); console.log('ok', p, f); } catch (e) { console.log(`${e.name}: ${e.message}`); }
  }
}
for (const flags of ['gg', 'x', 'uv', 'yy']) {
  try { RegExp('a', flags); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
const user = '(unclosed';
try { new RegExp(user); } catch (e) { console.log(e.stack.split('\n').slice(0, 2).join(' | ')); }
try { RegExp(user); } catch (e) { console.log(e.stack.split('\n').slice(0, 2).join(' | ')); }
const re = /x/g;
console.log(RegExp(re) === re, new RegExp(re) === re, RegExp(re, 'i') === re, re.constructor === RegExp);
class MyRe extends RegExp {}
console.log(new MyRe('a+', 'g') instanceof MyRe, new MyRe('a+').test('caa'));
try { new MyRe('('); } catch (e) { console.log(e.message); }
console.log(typeof RegExp[Symbol.species], RegExp.length, RegExp.name);
