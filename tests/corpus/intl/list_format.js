// ListFormat: conjunctions, disjunctions and units in each width.
const lists = [[], ['A'], ['A', 'B'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D']];
for (const type of ['conjunction', 'disjunction', 'unit']) {
  for (const style of ['long', 'short', 'narrow']) {
    const lf = new Intl.ListFormat('en', { type, style });
    console.log(type.padEnd(11), style.padEnd(6), JSON.stringify(lists.map((l) => lf.format(l))));
  }
}
console.log(new Intl.ListFormat('en-US').formatToParts(['x', 'y', 'z']));
console.log(new Intl.ListFormat().resolvedOptions(), new Intl.ListFormat('en', { style: 'short', type: 'unit' }).format(new Set(['5 lb', '12 oz'])));
try { new Intl.ListFormat('en').format(['a', 1]); } catch (e) { console.log(e.name, e.message); }
console.log(`You can pick ${new Intl.ListFormat('en', { type: 'disjunction' }).format(['red', 'green', 'blue'])}.`);
