// ICU breaks Chinese and Japanese words with a dictionary; looplab follows UAX #29 alone.
const seg = new Intl.Segmenter('ja', { granularity: 'word' });
console.log([...seg.segment('日本語のテキスト 中文')].map((x) => [x.segment, x.isWordLike]));
