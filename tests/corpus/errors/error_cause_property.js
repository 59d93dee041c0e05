// Error cause is available as a property; printed here without util.inspect.
try {
  try {
    JSON.parse('{bad');
  } catch (e) {
    throw new Error('config failed', { cause: e });
  }
} catch (e) {
  console.log(e.message, '<-', e.cause.name, e.cause instanceof SyntaxError);
  console.log('own cause:', Object.hasOwn(e, 'cause'));
}
