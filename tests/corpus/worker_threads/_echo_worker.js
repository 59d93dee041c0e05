// Helper: answers each message with the message doubled; stops on 'stop'.
const { parentPort, workerData, threadId } = require('worker_threads');
parentPort.postMessage({ ready: true, workerData, threadId });
parentPort.on('message', (n) => {
  if (n === 'stop') {
    parentPort.close();
    return;
  }
  parentPort.postMessage(n * 2);
});
