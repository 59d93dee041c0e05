// Promise.any's AggregateError is made in a promise job, with no frames: the fatal report
// points at triggerUncaughtException and shows the error in brackets with its [errors].
Promise.any([Promise.reject(new Error('a')), Promise.reject(new Error('b'))]);
