// A string longer than the line is kept on one line when it has no newlines.
console.log({ s: 'y'.repeat(100) });
