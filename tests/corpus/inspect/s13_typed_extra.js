const t = new Uint8Array([1, 2, 3]); t.label = 'bytes'; t[Symbol('s')] = 1;
console.log(t, [t], { t });
const f = new Float32Array(2); f.meta = { unit: 'm' };
console.log(f);
const b = new BigInt64Array([1n, -2n]); b.x = 1;
console.log(b);
console.log(require('util').inspect(t, { showHidden: true }));
const empty = new Int16Array(0); empty.k = 'v';
console.log(empty);
