// for await over an async generator interleaved with a then chain.
async function* gen() { yield 1; yield 2; yield 3; }
(async () => { for await (const v of gen()) console.log('gen', v); })();
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3')).then(() => console.log('p4')).then(() => console.log('p5')).then(() => console.log('p6'));
