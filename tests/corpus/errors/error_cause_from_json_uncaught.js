function load() {
  try {
    JSON.parse('{bad');
  } catch (err) {
    throw new Error('Failed to load config', { cause: err });
  }
}
load();
