// clearTimeout/clearInterval/clearImmediate ignore undefined, null, and unknown values without throwing.
clearTimeout(undefined);
clearTimeout(null);
clearTimeout(12345678);
clearTimeout('nope');
clearTimeout({});
clearInterval(undefined);
clearImmediate(undefined);
console.log('no throw');
