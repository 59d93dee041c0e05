let i=0; function f(){ console.log('m'+i++); if(i<12) Promise.resolve().then(f); }
Promise.resolve().then(f);
throw new Error('x');
