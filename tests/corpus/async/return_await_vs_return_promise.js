// `return await p` settles one job earlier than `return p` inside an async function.
async function withAwait() { return await Promise.resolve('return await'); }
async function withoutAwait() { return Promise.resolve('return p'); }
withoutAwait().then(console.log);
withAwait().then(console.log);
