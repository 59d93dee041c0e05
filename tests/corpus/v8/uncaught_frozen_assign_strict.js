'use strict';
// An uncaught assignment to a frozen object's property.
const limits = Object.freeze({ max: 10 });
limits.max = 20;
