'use strict';
// An octal escape in a string in strict code.
const s = '\01';
