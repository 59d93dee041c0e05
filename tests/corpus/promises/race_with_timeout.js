// Promise.race between work and a timeout, both ways round.
async function timeoutAfter(ms) { await new Promise(r => setTimeout(r, ms)); throw new Error('timeout ' + ms); }
async function work(ms) { await new Promise(r => setTimeout(r, ms)); return 'work ' + ms; }
Promise.race([work(10), timeoutAfter(5)]).then(console.log, e => console.log(e.message));
Promise.race([work(5), timeoutAfter(10)]).then(console.log, e => console.log(e.message));
