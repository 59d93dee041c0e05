process.on('multipleResolves', (type, p, v) => console.log('multipleResolves', type, v));
new Promise((res, rej) => { res(1); res(2); rej(new Error('x')); }).then(v => console.log('v', v));
setTimeout(() => console.log('end'), 0);
