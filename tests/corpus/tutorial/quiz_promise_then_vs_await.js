const p = Promise.resolve();
(async () => { await p; console.log('after await'); })();
p.then(() => console.log('then 1')).then(() => console.log('then 2'));
