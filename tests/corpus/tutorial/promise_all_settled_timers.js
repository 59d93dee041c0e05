const wait = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
Promise.allSettled([wait(20, 'slow'), wait(5, 'fast'), wait(10, 'bad', true)]).then((r) => console.log(r.map((x) => x.status + ':' + (x.value || x.reason.message)).join(' ')));
Promise.race([wait(15, 'a'), wait(7, 'b')]).then((v) => console.log('race', v));
Promise.any([wait(3, 'x', true), wait(9, 'y')]).then((v) => console.log('any', v));
