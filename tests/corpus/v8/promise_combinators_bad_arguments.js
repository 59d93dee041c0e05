// Promise combinators given non-iterables, then with a non-callable handler.
Promise.all(5).catch(e => console.log('all', e.message));
Promise.race(undefined).catch(e => console.log('race', e.message));
Promise.allSettled({}).catch(e => console.log('allSettled', e.message));
Promise.any(null).catch(e => console.log('any', e.message));
Promise.any([]).catch(e => console.log('any []', e.message, e.errors));
Promise.all([1, Promise.reject(new Error('x'))]).catch(e => console.log('all rej', e.message));
Promise.resolve().then(5).then(v => console.log('then 5', v));
try { Promise.resolve.call(1) } catch (e) { console.log(e.message); }
try { new Promise(5) } catch (e) { console.log(e.message); }
