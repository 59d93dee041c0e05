const vals = [0, 1e-7, 1.23e-10, 0.000001, 123.456, 1e15, 1e20, 1e21, 1.7976931348623157e308, 5e-324, -1.005, 2.345, 8.345, 1.255, 0.5, 1.5, -2.5];
for (const v of vals) console.log(v, v.toFixed(0), v.toFixed(2), v.toFixed(20), v.toPrecision(1), v.toPrecision(6), v.toPrecision(21), v.toExponential(4));
try { (1).toFixed(101); } catch (e) { console.log(e.message); }
try { (1).toPrecision(0); } catch (e) { console.log(e.message); }
try { (1).toExponential(-1); } catch (e) { console.log(e.message); }
console.log((1.45).toFixed(1), (1.55).toFixed(1), (10.235).toFixed(2), (1e-7).toPrecision(3), (123456789).toPrecision(3), (0.1).toPrecision(25));
