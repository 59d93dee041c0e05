'use strict';
// `yield` as a variable name in strict code.
let yield = 1;
