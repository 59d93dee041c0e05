// A JSON module imported without `with { type: 'json' }` fails to load (Node 20).
import data from './_data.json';
console.log(data);
