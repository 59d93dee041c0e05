// An import attribute type Node does not know.
import data from './_data.json' with { type: 'css' };
console.log(data);
