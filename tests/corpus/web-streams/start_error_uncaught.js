// An error made in start() and never handled: the for-await rejects with it.
const rs = new ReadableStream({ start(c) { c.error(new Error('early')); } });
(async () => {
  for await (const x of rs) console.log(x);
})();
