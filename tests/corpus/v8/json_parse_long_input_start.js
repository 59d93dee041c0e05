// A long input with the error near the start: ... only after the context.
const text = '[x' + ' '.repeat(10) + ', 1'.repeat(20) + ']';
try {
  JSON.parse(text);
} catch (e) {
  console.log(e.message);
}
