// A binding read in its own initializer is in its dead zone: V8 names it and points at the read.
function nextCount() {
  let count = count + 1;
  return count;
}
try { nextCount(); } catch (e) { console.log(e.name, e.message); }
try {
  const list = [1, list.length];
} catch (e) { console.log(e.message); }
try { if (true) { const k = k * 2; } } catch (e) { console.log(e.message); }
try { console.log(later); let later = 1; } catch (e) { console.log(e.message); }
const config = { retries: 3, self: () => config.retries };
console.log(config.self());
function total() {
  const sum = sum + 1;
}
total();
