'use strict';
// A strict reserved word as a const name inside a function.
function f() {
  const package = 1;
}
