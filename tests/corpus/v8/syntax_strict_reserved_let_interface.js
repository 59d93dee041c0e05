'use strict';
// `let interface` in strict code: V8 reports it at `let`.
let interface = 1;
