// The circular error seen through an uncaughtException handler.
process.on('uncaughtException', (e) => console.log(e.name + ': ' + e.message));
const o = {};
o.o = o;
JSON.stringify(o);
