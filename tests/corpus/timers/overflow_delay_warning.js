// A delay beyond 2^31-1 ms prints a TimeoutOverflowWarning and becomes 1 ms.
const t = setTimeout(() => console.log('overflowed timer fired'), 2 ** 31);
console.log('idleTimeout', t._idleTimeout);
setTimeout(() => console.log('10 ms'), 10);
