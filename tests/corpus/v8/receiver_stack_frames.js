// The built-in that refused its receiver is the first frame of the error's stack.
const show = (f) => {
  try { f(); } catch (e) { console.log(e.stack.split('\n').slice(0, 2).join(' | ').replace(/\(.*[\\/]/, '(')); }
};
show(() => Map.prototype.get.call({}));
show(() => Set.prototype.add.call(1));
show(() => Map.prototype.get.call(null));
show(() => Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call({}));
show(() => RegExp.prototype[Symbol.replace].call(1, 'a', 'b'));
show(() => Date.prototype.setTime.call('x', 1));
show(() => Number.prototype.toFixed.call('1'));
