process.on('uncaughtException', (e) => console.log('caught', e.message));
setImmediate(() => { console.log('i1'); throw new Error('e1'); });
setImmediate(() => console.log('i2'));
setImmediate(() => { console.log('i3'); throw new Error('e3'); });
setImmediate(() => console.log('i4'));
