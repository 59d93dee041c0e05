// Destructuring null, in a one-line try.
try { const { a } = null; } catch (e) { console.log(e.message); }
