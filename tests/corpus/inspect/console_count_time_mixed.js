for (const fruit of ['apple', 'pear', 'apple', 'fig', 'apple']) console.count(fruit);
console.countReset('apple');
console.count('apple');
console.group('in group');
console.count('grouped');
console.count();
console.groupEnd();
console.timeEnd();
console.timeLog();
