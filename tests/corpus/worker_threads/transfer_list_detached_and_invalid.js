const ab=new ArrayBuffer(8); const {port1}=new (require('worker_threads').MessageChannel)(); port1.postMessage(ab,[ab]); 
try { console.log(structuredClone(ab, { transfer: [ab] })); } catch (e) { console.log(1, e.name, e.message); }
try { structuredClone(ab); console.log('cloned ok') } catch (e) { console.log(2, e.name, e.message); }
try { port1.postMessage(1, [new ArrayBuffer(2), 5]); } catch (e) { console.log(3, e.name, e.message); }
try { port1.postMessage(1, [ab]); } catch (e) { console.log(4, e.name, e.message); }
const b2=new ArrayBuffer(2); try { port1.postMessage(1, [b2,b2]); } catch (e) { console.log(5, e.name, e.message); }
try { structuredClone(1, { transfer: [5] }); } catch (e) { console.log(6, e.name, e.message); }
port1.close()
