// Object-literal methods, a function-valued property and an arrow property.
const clean = (stack) => stack.split(__dirname + '/').join('');
const api = {
  run() { throw new Error('run'); },
  stop: function () { throw new Error('stop'); },
  pause: () => { throw new Error('pause'); },
  nested: { deep() { throw new Error('deep'); } },
};
for (const f of [() => api.run(), () => api.stop(), () => api.pause(), () => api.nested.deep()]) {
  try { f(); } catch (e) { console.log(clean(e.stack).split('\n').slice(0, 2).join('\n')); }
}
