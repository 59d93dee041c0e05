// A JSON.parse error inside .then reaches .catch as a SyntaxError.
Promise.resolve('<html>')
  .then((body) => JSON.parse(body))
  .catch((e) => console.log(e instanceof SyntaxError, e.message));
