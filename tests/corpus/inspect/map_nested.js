// Maps and Sets nested in each other.
console.log(new Map([[{ k: 1 }, new Map([[1, new Set([1, 2])]])]]));
