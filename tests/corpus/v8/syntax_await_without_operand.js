// `await` with no operand inside an async function.
async function run() {
  await;
}
run();
