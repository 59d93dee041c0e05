const ac = new AbortController();
console.log(ac, ac.signal);
ac.abort();
console.log(ac.signal);
console.log(AbortSignal.abort('why'));
