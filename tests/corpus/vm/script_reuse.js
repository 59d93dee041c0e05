// One Script, run in several contexts and many times.
const vm = require('vm');
const script = new vm.Script('count += 1; name = "kitty" + count;');
const contexts = [{ count: 0 }, { count: 10 }, { count: 100 }].map((c) => vm.createContext(c));
for (const ctx of contexts) {
  for (let i = 0; i < 3; i++) script.runInContext(ctx);
}
console.log(contexts);
const fresh = script.runInNewContext({ count: 41 });
console.log(fresh);
