// atob ignores ASCII whitespace and accepts padding only at the end.
for (const s of [' YW Jj ', 'YW\nJj\tZA', 'YQ= =', 'YWJjZA', 'YWJjZA==', 'YWJjZA=']) {
  try { console.log(JSON.stringify(s), JSON.stringify(atob(s))); } catch (e) { console.log(JSON.stringify(s), e.name, e.message); }
}
