const { createHistogram, monitorEventLoopDelay } = require('node:perf_hooks');
const h = createHistogram();
const attempts = {
  'record(0)': () => h.record(0),
  'record(1.5)': () => h.record(1.5),
  "record('7')": () => h.record('7'),
  'record(-3)': () => h.record(-3),
  'record(2**53)': () => h.record(2 ** 53),
  'percentile(0)': () => h.percentile(0),
  'percentile(101)': () => h.percentile(101),
  'percentile(NaN)': () => h.percentile(NaN),
  "percentile('50')": () => h.percentile('50'),
  'add({})': () => h.add({}),
  'figures 6': () => createHistogram({ figures: 6 }),
  'figures 0': () => createHistogram({ figures: 0 }),
  'lowest 0': () => createHistogram({ lowest: 0 }),
  'highest < 2*lowest': () => createHistogram({ lowest: 10, highest: 15 }),
  'options 5': () => createHistogram(5),
  'options null': () => createHistogram(null),
  'new constructor': () => new h.constructor(),
  'record on another this': () => h.record.call({}, 1),
  'min getter on {}': () => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Object.getPrototypeOf(h)), 'min').get.call({}),
  'resolution 0': () => monitorEventLoopDelay({ resolution: 0 }),
  'resolution 1.5': () => monitorEventLoopDelay({ resolution: 1.5 }),
  "resolution '10'": () => monitorEventLoopDelay({ resolution: '10' }),
  'eld options 3': () => monitorEventLoopDelay(3),
};
for (const [name, fn] of Object.entries(attempts)) {
  try {
    fn();
    console.log(name, 'ok');
  } catch (err) {
    console.log(name, '->', err.name, err.code, err.message);
  }
}
console.log(h.count, h.exceeds);
