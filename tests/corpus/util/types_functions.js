// isAsyncFunction and isGeneratorFunction, and generator objects.
const { types } = require('util');
const fns = [function () {}, () => {}, async function () {}, async () => {}, function* () {}, async function* () {}, class {}];
console.log(fns.map((f) => types.isAsyncFunction(f)));
console.log(fns.map((f) => types.isGeneratorFunction(f)));
console.log(types.isGeneratorObject((function* () {})()), types.isGeneratorObject({}), types.isAsyncFunction(Promise.resolve()));
