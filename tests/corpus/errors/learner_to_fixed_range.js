const price = 9.99;
console.log(price.toFixed(101));
