// An uncaught circular JSON.stringify: the multi-line message goes to stderr.
const a = {};
a.self = a;
JSON.stringify(a);
