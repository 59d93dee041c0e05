// useGrouping values.
for (const useGrouping of [undefined, true, false, 'always', 'auto', 'min2', 'true', 0]) {
  const nf = new Intl.NumberFormat('en-US', { useGrouping });
  console.log(String(useGrouping).padEnd(9), nf.format(1234), nf.format(12345), nf.format(1234567.5), nf.resolvedOptions().useGrouping);
}
try { new Intl.NumberFormat('en-US', { useGrouping: 'sometimes' }); } catch (e) { console.log(e.name, e.message); }
