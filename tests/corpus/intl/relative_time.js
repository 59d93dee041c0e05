// RelativeTimeFormat: numeric always and auto, each width.
const units = ['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second'];
for (const style of ['long', 'short', 'narrow']) {
  const always = new Intl.RelativeTimeFormat('en', { style });
  const auto = new Intl.RelativeTimeFormat('en', { style, numeric: 'auto' });
  for (const unit of units) {
    console.log(style, unit, [-2, -1, 0, 1, 2].map((v) => always.format(v, unit)).join(' | '), '||', [-1, 0, 1].map((v) => auto.format(v, unit)).join(' | '));
  }
}
const rtf = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });
console.log(rtf.format(-1, 'days'), rtf.format(3, 'days'), rtf.format(-0, 'seconds'), rtf.format(1.5, 'hours'), rtf.format(-1234.5, 'day'));
console.log(JSON.stringify(new Intl.RelativeTimeFormat('en').formatToParts(-1234.5, 'days')));
console.log(new Intl.RelativeTimeFormat().resolvedOptions());
try { rtf.format(1, 'decade'); } catch (e) { console.log(e.name, e.message); }
