// A throw escaping a queueMicrotask callback: V8 places the arrow where the error was made.
queueMicrotask(() => { throw new Error('from microtask'); });
setTimeout(() => console.log('never'), 0);
