const log = (s) => console.log(s);
Promise.all([1, Promise.resolve(2)]).then((v) => log('all ' + v));
Promise.allSettled([Promise.reject(new Error('x')), 3]).then((r) => log('allSettled ' + r.map((x) => x.status)));
Promise.any([Promise.reject(1), Promise.resolve(4)]).then((v) => log('any ' + v));
Promise.race([5, Promise.resolve(6)]).then((v) => log('race ' + v));
Promise.resolve().then(() => log('m1')).then(() => log('m2')).then(() => log('m3')).then(() => log('m4'));
