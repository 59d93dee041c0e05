const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename, { workerData: { list: [1, 2, 3], when: new Date(0), m: new Map([[1, 'a']]) } });
  w.on('message', (m) => console.log('main got', m));
  w.on('online', () => console.log('online'));
  w.on('exit', (c) => console.log('exit', c));
  console.log('main thread', threadId);
} else {
  parentPort.postMessage({ sum: workerData.list.reduce((a, b) => a + b), when: workerData.when instanceof Date, m: workerData.m, threadId, isMainThread });
}
