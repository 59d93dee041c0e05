// The property-read error arrives in .catch(e => ...) with the same message.
Promise.resolve()
  .then(() => {
    const conf = undefined;
    return conf.port;
  })
  .catch((e) => console.log(e.message));
