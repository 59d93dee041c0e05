'use strict';
// `delete` of a plain variable in strict code.
let x;
delete x;
