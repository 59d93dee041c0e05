// A promise rejected with an engine error and no handler: the crash shows the source line.
Promise.resolve().then(() => {
  const cfg = undefined;
  return cfg.port;
});
