const log = (s) => console.log(s);
Promise.all([]).then(() => log('all []'));
Promise.allSettled([]).then(() => log('allSettled []'));
Promise.any([]).catch((e) => log('any [] ' + e.constructor.name + ' ' + e.errors.length));
Promise.race([]).then(() => log('race [] never'));
Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) => log('any rejected ' + e.errors));
Promise.resolve().then(() => log('m1')).then(() => log('m2')).then(() => log('m3'));
