// A misspelled literal.
try {
  JSON.parse('tru');
} catch (e) {
  console.log(e.message);
}
