// An unref'd immediate alone does not keep the loop alive; hasRef reports it.
const i = setImmediate(() => console.log('never'));
console.log(i.hasRef());
i.unref();
console.log(i.hasRef());
process.on('exit', () => console.log('exit'));
