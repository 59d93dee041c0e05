// A promise chain recursing five times finishes before the first immediate.
let ticks = 0;
const imm = setImmediate(() => console.log('immediate, ticks run:', ticks));
function spin() { if (ticks++ < 5) Promise.resolve().then(spin); }
spin();
console.log(imm.hasRef());
