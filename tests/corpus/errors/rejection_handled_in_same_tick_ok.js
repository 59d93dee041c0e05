// A rejection handled before the microtask queue drains is not "unhandled".
const p = Promise.reject(new Error('late but fine'));
Promise.resolve().then(() => {
  p.catch((e) => console.log('handled', e.message));
});
