// queueMicrotask and promise callbacks share one FIFO microtask queue.
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => console.log('microtask 1'));
Promise.resolve().then(() => console.log('promise 2'));
queueMicrotask(() => console.log('microtask 2'));
