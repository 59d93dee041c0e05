const t = setTimeout(() => console.log('unref timer (100 ms)'), 100);
t.unref();
setTimeout(() => console.log('timer (10 ms)'), 10);
setTimeout(() => console.log('timer (200 ms)'), 200);
console.log('main');
