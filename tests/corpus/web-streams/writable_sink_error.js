// A sink write that rejects errors the stream; later writes reject with the same error.
const ws = new WritableStream({
  write(chunk) {
    if (chunk === 'bad') throw new Error('cannot write bad');
    console.log('wrote', chunk);
  },
});
const writer = ws.getWriter();
writer.write('good').then(() => console.log('good done'));
writer.write('bad').catch((e) => console.log('bad failed:', e.message));
writer.write('after').catch((e) => console.log('after failed:', e.message));
writer.closed.catch((e) => console.log('closed failed:', e.message, ws));
writer.close().catch((e) => console.log('close failed:', e.message));
