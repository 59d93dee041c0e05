// An exception at the top level of an ES module: stderr report and exit code 1.
console.log('before throw');
throw new Error('esm top-level error');
