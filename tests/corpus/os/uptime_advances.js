// os.uptime() moves on as time passes.
const os = require('os');
const a = os.uptime();
setTimeout(() => {
  const b = os.uptime();
  console.log(typeof a, b - a >= 1 && b - a < 3);
}, 1500);
