const signal = AbortSignal.timeout(5);
signal.addEventListener('abort', () => console.log('aborted', signal.reason.name));
setTimeout(() => console.log('timer 5'), 5);
setTimeout(() => console.log('timer 10'), 10);
