// An error made in a promise executor has V8's `at new Promise (<anonymous>)` frame.
const strip = (s) => s.split(__dirname).join('.');
new Promise((res) => { console.log(strip(new Error('in executor').stack.split('\n').slice(0, 3).join('\n'))); res(); });
function make() { return new Promise(() => { throw new Error('thrown'); }); }
make().catch((e) => console.log(strip(e.stack.split('\n').slice(0, 4).join('\n'))));
const delay = (ms) => new Promise((resolve, reject) => {
  if (ms < 0) reject(new Error('negative delay'));
  setTimeout(resolve, ms);
});
delay(-1).catch((e) => console.log(strip(e.stack.split('\n').slice(0, 4).join('\n'))));
