const limit = 10;
console.log(limit);
var limit = 20;
