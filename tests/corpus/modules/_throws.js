// Helper that throws while loading.
console.log('loading _throws.js');
throw new Error('helper failed to load');
