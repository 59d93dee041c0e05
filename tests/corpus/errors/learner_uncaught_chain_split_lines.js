// A chain split across lines fails at its last link.
const api = { load() { return this; } };
api
  .load()
  .parse();
