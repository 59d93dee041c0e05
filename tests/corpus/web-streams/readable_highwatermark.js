// The queue fills up to the high-water mark by pulling; desiredSize tracks it.
let ctrl;
let pulls = 0;
const rs = new ReadableStream({
  start(c) { ctrl = c; },
  pull(c) {
    pulls++;
    c.enqueue('chunk' + pulls);
    console.log('pull', pulls, 'desiredSize', c.desiredSize);
  },
}, { highWaterMark: 3 });
setTimeout(() => {
  console.log('pulls so far', pulls, ctrl.desiredSize);
  const reader = rs.getReader();
  reader.read().then((r) => {
    console.log(r, ctrl.desiredSize);
    setTimeout(() => console.log('pulls now', pulls, ctrl.desiredSize), 1);
  });
}, 1);
