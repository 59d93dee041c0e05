// `with { type: 'json' }` loads a JSON module, statically or through import().
import data from './_data.json' with { type: 'json' };
console.log(data);
const m = await import('./_data.json', { with: { type: 'json' } });
console.log(m, m.default === data);
