// await in a plain function: only valid in async functions and module top level.
function load() {
  const data = await fetchData();
  return data;
}
