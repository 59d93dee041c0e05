// Helper (forked): prints a line.
console.log('printed by the child, pid is a number:', typeof process.pid === 'number');
