// return at the top level of an ES module: "Illegal return statement".
console.log('never printed');
return;
