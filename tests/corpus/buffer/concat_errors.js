// Buffer.concat validates its list and totalLength.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
attempt('string list', () => Buffer.concat('abc'));
attempt('number item', () => Buffer.concat([Buffer.from('a'), 1]));
attempt('negative length', () => Buffer.concat([Buffer.from('a')], -1));
attempt('fraction length', () => Buffer.concat([Buffer.from('a')], 1.5));
attempt('string length', () => Buffer.concat([Buffer.from('a')], '1'));
