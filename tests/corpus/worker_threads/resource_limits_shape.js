// resourceLimits: {} on the main thread; a worker's are V8's defaults with the ones given, the
// same inside the worker and, once it is online, in the parent; {} once it exited.
const { Worker, resourceLimits, isMainThread, threadId } = require('worker_threads');
console.log(resourceLimits, isMainThread, threadId);
const w = new Worker(`
  const { resourceLimits, parentPort } = require('worker_threads');
  parentPort.postMessage(resourceLimits);
`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 64, stackSizeMb: 2 } });
w.on('online', () => console.log('online', w.resourceLimits));
w.on('message', (limits) => console.log('inside', limits));
w.on('exit', () => console.log('after exit', w.resourceLimits, w.threadId));
