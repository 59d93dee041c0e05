// Invalid array lengths.
try { new Array(-1); } catch (e) { console.log(e.name, e.message); }
try { [].length = -1; } catch (e) { console.log(e.name, e.message); }
try { new Array(2 ** 32); } catch (e) { console.log(e.name, e.message); }
