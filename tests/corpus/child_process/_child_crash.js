// Helper (forked): fails at once.
console.log('child starting');
throw new Error('child failed');
