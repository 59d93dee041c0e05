function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
function toCents(x) { return BigInt(x * 100); }
function pad(s, n) { return s + ' '.repeat(n); }
function money(x, d) { return x.toFixed(d); }
function grid(n) { return new Array(n); }
show(() => BigInt(1.5));
show(() => toCents(1.005));
show(() => pad('a', -1));
show(() => 'abc'.repeat(-1));
show(() => 'abc'.repeat(Infinity));
show(() => money(1.5, 101));
show(() => money(1.5, -1));
show(() => (1.5).toPrecision(0));
show(() => (255).toString(1));
show(() => grid(-1));
show(() => grid(1.5));
show(() => new Array(2 ** 32));
show(() => [].length = -1);
show(() => 'x'.padStart(Infinity));
show(() => 'x'.normalize('bad'));
show(() => new Intl.NumberFormat('en', { maximumFractionDigits: 200 }));
