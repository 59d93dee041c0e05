// The global console as Node 20 builds it: its keys in Node's order, Object [console], the
// aliases with their own names, and the methods that do nothing without a TTY or inspector.
console.log(console);
console.log(Object.keys(console).length, console.info.name, console.groupCollapsed.name, typeof console.Console);
console.dirxml('dirxml prints like log', { a: 1 });
console.groupCollapsed('collapsed group');
console.log('inside');
console.groupEnd();
console.clear();
console.profile('p'); console.profileEnd('p'); console.timeStamp('t');
console.log(Object.prototype.toString.call(console), String(console));
