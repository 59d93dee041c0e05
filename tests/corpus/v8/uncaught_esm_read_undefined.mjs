// An uncaught property read in an ES module.
const conf = undefined;
console.log('esm start');
console.log(conf.debug);
