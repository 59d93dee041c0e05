// An uncaught "is not a function" in the main script.
const api = { get() {} };
api.post('/x');
