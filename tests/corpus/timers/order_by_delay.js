// Timers fire in order of their delays, not of their creation.
setTimeout(() => console.log('30ms'), 30);
setTimeout(() => console.log('10ms'), 10);
setTimeout(() => console.log('20ms'), 20);
setTimeout(() => console.log('0ms'), 0);
