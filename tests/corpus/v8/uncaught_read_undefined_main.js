// An uncaught property read in the main script: source line, caret, V8 message, exit 1.
const user = undefined;
console.log('start');
console.log(user.name);
