// The loopback interface's entries (every Linux machine has them).
const os = require('os');
const lo = os.networkInterfaces().lo;
console.log(lo.map((e) => [e.address, e.netmask, e.family, e.mac, e.internal, e.cidr, e.scopeid]));
