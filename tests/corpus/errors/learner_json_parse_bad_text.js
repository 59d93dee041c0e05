for (const text of ['{"a": 1,}', "{'a': 1}", '', '[1, 2', 'undefined', '{"a": tru}']) {
  try {
    JSON.parse(text);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
JSON.parse('{"name": "x", age: 3}');
