async function f() {
  console.log('f1');
  await 1;
  console.log('f2');
  await 2;
  console.log('f3');
}
const p = Promise.resolve();
p.then(() => console.log('then A1')).then(() => console.log('then A2')).then(() => console.log('then A3'));
f();
p.then(() => console.log('then B1'));
(async () => { await p; console.log('await p'); })();
(async () => { await Promise.resolve(Promise.resolve()); console.log('await nested'); })();
(async () => { await new Promise(r => r(Promise.resolve())); console.log('await resolve(promise)'); })();
