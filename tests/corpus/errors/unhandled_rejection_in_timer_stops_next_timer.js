// A rejection left unhandled in a timer ends the process before the next timer of the same list.
setTimeout(() => { console.log('t1'); Promise.reject(new Error('in t1')); }, 0);
setTimeout(() => console.log('t2'), 0);
