// A ReferenceError from an undefined variable, uncaught: exit 1.
console.log('start');
console.log(notDefinedAnywhere);
