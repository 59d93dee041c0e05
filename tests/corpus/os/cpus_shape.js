// cpus(): one object per core, with model, speed and times (shape only).
const os = require('os');
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0);
const c = cpus[0];
console.log(Object.keys(c), typeof c.model, typeof c.speed);
console.log(Object.keys(c.times), Object.values(c.times).every((t) => Number.isInteger(t) && t >= 0));
