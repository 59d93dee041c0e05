// "type": "module": every .js file of the package is an ES module, module syntax or not.
console.log(typeof require, this, import.meta.url.endsWith('main.js'));
