const target = { a: 1 };
const logged = [];
const p = new Proxy(target, {
  get(t, k, r) { logged.push(String(k)); return Reflect.get(t, k, r); },
  set(t, k, v) { t[k] = v * 2; return true; },
});
p.b = 5;
console.log(target, p.a, p.b);
console.log(Reflect.ownKeys(p), Reflect.has(p, 'a'));
console.log(logged);
const revocable = Proxy.revocable({}, {});
revocable.revoke();
console.log(revocable.proxy);
console.log([new Proxy([1, 2], {})], { p: new Proxy(new Map(), {}) });
