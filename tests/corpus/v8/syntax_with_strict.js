'use strict';
// A `with` statement in strict code.
with ({}) {}
