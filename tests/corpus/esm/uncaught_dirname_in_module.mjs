console.log(typeof __dirname);
console.log(__dirname);
