// clearImmediate before the check phase: the callback never runs.
const im = setImmediate(() => console.log('never'));
setImmediate(() => console.log('other'));
clearImmediate(im);
