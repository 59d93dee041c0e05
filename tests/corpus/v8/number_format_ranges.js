// Number formatting ranges.
try { (1).toFixed(101); } catch (e) { console.log(e.message); }
try { (1).toPrecision(0); } catch (e) { console.log(e.message); }
try { (1).toExponential(-1); } catch (e) { console.log(e.message); }
try { (255).toString(37); } catch (e) { console.log(e.message); }
