// 10,000 recursive queueMicrotask calls complete before the next nextTick-free macrotask.
let n = 0;
function micro() { if (++n < 10000) queueMicrotask(micro); }
queueMicrotask(micro);
setTimeout(() => console.log('timer sees', n), 0);
