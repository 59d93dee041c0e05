// Promise.all over async functions: bodies start synchronously in order, results come back in input order.
async function job(name, steps) {
  console.log('start', name);
  for (let i = 0; i < steps; i++) await null;
  console.log('end', name);
  return name;
}
Promise.all([job('slow', 3), job('fast', 1)]).then((r) => console.log('all', r.join(',')));
