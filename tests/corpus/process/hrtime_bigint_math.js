const a = process.hrtime.bigint();
let s = 0; for (let i = 0; i < 1000; i++) s += i;
const b = process.hrtime.bigint();
console.log(typeof a, b > a, typeof (b - a), (b - a) >= 0n);
console.log(Number(b - a) / 1e6 < 1000);
const [sec, ns] = process.hrtime();
console.log(Number.isInteger(sec), ns < 1e9);
const d = process.hrtime([sec, ns]);
console.log(d.length, d[0] >= 0);
try { process.hrtime.bigint(1); console.log('no throw'); } catch (e) { console.log(e.code); }
try { process.hrtime([1]); } catch (e) { console.log(e.code, e.message); }
