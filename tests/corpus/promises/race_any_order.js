// race settles with the first to settle; any with the first to fulfil.
const later = (v, ms, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
Promise.race([later('a', 60), later('b', 30)]).then((v) => console.log('race', v));
Promise.any([later('c', 5, true), later('d', 90)]).then((v) => console.log('any', v));
Promise.any([later('e', 5, true), Promise.reject(new Error('f'))]).catch((e) => console.log(e.constructor.name, e.errors.map((x) => x.message)));
Promise.race([]).then(() => console.log('never'));
