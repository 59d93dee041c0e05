// A long input with the error near the end: ... only before the context.
const text = '[' + '"abc", '.repeat(20) + '}';
try {
  JSON.parse(text);
} catch (e) {
  console.log(e.message);
}
