const s = new Intl.Segmenter('fr', { granularity: 'word' });
const segs = s.segment('Bonjour, le monde');
const it = segs[Symbol.iterator]();
console.log(it, Object.getPrototypeOf(it), it.next());
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(segs)), Object.getOwnPropertySymbols(Object.getPrototypeOf(segs)));
console.log(Object.getOwnPropertyNames(Intl.Segmenter.prototype), Intl.Segmenter.length, Intl.Segmenter.name);
console.log(segs.containing(-1), segs.containing(100), segs.containing(8), segs.containing());
console.log(s.resolvedOptions(), new Intl.Segmenter('de-AT').resolvedOptions(), new Intl.Segmenter('xx').resolvedOptions());
try { Intl.Segmenter(); } catch (e) { console.log(e.message); }
try { new Intl.Segmenter('en', { granularity: 'line' }); } catch (e) { console.log(e.message); }
try { Intl.Segmenter.prototype.segment.call({}, 'x'); } catch (e) { console.log(e.message); }
console.log(Intl.Segmenter.supportedLocalesOf(['en', 'fr', 'xx']));
console.log([...new Intl.Segmenter('en', { granularity: 'word' }).segment("I can't stop. It's 3.14 or 1,000! e-mail co-op x_y")].map((x) => [x.segment, x.isWordLike]));
console.log([...new Intl.Segmenter('en').segment('a\r\nb 🏳️‍🌈 ')].map((x) => x.segment));
console.log(Object.keys([...s.segment('a b')][0]), [...new Intl.Segmenter().segment('ab')].length);
console.log(String(segs), Object.prototype.toString.call(s), typeof segs.containing);
console.log([...new Intl.Segmenter('en', { granularity: 'sentence' }).segment('Mr. Smith went. He said "hi." Then left!\nNew line? yes')].map((x) => x.segment));
console.log('x'.padEnd(3), [...new Intl.Segmenter('en', { granularity: 'word' }).segment('')]);
