// executionAsyncId and triggerAsyncId in the main script and the loop's callbacks.
const { executionAsyncId, triggerAsyncId, executionAsyncResource } = require('async_hooks');
const fs = require('fs');
const out = (s) => fs.writeSync(1, s + '\n');
out(`main ${executionAsyncId()} ${triggerAsyncId()}`);
const t = setTimeout(() => {
  out(`timeout ${executionAsyncId() === +t} ${triggerAsyncId()}`);
  out(`resource is the Timeout: ${executionAsyncResource() === t}`);
  setImmediate(() => out(`immediate in timeout, triggered by the timeout: ${triggerAsyncId() === +t}`));
}, 1);
const im = setImmediate(() => {
  out(`immediate resource is the Immediate: ${executionAsyncResource() === im}`);
});
process.nextTick(() => out(`tick trigger ${triggerAsyncId()}`));
Promise.resolve().then(() => out(`then ${executionAsyncId()} ${triggerAsyncId()}`));
out(`top resource ${JSON.stringify(executionAsyncResource())} ${executionAsyncResource() === executionAsyncResource()}`);
