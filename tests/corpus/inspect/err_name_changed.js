// Changing name after creation: the name key is shown.
const e = new Error('m');
e.stack = 'Error: m\n    at s (s.js:1:1)';
e.name = 'Custom';
console.log(e);
