// An uncaught assignment to a constant.
const limit = 1;
limit = 2;
