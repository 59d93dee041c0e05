'use strict';
// The same parameter name twice in strict code: V8 points at the second.
function f(a, a) {}
