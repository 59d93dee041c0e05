// A syntax error in the main file: nothing runs, stderr shows the SyntaxError, exit 1.
console.log('never printed');
let x = ;
