// A misspelled literal followed by more text: V8 quotes the short input.
try {
  JSON.parse('[1, tru]');
} catch (e) {
  console.log(e.message);
}
