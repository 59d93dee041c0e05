const thenable = { then(res) { console.log('thenable.then called'); res('T'); } };
Promise.all([1, Promise.resolve(2), thenable, new Promise(r => setImmediate(() => r(4)))]).then(v => console.log(v));
Promise.allSettled([Promise.reject(new Error('e')), 1]).then(r => console.log(r.map((o) => o.reason?.message ?? o)));
Promise.race([]).then(() => console.log('never'));
Promise.any([]).catch(e => console.log(e.name, e.message, e.errors));
console.log('sync');
