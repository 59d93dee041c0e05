const target = { big: 'data' };
const ref = new WeakRef(target);
const reg = new FinalizationRegistry(() => {});
reg.register(target, 'held');
console.log(ref, reg);
console.log([ref], { ref, reg });
console.log(ref.deref(), require('util').inspect(ref, { showHidden: true }));
console.log(new WeakMap(), new WeakSet([{}]));
