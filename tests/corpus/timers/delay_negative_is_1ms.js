// A negative delay is treated as 1ms: it runs in creation order with other 1ms timers.
setTimeout(() => console.log('first (1ms)'), 1);
setTimeout(() => console.log('second (-5ms)'), -5);
setTimeout(() => console.log('third (0ms)'), 0);
