// The Headers class: case-insensitive names, combined values, Set-Cookie kept apart, sorted
// lower-case iteration, and inspect showing the names as first given.
const h = new Headers({ 'Content-Type': 'text/plain', 'X-A': '1' });
h.append('x-a', '2');
h.set('Accept', 'json');
h.append('Set-Cookie', 'a=1');
h.append('set-cookie', 'b=2');
h.append('Cookie', 'c=1');
h.append('cookie', 'd=2');
console.log(h.get('x-a'), h.get('COOKIE'), h.has('ACCEPT'), h.get('missing'));
console.log([...h]);
console.log([...h.keys()], [...h.values()].length, h.getSetCookie());
h.delete('accept');
console.log(h);
for (const [k, v] of h) console.log(k, v);
h.forEach((v, k, self) => console.log('forEach', k, v, self === h));
console.log(new Headers([['b', '  2  '], ['a', '1']]));
console.log(new Headers(), new Headers(new Headers({ Z: 'z' })));
console.log(Object.prototype.toString.call(h), Object.getOwnPropertyNames(Headers.prototype).join());
for (const bad of [() => new Headers({ 'a b': 1 }), () => h.get('bad name'), () => h.set('x', 'a\nb'), () => new Headers([['a']])]) {
  try { bad(); } catch (e) { console.log(e.name, e.message); }
}
console.log({ headers: new Headers({ Authorization: 'Bearer t' }) });
