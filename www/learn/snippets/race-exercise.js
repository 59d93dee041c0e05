// Exercise: from the main module, what can Node print? (A race: more than one answer
// is right.)
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'), 0);
