const state = { count: 1, increment() { this.count++; } };
console.log('cloning');
structuredClone(state);
