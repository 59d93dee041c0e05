// An `onabort` handler that throws: V8 names the handler from its assignment
// (`ac.signal.onabort`), under Node's eventHandler and the abort's dispatch; the error is
// rethrown on a tick.
process.on('uncaughtException', (err) => console.log(err.stack.replaceAll(__dirname, '.')));
const ac = new AbortController();
ac.signal.onabort = () => { throw new Error('onabort'); };
ac.abort();
