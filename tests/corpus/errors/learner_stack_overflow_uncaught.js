function walk(node) {
  walk(node);
}
walk({});
