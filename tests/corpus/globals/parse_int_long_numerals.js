// parseInt of long decimal numerals is correctly rounded, like Number(); other radixes too.
const numerals = ['12345678901234567890', '9'.repeat(20), '-9007199254740993', '123456789012345678901234567890', '1'.repeat(25) + 'px'];
for (const s of numerals) console.log(parseInt(s), Number.parseInt(s, 10), Number(s.replace('px', '')));
console.log(parseInt('ffffffffffffffffff', 16), parseInt('1'.repeat(60), 2), parseInt('  0x1F'), parseInt('-0'), Object.is(parseInt('-0'), -0));
console.log(parseInt('1e3'), parseInt(0.0000005), parseInt('12', 3), parseInt(' 12 ', 0), parseInt('\u00a0 7'), parseInt(''), parseInt('-'), parseInt('+8'));
console.log(parseInt === Number.parseInt, parseInt.name, parseInt.length, ['1', '2', '3'].map(parseInt));
