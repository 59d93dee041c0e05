// The global console's streams: console._stdout and _stderr are process.stdout and stderr,
// bound lazily (accessors, not enumerable), beside its other underscored fields.
console.log(console._stdout === process.stdout, console._stderr === process.stderr);
const d = Object.getOwnPropertyDescriptor(console, '_stdout');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
console.log(Object.keys(console).filter((k) => k.startsWith('_')));
console.log(Object.getOwnPropertyNames(console).filter((k) => k.startsWith('_')));
for (const k of ['_stdoutErrorHandler', '_stderrErrorHandler', '_ignoreErrors', '_times']) {
  const p = Object.getOwnPropertyDescriptor(console, k);
  console.log(k, typeof p.value, p.enumerable, p.writable, p.configurable);
}
console.log(console._ignoreErrors, typeof console._times.get);
console._stdout.write('written through console._stdout\n');
console._stderr.write('written through console._stderr\n');
