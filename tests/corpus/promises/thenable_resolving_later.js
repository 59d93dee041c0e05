// A thenable that resolves from a timer, awaited and passed to Promise.resolve.
const thenable = { then(res) { setTimeout(() => res('later'), 5); } };
(async () => { console.log(await thenable); })();
Promise.resolve(thenable).then(v => console.log('PR', v));
