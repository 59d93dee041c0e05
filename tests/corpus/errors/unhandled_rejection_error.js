// An unhandled rejection with an Error: node 20 (default --unhandled-rejections=throw) reports it and exits 1.
Promise.reject(new Error('rejected and unhandled'));
setTimeout(() => console.log('timer (never)'), 0);
console.log('sync end');
