// btoa encodes a binary string; characters above U+00FF throw.
console.log(btoa('hello'), btoa(''), btoa('\u00ff\u00fe'), btoa(undefined), btoa(null), btoa(12));
try { btoa('\u0100'); } catch (e) { console.log(e.name, e.code, e.message); }
try { btoa('€'); } catch (e) { console.log(e.name, e.message); }
console.log(atob(btoa('\u0000\u0001\u00fe')).split('').map((c) => c.charCodeAt(0)));
