// A long input: V8 shows only the text around the error, with ... on both sides.
const text = '{"items": [' + '1, '.repeat(30) + 'x' + ', 2'.repeat(30) + ']}';
try {
  JSON.parse(text);
} catch (e) {
  console.log(e.message);
}
