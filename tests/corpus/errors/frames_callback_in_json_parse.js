// JSON.parse's reviver runs with the holder object as its receiver.
const clean = (stack) => stack.split(__dirname + '/').join('');
const text = '{"a":1,"b":{"c":"bad"}}';
try {
  JSON.parse(text, function (key, value) {
    if (value === 'bad') throw new SyntaxError(`bad value under ${key}`);
    return value;
  });
} catch (e) {
  console.log(clean(e.stack).split('\n').slice(0, 3).join('\n'));
}
