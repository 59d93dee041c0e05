// A combinator given something it cannot iterate rejects with its own frame on top.
const clean = (stack) => stack.split('\n').map((line) => line.replace(/\(\/.*\//, '(')).slice(0, 3).join('\n');
Promise.all(5).catch((e) => console.log(clean(e.stack)));
Promise.race(null).catch((e) => console.log(clean(e.stack)));
Promise.allSettled(true).catch((e) => console.log(clean(e.stack)));
async function main() {
  try { await Promise.any(1); } catch (e) { console.log(clean(e.stack)); }
}
main();
