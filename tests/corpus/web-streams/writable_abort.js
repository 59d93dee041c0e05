// abort(): pending writes reject, the sink's abort runs, signal fires.
const ws = new WritableStream({
  start(controller) {
    controller.signal.addEventListener('abort', () => console.log('signal aborted:', controller.signal.reason));
  },
  write(chunk) {
    console.log('write', chunk);
    return new Promise((resolve) => setTimeout(resolve, 5));
  },
  abort(reason) { console.log('sink abort', reason); },
});
const writer = ws.getWriter();
writer.write(1).then(() => console.log('write 1 ok'), (e) => console.log('write 1 failed', e));
writer.write(2).then(() => console.log('write 2 ok'), (e) => console.log('write 2 failed', e));
setTimeout(() => {
  writer.abort('stop').then(() => console.log('abort resolved', ws));
  console.log(ws);
  writer.closed.catch((e) => console.log('closed rejected', e));
  writer.ready.catch((e) => console.log('ready rejected', e));
}, 1);
