const s = 'x'.repeat(16);
console.log({ a: s, b: s, c: s, d: s });
console.log({ a: s, b: s, c: s, d: s, e: s });
console.log([s, s, s, s, s]);
console.log({ k1: 'v', k2: 'v', k3: 'v', k4: 'v', k5: 'v', k6: 'v', k7: 'v', k8: 'v', k9: 'v', k10: 'v', k11: 'v', k12: 'v', k13: 'v' });
