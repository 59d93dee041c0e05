// The recursion depth reached before the RangeError is large (exact value is engine-specific, so only a bound is printed).
let depth = 0;
function dive() { depth++; dive(); }
try { dive(); } catch (e) { console.log(e.name, depth > 1000); }
