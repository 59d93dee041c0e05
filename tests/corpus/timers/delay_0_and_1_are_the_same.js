// setTimeout(fn, 0) is clamped to 1ms, so a 1ms timer created first runs before a 0ms timer created second.
setTimeout(() => console.log('a (1ms)'), 1);
setTimeout(() => console.log('b (0ms)'), 0);
