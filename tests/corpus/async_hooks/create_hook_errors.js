// createHook validates its callbacks; enable and disable return the hook.
const async_hooks = require('async_hooks');
try { async_hooks.createHook({ init: 5 }); } catch (e) { console.log(e.name, e.code, e.message); }
try { async_hooks.createHook({ destroy: 'x' }); } catch (e) { console.log(e.code, e.message); }
const h = async_hooks.createHook({});
console.log(h.enable() === h, h.disable() === h, h.disable() === h);
console.log(Object.keys(async_hooks).sort().join(','));
console.log(async_hooks.asyncWrapProviders.TIMERWRAP, async_hooks.asyncWrapProviders.FSREQCALLBACK, async_hooks.asyncWrapProviders.PROMISE);
