// "The Node.js Event Loop" guide: process.nextTick(callback, err) passes the error after the caller's code has run.
function apiCall(arg, callback) {
  if (typeof arg !== 'string') {
    return process.nextTick(
      callback,
      new TypeError('argument should be string')
    );
  }
  process.nextTick(callback, null, arg.toUpperCase());
}

apiCall(42, (err) => console.log('first:', err.name, err.message));
apiCall('ok', (err, value) => console.log('second:', err, value));
console.log('after both calls');
