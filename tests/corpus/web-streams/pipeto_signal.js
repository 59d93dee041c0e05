// pipeTo with an AbortSignal: abort mid-pipe.
const ac = new AbortController();
let n = 0;
const src = new ReadableStream({
  pull(c) {
    n++;
    c.enqueue(n);
  },
  cancel(reason) { console.log('source cancel', reason.name, reason.message); },
});
const dest = new WritableStream({
  write(chunk) {
    console.log('write', chunk);
    if (chunk === 3) {
      ac.abort();
      console.log('aborted');
    }
  },
  abort(reason) { console.log('dest abort', reason.name); },
});
src.pipeTo(dest, { signal: ac.signal }).catch((e) => console.log('rejected', e.name, e.message, e instanceof DOMException));
const already = AbortSignal.abort('early');
new ReadableStream().pipeTo(new WritableStream(), { signal: already }).catch((e) => console.log('early:', e));
new ReadableStream().pipeTo({}).catch((e) => console.log(e.code, e.message));
