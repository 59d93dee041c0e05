// A then callback returning its own promise rejects it with a TypeError.
const p = Promise.resolve();
const q = p.then(() => q);
q.catch(e => console.log(e.constructor.name, e.message));
