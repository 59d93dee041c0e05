try { new Function('a', '}'); } catch (e) { console.log(e.message); }
const add = new Function('a', 'b', 'return a + b');
console.log(add(2, 3), String(add));
console.log(String(new Function()));
console.log(`${Function('x', 'y = 1', 'return x + y')}`);
const AsyncFunction = (async () => {}).constructor;
const GeneratorFunction = function* () {}.constructor;
const AsyncGeneratorFunction = async function* () {}.constructor;
console.log(String(AsyncFunction('await 1')));
console.log(String(new GeneratorFunction('n', 'yield n')));
console.log(AsyncGeneratorFunction('').toString());
console.log([...new GeneratorFunction('n', 'yield n; yield n + 1')(5)]);
console.log(add, AsyncFunction('x', 'return x'), new GeneratorFunction());
console.log(add instanceof Function, add.name, add.length, Function.prototype.constructor === Function);
console.log(Object.getPrototypeOf(AsyncFunction) === Function, AsyncFunction.name, GeneratorFunction.prototype.constructor === GeneratorFunction);
console.log('%s|%s', add, class Q { q() {} });
