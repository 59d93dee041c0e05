// atob and btoa convert their argument to a string first.
console.log(JSON.stringify(atob(null)).length, btoa(true), btoa([1, 2]), btoa({}));
try { console.log(atob(undefined)); } catch (e) { console.log(e.name, e.message); }
console.log(JSON.stringify(atob(1234)));
