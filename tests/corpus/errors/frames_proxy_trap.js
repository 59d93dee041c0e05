// A Proxy's get trap throws: its frame is named for the handler object.
const clean = (stack) => stack.split(__dirname + '/').join('');
const handler = {
  get(target, key) {
    if (!(key in target)) throw new ReferenceError(`no property ${String(key)}`);
    return target[key];
  },
};
const config = new Proxy({ port: 80 }, handler);
console.log(config.port);
try { console.log(config.host); } catch (e) { console.log(clean(e.stack).split('\n').slice(0, 3).join('\n')); }
