const p = Promise.resolve();
p.then(() => console.log('a1')).then(() => console.log('a2'));
p.then(() => console.log('b1')).then(() => console.log('b2'));
