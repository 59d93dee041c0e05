// V8 names the receiver a collection method refused, as its short printer shows it.
class Foo {}
const receivers = [{}, 1, 'abc', [1], null, Symbol('q'), () => 1, new Set(), Object.create(null), 10n, new Error('boom'), new Foo(), true, 1.5];
const methods = [Map.prototype.get, Map.prototype.set, Set.prototype.add, Set.prototype.has, WeakMap.prototype.set, WeakSet.prototype.add, Promise.prototype.then];
for (const method of methods) {
  for (const receiver of receivers) {
    try {
      method.call(receiver);
    } catch (e) {
      console.log(e.message);
    }
  }
}
const size = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
try { size.call([]); } catch (e) { console.log(e.message); }
const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
try { setSize.call(new Map()); } catch (e) { console.log(e.message); }
class MyMap extends Map {}
console.log(Map.prototype.get.call(new MyMap([[1, 'one']]), 1));
console.log(Set.prototype.keys === Set.prototype.values, Map.prototype[Symbol.iterator] === Map.prototype.entries);
