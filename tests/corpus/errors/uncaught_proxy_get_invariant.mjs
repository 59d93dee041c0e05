// An uncaught invariant violation of a proxy's get trap, in an ES module.
const config = {};
Object.defineProperty(config, 'version', { value: 1, writable: false, configurable: false });
const proxy = new Proxy(config, {
  get(target, key) {
    return key === 'version' ? 2 : target[key];
  },
});
console.log('reading');
console.log(proxy.version);
