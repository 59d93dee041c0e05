try {
  require('./fixtures/requires_missing.js');
} catch (e) {
  console.log(e.message.replace(/\/[^\s]*\/fixtures\//g, 'FIX/').replace(/\/[^\s]*\//g, 'DIR/'));
  console.log(e.requireStack.map((p) => p.split('/').pop()));
}
