// Top-level await pauses the module; timers and immediates keep running meanwhile.
setTimeout(() => console.log('timer while the module waits'), 0);
console.log('before await');
await new Promise((resolve) => setTimeout(resolve, 10));
console.log('after await');
