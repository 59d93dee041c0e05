const total = () => items.length;

console.log('counting');
console.log(total());

const items = [1, 2, 3];
