// What each thread knows about itself.
const { Worker, isMainThread, threadId, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  console.log('main:', { isMainThread, threadId, parentPort, workerData });
  const worker = new Worker(__filename, { workerData: 'hi' });
  console.log('worker.threadId', worker.threadId);
  worker.on('message', (m) => console.log('from worker:', m));
  worker.on('exit', () => console.log('threadId after exit', worker.threadId));
} else {
  parentPort.postMessage({ isMainThread, threadId, workerData, hasParentPort: parentPort !== null });
}
