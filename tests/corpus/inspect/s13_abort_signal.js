const ac = new AbortController();
console.log(ac, ac.signal);
ac.abort();
console.log(ac.signal, ac.signal.reason.name);
console.log(AbortSignal.abort('why'), [AbortSignal.abort(42)]);
console.log({ s: new AbortController().signal });
