// An error escaping an immediate's callback: V8 formats its stack only when Node prints it,
// after processImmediate cleared `_onImmediate`, so the frame names no property.
const settings = { retries: 3 };
setImmediate(() => {
  const retry = settings.retries;
  retry();
});
