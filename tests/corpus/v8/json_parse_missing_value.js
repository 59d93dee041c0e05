// A missing value: V8 quotes the whole short input.
try {
  JSON.parse('{"a":}');
} catch (e) {
  console.log(String(e));
}
