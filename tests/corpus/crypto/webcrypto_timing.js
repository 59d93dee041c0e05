// When crypto.subtle's promises settle: a raw import a microtask later, a digest from the
// thread pool in a poll phase (after the first timers, before the check phase).
const data = new TextEncoder().encode('x');
crypto.subtle.digest('SHA-256', data).then(() => console.log('digest'));
crypto.subtle.importKey('raw', data, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']).then(() => console.log('importKey'));
crypto.subtle.digest('SHA-256').catch(() => console.log('digest rejected'));
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
let p = Promise.resolve();
for (let i = 1; i <= 3; i++) p = p.then(() => console.log('microtask', i));
process.nextTick(() => console.log('nextTick'));
