const p1 = new Promise((res) => { console.log(1); res(); console.log(2); });
p1.then(() => console.log(3));
async function f() {
  console.log(4);
  await null;
  console.log(5);
  await new Promise(r => setTimeout(r, 0));
  console.log(6);
  return 7;
}
f().then(v => console.log(v));
setTimeout(() => console.log(8), 0);
Promise.resolve().then(() => console.log(9)).then(() => console.log(10));
(async () => { try { await Promise.reject(new Error('x')); } catch (e) { console.log('caught', e.message); } finally { console.log('finally'); } })();
console.log(11);
