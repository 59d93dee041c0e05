// A module that awaits at its top level cannot be required.
try {
  require('./_tla.mjs');
} catch (e) {
  console.log(e.name, e.code);
  console.log(e.message.split('\n')[0]);
}
import('./_tla.mjs').then((ns) => console.log('import() works:', ns.ready));
