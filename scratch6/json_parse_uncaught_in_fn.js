function loadConfig(raw) {
  const parsed = JSON.parse(raw);
  return parsed.name;
}
console.log(loadConfig('{"name":"x"}'));
console.log(loadConfig("{name: 'y'}"));
