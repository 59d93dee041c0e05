const obj = {
  name: 'obj',
  regular() { return this && this.name; },
  arrow: () => typeof this,
  nested() { return [1].map(function () { return this === globalThis; }); },
  nestedArrow() { return [1].map(() => this.name); },
};
console.log(obj.regular(), obj.arrow(), obj.nested(), obj.nestedArrow());
const detached = obj.regular;
const strictDetached = function () { "use strict"; return this; };
console.log(strictDetached());
console.log(detached() === undefined ? "undefined name" : typeof detached());
console.log(obj.regular.call({ name: 'other' }), obj.regular.bind({ name: 'bound' })());
console.log(this, this === module.exports, typeof globalThis);
