// require.main === module in the entry file, but not in a required helper.
console.log('entry is main:', require.main === module);
console.log('helper is main:', require('./_helper').isMain);
