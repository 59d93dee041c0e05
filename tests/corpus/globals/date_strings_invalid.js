// Strings V8's date parser rejects, and the ISO forms' edge cases.
const inputs = [
  'abc', '', '10:30', 'T10:00', '2024-13-01', '2024-01-01T25:00', 'Jan 1 2020 13:00 pm',
  'Jan 1 2020 +02:30', '5 pm Jan 1 2020', 'xJan 1 2020', '2020-06-01T10:00:00Z extra',
  '2024-02-30', '2024-01-01T24:00:00Z', '1970-01-01T00:00:00.5Z', '1970-01-01T00:00:00.123456Z',
  '+275760-09-13T00:00:00Z', '+275760-09-13T00:00:00.001Z', '2021-03-04T05:06', 'Z 2020 1 1',
];
for (const s of inputs) {
  const d = new Date(s);
  console.log(JSON.stringify(s), Date.parse(s), isNaN(d) ? String(d) : d.toISOString());
}
