for (const r of [2, 3, 5, 7, 8, 16, 36]) console.log(r, (0.1).toString(r), (123.456).toString(r), (-0.75).toString(r), (1e-7).toString(r), (2 ** 60 + 0.5).toString(r));
console.log((1e21).toString(16), (1.5e300).toString(36).length, Number.MAX_VALUE.toString(2).length, (5e-324).toString(2).length);
console.log((255).toString(), (NaN).toString(2), (-Infinity).toString(16), (0).toString(36), (-0).toString(2));
console.log(BigInt(2 ** 60).toString(36), (-255n).toString(16), 12345678901234567890n.toString(2));
try { (1).toString(1); } catch (e) { console.log(e.name, e.message); }
try { (1).toString(37); } catch (e) { console.log(e.name, e.message); }
console.log(parseInt('ff', 16), parseInt('0.1', 2), parseFloat('.5e-3'), Number('0b101'), Number('0o17'), Number('1e'), Number('-0x10'));
