const target = { big: 'object' };
const w = new WeakRef(target);
console.log(w, [w], { w });
console.log(w.deref() === target, Object.prototype.toString.call(w));
const fr = new FinalizationRegistry(() => {});
console.log(fr, { fr });
console.log(new WeakMap(), new WeakSet(), [new WeakMap([[{}, 1]])]);
