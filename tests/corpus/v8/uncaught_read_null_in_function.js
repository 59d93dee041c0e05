// An uncaught property read inside a function: the caret points into the function body.
function total(order) {
  return order.items.length;
}
total({ items: null });
