// An uncaught JSON.parse error.
const raw = '{"a": 1,}';
JSON.parse(raw);
