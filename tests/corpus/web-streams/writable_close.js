// close() waits for queued writes; writes after close reject.
const ws = new WritableStream({
  async write(chunk) {
    await new Promise((r) => setTimeout(r, 1));
    console.log('wrote', chunk);
  },
  async close() {
    console.log('closing');
  },
});
ws.close().catch((e) => console.log('unlocked close:', e.message));
const ws2 = new WritableStream({
  write(chunk) { console.log('ws2 wrote', chunk); },
  close() { console.log('ws2 close'); },
});
const writer = ws2.getWriter();
writer.write('one');
writer.close().then(() => console.log('ws2 closed', ws2));
writer.write('two').catch((e) => console.log('write after close:', e.code, e.message));
writer.close().catch((e) => console.log('close twice:', e.code, e.message));
console.log(writer.desiredSize);
