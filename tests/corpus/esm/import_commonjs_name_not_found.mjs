// Named imports from a CommonJS module whose exports the lexer cannot see: Node's SyntaxError
// suggests the default import.
import { add, sub as minus } from './_calc.cjs';
console.log(add(1, 2), minus(3, 1));
