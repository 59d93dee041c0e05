// process.report: getReport's top-level and header keys, the stable header fields, the
// JavaScript stack section and the settings' defaults (machine-specific values are not printed).
const r = process.report.getReport();
console.log(Object.keys(r));
console.log(Object.keys(r.header));
console.log(r.header.nodejsVersion, r.header.reportVersion, r.header.event, r.header.trigger, r.header.wordSize, r.header.arch, r.header.platform);
console.log(typeof r.javascriptStack, Object.keys(r.javascriptStack), Array.isArray(r.libuv), typeof r.environmentVariables, Object.keys(r.javascriptHeap), Object.keys(r.resourceUsage).slice(0,4));
console.log(r.header.componentVersions.node, typeof r.header.glibcVersionRuntime, r.header.commandLine.length);
console.log(Object.keys(process.report), process.report.compact, process.report.directory, process.report.filename, process.report.signal);
console.log(r.javascriptStack.message, r.javascriptStack.errorProperties, r.javascriptStack.stack[0]);
console.log(r.header.processId === process.pid, r.header.cwd === process.cwd(), r.header.threadId, r.header.filename);
console.log(r.header.componentVersions.v8 === process.versions.v8, r.header.release.name, r.environmentVariables.HOME === process.env.HOME);
console.log(Object.keys(r.userLimits), Array.isArray(r.workers), r.workers.length, Array.isArray(r.sharedObjects));
const custom = process.report.getReport(Object.assign(new TypeError('boom'), { extra: 1 }));
console.log(custom.javascriptStack.message, custom.javascriptStack.errorProperties);
for (const attempt of [() => process.report.getReport('x'), () => { process.report.compact = 1; }, () => { process.report.directory = 5; }, () => { process.report.signal = 'SIGNOPE'; }]) {
  try { attempt(); } catch (err) { console.log(err.code, err.message); }
}
process.report.compact = true;
console.log(process.report.compact, Object.prototype.propertyIsEnumerable.call(process, 'report'));
