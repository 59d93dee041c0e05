// A rejection left unhandled in an immediate ends the process before the next immediate.
setImmediate(() => { console.log('i1'); Promise.reject(new Error('in i1')); });
setImmediate(() => console.log('i2'));
