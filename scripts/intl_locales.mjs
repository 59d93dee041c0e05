// Generates src/intl/locale_data.rs from node's own Intl (Node 20, full ICU): for each locale
// looplab has data for, the number symbols and patterns, the month/weekday names and the date
// and time patterns ICU picks for a fixed list of option sets. Every pattern is checked by
// rendering it again for other dates and comparing with node's output.
// Usage: node scripts/intl_locales.mjs > src/intl/locale_data.rs
'use strict';

// The locales with data; a locale with a parent stores only what differs from it.
const LOCALES = [
  ['en-GB', ''], ['en-IN', 'en-GB'], ['en-CA', ''], ['en-AU', 'en-GB'],
  ['de', ''], ['de-AT', 'de'], ['de-CH', 'de'], ['fr', ''], ['fr-CA', 'fr'], ['es', ''], ['es-MX', 'es'],
  ['it', ''], ['pt', ''], ['nl', ''], ['ja', ''], ['zh', ''], ['ko', ''], ['ru', ''], ['hi', ''], ['sv', ''], ['pl', ''],
];
const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'KRW', 'RUB', 'BRL', 'CAD', 'AUD', 'MXN', 'CHF', 'SEK', 'PLN'];
const WEEKDAY = ['', 'long', 'short'];
const YEAR = ['', 'numeric', '2-digit'];
const MONTH = ['', 'numeric', '2-digit', 'long', 'short'];
const DAY = ['', 'numeric', '2-digit'];
const HOUR = ['', 'numeric', '2-digit'];
// The hour cycles with patterns of their own (h11 takes h12's).
const CYCLES = ['h12', 'h23', 'h24'];
const STYLES = ['full', 'long', 'medium', 'short'];
const UTC = { timeZone: 'UTC' };
const SAMPLE = Date.UTC(2024, 8, 5, 4, 7, 9);
const CHECKS = [Date.UTC(2022, 6, 4, 13, 0, 0), Date.UTC(2021, 5, 30, 7, 10, 20), Date.UTC(2023, 0, 22, 16, 45, 30), Date.UTC(2025, 2, 1, 0, 5, 0), Date.UTC(2024, 4, 17, 12, 30, 59), Date.UTC(1999, 11, 31, 23, 59, 1)];

const fail = (message) => { throw new Error(message); };

function dateOptions(w, y, m, d) {
  const o = { ...UTC };
  if (w) o.weekday = w;
  if (y) o.year = y;
  if (m) o.month = m;
  if (d) o.day = d;
  return o;
}

function timeOptions(cycle, h, m, s) {
  const o = { ...UTC };
  if (h) o.hour = h;
  if (h && cycle) o.hourCycle = cycle;
  if (m) o.minute = m;
  if (s) o.second = s;
  return o;
}

function names(locale) {
  const pick = (options, type, t) => new Intl.DateTimeFormat(locale, { ...UTC, ...options }).formatToParts(t).find((p) => p.type === type).value;
  const months = (options) => Array.from({ length: 12 }, (_, i) => pick(options, 'month', Date.UTC(2024, i, 5)));
  const weekdays = (options) => Array.from({ length: 7 }, (_, i) => pick(options, 'weekday', Date.UTC(2024, 8, 1 + i)));
  const inDate = (width) => ({ weekday: width, year: 'numeric', month: 'numeric', day: 'numeric' });
  return {
    months: [
      months({ day: 'numeric', month: 'long' }), months({ day: 'numeric', month: 'short' }), months({ day: 'numeric', month: 'narrow' }),
      months({ month: 'long' }), months({ month: 'short' }), months({ month: 'narrow' }),
    ],
    weekdays: [weekdays(inDate('long')), weekdays(inDate('short')), weekdays(inDate('narrow')),
      weekdays({ weekday: 'long' }), weekdays({ weekday: 'short' }), weekdays({ weekday: 'narrow' })],
    periods: [4, 16].map((h) => pick({ hour: 'numeric', hourCycle: 'h12' }, 'dayPeriod', Date.UTC(2024, 8, 5, h))),
    zone: new Intl.DateTimeFormat(locale, { ...UTC, timeZoneName: 'long' }).formatToParts(SAMPLE).find((p) => p.type === 'timeZoneName').value,
  };
}


function quote(text) {
  return text.replace(/[A-Za-z']+/g, (run) => (run === "'" ? "''" : `'${run.replace(/'/g, "''")}'`));
}

// The pattern letters that could have produced a part, most likely first.
function tokens(part, options, n) {
  const { type, value } = part;
  const padded = value.length === 2 && value[0] === '0';
  // A month without a day, or a weekday alone, is more likely the stand-alone form.
  const alone = !options.dateStyle && (type === 'month' ? !options.day : !options.day && !options.month && !options.year);
  const named = (tables, letters) => {
    const found = [];
    tables.forEach((table, i) => { if (table === value) found.push(letters[i]); });
    if (alone) found.sort((a, b) => Number(/^[Lc]/.test(b)) - Number(/^[Lc]/.test(a)));
    return found.length ? found : fail(`${type} ${value}`);
  };
  switch (type) {
    case 'literal': return [quote(value)];
    case 'year': return [value.length === 2 ? 'yy' : 'y'];
    case 'month':
      if (/^\d+$/.test(value)) return [padded ? 'MM' : 'M'];
      return named(n.months.map((m) => m[8]), ['MMMM', 'MMM', 'MMMMM', 'LLLL', 'LLL', 'LLLLL']);
    case 'day': return [padded ? 'dd' : 'd'];
    case 'weekday': return named(n.weekdays.map((w) => w[4]), ['EEEE', 'EEE', 'EEEEE', 'cccc', 'ccc', 'ccccc']);
    case 'hour': {
      const cycle = options.hourCycle ?? hourCycle(options.locale);
      const letter = { h11: 'K', h12: 'h', h23: 'H', h24: 'k' }[cycle];
      return [letter.repeat(padded ? 2 : 1)];
    }
    case 'minute': return [padded ? 'mm' : 'm'];
    case 'second': return [padded ? 'ss' : 's'];
    case 'dayPeriod': return ['a'];
    case 'timeZoneName': return [value === n.zone ? 'zzzz' : 'z'];
    default: return fail(`part ${type}`);
  }
}

function pattern(locale, options, n) {
  const parts = new Intl.DateTimeFormat(locale, options).formatToParts(SAMPLE);
  const choices = parts.map((p) => tokens(p, { ...options, locale }, n));
  const want = CHECKS.map((t) => new Intl.DateTimeFormat(locale, options).format(t));
  // The first combination of candidate letters that renders every check date as node does.
  const pick = (i, chosen) => {
    if (i === choices.length) {
      const text = chosen.join('');
      return CHECKS.every((t, k) => render(text, t, n).replace(/\u202f/g, ' ') === want[k]) ? text : undefined;
    }
    for (const c of choices[i]) {
      const found = pick(i + 1, [...chosen, c]);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const text = pick(0, []);
  if (text === undefined) fail(`${locale} ${JSON.stringify(options)}: no pattern renders ${JSON.stringify(want)}`);
  if (text.includes('|')) fail(`separator in ${text}`);
  return text;
}

// The renderer src/intl/locale_date.rs implements, to check each pattern.
function render(text, t, n) {
  const date = new Date(t);
  const f = { y: date.getUTCFullYear(), M: date.getUTCMonth(), d: date.getUTCDate(), E: date.getUTCDay(), H: date.getUTCHours(), m: date.getUTCMinutes(), s: date.getUTCSeconds() };
  let out = '';
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (c === "'") {
      if (text[i + 1] === "'") { out += "'"; i += 2; continue; }
      const end = text.indexOf("'", i + 1);
      out += text.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) { out += c; i++; continue; }
    let j = i;
    while (text[j] === c) j++;
    const len = j - i;
    i = j;
    const pad = (v) => (len === 2 ? String(v).padStart(2, '0') : String(v));
    switch (c) {
      case 'y': out += len === 2 ? String(f.y % 100).padStart(2, '0') : f.y; break;
      case 'M': out += len <= 2 ? pad(f.M + 1) : n.months[[0, 0, 0, 1, 0, 2][len]][f.M]; break;
      case 'L': out += n.months[[0, 0, 0, 4, 3, 5][len]][f.M]; break;
      case 'd': out += pad(f.d); break;
      case 'E': out += n.weekdays[len === 4 ? 0 : len === 5 ? 2 : 1][f.E]; break;
      case 'c': out += n.weekdays[len === 4 ? 3 : len === 5 ? 5 : 4][f.E]; break;
      case 'h': out += pad(f.H % 12 === 0 ? 12 : f.H % 12); break;
      case 'H': out += pad(f.H); break;
      case 'k': out += pad(f.H === 0 ? 24 : f.H); break;
      case 'm': out += pad(f.m); break;
      case 's': out += pad(f.s); break;
      case 'a': out += n.periods[f.H < 12 ? 0 : 1]; break;
      case 'z': out += len === 4 ? n.zone : 'UTC'; break;
      default: fail(`token ${c}`);
    }
  }
  return out;
}

// How `combined` joins a date and a time: CLDR's dateTimeFormat, "{1}" the date, "{0}" the time.
function glue(combined, date, time) {
  const at = combined.indexOf(date);
  const text = at < 0 ? '' : combined.slice(0, at) + '{1}' + combined.slice(at + date.length);
  const glued = text.replace(time, '{0}');
  if (!glued.includes('{0}') || !glued.includes('{1}')) fail(`glue ${combined} / ${date} / ${time}`);
  return glued;
}

function dates(locale, n) {
  const dateList = [];
  for (const w of WEEKDAY) for (const y of YEAR) for (const m of MONTH) for (const d of DAY) {
    dateList.push(w || y || m || d ? pattern(locale, dateOptions(w, y, m, d), n) : '');
  }
  const timeList = [];
  const defaultCycle = hourCycle(locale);
  for (const cycle of CYCLES) for (const h of HOUR) for (const m of HOUR) for (const s of HOUR) {
    const text = h || m || s ? pattern(locale, timeOptions(cycle, h, m, s), n) : '';
    // Without hourCycle, ICU takes the locale's own cycle's pattern.
    if (h && cycle === defaultCycle && pattern(locale, timeOptions('', h, m, s), n) !== text) {
      fail(`${locale} default time pattern ${h} ${m} ${s}`);
    }
    timeList.push(text);
  }
  const styles = [];
  for (const s of STYLES) styles.push(pattern(locale, { ...UTC, dateStyle: s }, n));
  for (const cycle of CYCLES) for (const s of STYLES) styles.push(pattern(locale, { ...UTC, timeStyle: s, hourCycle: cycle }, n));
  const format = (o) => new Intl.DateTimeFormat(locale, { ...UTC, ...o }).format(SAMPLE).replace(/\u202f/g, ' ');
  const time = { hour: 'numeric', minute: 'numeric' };
  const glues = [];
  for (const s of STYLES) glues.push(glue(format({ dateStyle: s, timeStyle: 'short' }), format({ dateStyle: s }), format({ timeStyle: 'short' })));
  for (const o of [{ weekday: 'long', month: 'long', day: 'numeric' }, { month: 'long', day: 'numeric' }, { month: 'short', day: 'numeric' }, { month: 'numeric', day: 'numeric' }]) {
    glues.push(glue(format({ ...o, ...time }), format(o), format(time)));
  }
  // How timeZoneName joins a time: "{0}" the time, "{1}" the zone's name.
  glues.push(glue(format({ ...time, timeZoneName: 'short' }), 'UTC', format(time)));
  return { dateList, timeList, styles, glues };
}

function numbers(locale) {
  const parts = (options, x) => new Intl.NumberFormat(locale, options).formatToParts(x);
  const find = (list, type) => (list.find((p) => p.type === type) || { value: '' }).value;
  const big = parts({}, -1234567.891);
  const decimal = find(big, 'decimal');
  const group = find(big, 'group');
  const minus = find(big, 'minusSign');
  const plus = find(parts({ signDisplay: 'always' }, 1), 'plusSign');
  const text = new Intl.NumberFormat(locale).format(12345678);
  const indian = text.split(group).length === 4;
  const minGrouping = new Intl.NumberFormat(locale).format(1234).includes(group) ? 1 : 2;
  // A pattern: '#' the number, '%' the percent sign, '-' the minus sign, '¤' the currency.
  const shape = (list) => {
    let out = '';
    for (const p of list) {
      if (['integer', 'group', 'decimal', 'fraction'].includes(p.type)) { if (!out.endsWith('#')) out += '#'; }
      else if (p.type === 'minusSign') out += '-';
      else if (p.type === 'percentSign') out += '%';
      else if (p.type === 'currency') out += '¤';
      else if (p.type === 'literal') out += p.value;
      else fail(`number part ${p.type}`);
    }
    if (out.includes('|')) fail('separator');
    return out;
  };
  const currency = { style: 'currency', currency: 'EUR', currencyDisplay: 'narrowSymbol' };
  const percentSign = find(parts({ style: 'percent' }, 0.25), 'percentSign');
  const symbols = CURRENCIES.map((c) => find(parts({ style: 'currency', currency: c }, 1), 'currency'));
  return [decimal, group, minus, plus, indian ? '2' : '3', String(minGrouping), percentSign,
    shape(parts({ style: 'percent' }, 0.25)), shape(parts({ style: 'percent' }, -0.25)),
    shape(parts(currency, 1234.5)), shape(parts(currency, -1234.5)), symbols.join(' '),
    shape(parts({ ...currency, currencySign: 'accounting' }, -1234.5))];
}

// ListFormat's separators for each type and style: between two items, then the start,
// middle and end of a longer list.
function lists(locale) {
  const out = [];
  for (const type of ['conjunction', 'disjunction', 'unit']) for (const style of ['long', 'short', 'narrow']) {
    const lf = new Intl.ListFormat(locale, { type, style });
    const between = (items) => lf.formatToParts(items).filter((p) => p.type === 'literal').map((p) => p.value);
    const [two] = between(['A', 'B']);
    const [start, , end] = between(['A', 'B', 'C', 'D']);
    const [, middle] = between(['A', 'B', 'C', 'D']);
    out.push(two, start, middle, end);
  }
  return out;
}

const REL_UNITS = ['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second'];
const CATEGORIES = ['one', 'few', 'many', 'other'];
const COMPACT_MAX = 18;

// RelativeTimeFormat's patterns for each unit and style: the future and past pattern of each
// plural category ('{0}' the number; empty for a category the language lacks), then the words
// numeric: 'auto' has for -2 to 2 (empty where the language has none).
function relatives(locale) {
  const rules = new Intl.PluralRules(locale);
  const nf = new Intl.NumberFormat(locale);
  const samples = {};
  for (const x of [...Array.from({ length: 200 }, (_, i) => i), 1000000, 1.5]) {
    const c = rules.select(x);
    if (samples[c] === undefined) samples[c] = x;
  }
  const out = [];
  for (const unit of REL_UNITS) for (const style of ['long', 'short', 'narrow']) {
    const always = new Intl.RelativeTimeFormat(locale, { style });
    const auto = new Intl.RelativeTimeFormat(locale, { style, numeric: 'auto' });
    for (const sign of [1, -1]) {
      for (const c of CATEGORIES) {
        const x = samples[c];
        if (x === undefined) { out.push(''); continue; }
        const text = always.format(sign * x, unit);
        const number = nf.format(x);
        if (!text.includes(number)) fail(`relative ${locale} ${text}`);
        out.push(text.replace(number, '{0}'));
      }
    }
    for (const x of [-2, -1, 0, 1, 2]) {
      const parts = auto.formatToParts(x, unit);
      out.push(parts.length === 1 ? parts[0].value : '');
    }
  }
  if (out.some((e) => e.includes('|'))) fail('separator');
  return out;
}

// Compact notation's patterns for 10^3 to 10^18, short then long, each for one, few, many,
// other: '0's stand for the integer digits shown ('00 Mio.' divides 10^7 by 10^6), an empty
// entry for a category the language lacks, '0' alone for a magnitude shown in full.
function compacts(locale) {
  const rules = new Intl.PluralRules(locale);
  const out = [];
  for (const display of ['short', 'long']) {
    const nf = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: display, maximumFractionDigits: 1 });
    for (let k = 3; k <= COMPACT_MAX; k++) {
      // The digits the pattern shows, then a number of that many digits in each category.
      const shown = nf.formatToParts(2 * 10 ** k).filter((p) => p.type === 'integer').map((p) => p.value).join('').length;
      const base = 10 ** (shown - 1);
      const candidates = (shown === 1 ? [1.5, 2, 3, 5, 1] : [1.5, 1, 2, 5, 0].map((x) => 2 * base + x));
      const samples = {};
      for (const x of candidates) if (samples[rules.select(x)] === undefined) samples[rules.select(x)] = x;
      for (const c of CATEGORIES) {
      const x = samples[c];
      if (x === undefined) { out.push(''); continue; }
      const parts = nf.formatToParts(x * 10 ** (k - shown + 1));
      if (!parts.some((p) => p.type === 'compact')) { out.push('0'); continue; }
      let text = '';
      for (const p of parts) {
        if (p.type === 'integer') text += '0'.repeat(p.value.length);
        else if (p.type === 'literal' || p.type === 'compact') text += p.value;
        else if (!['decimal', 'fraction', 'group'].includes(p.type)) fail(`compact part ${p.type}`);
      }
      if (/[0-9|]/.test(text.replace(/0+/, ''))) fail(`compact ${locale} ${text}`);
      out.push(text);
      }
    }
  }
  return out;
}

function hourCycle(locale) {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
}

// A Rust string literal; invisible spaces and marks are escaped.
const rust = (s) => JSON.stringify(s).replace(/[\u00a0\u2009\u200e\u200f\u202f]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
const data = new Map();
for (const [tag] of LOCALES) {
  const n = names(tag);
  data.set(tag, { n, numbers: numbers(tag), dates: dates(tag, n), cycle: hourCycle(tag), lists: lists(tag), relatives: relatives(tag), compacts: compacts(tag) });
}

// A list as one string, '|' between entries; with a parent, an entry equal to the parent's is
// empty (the reader takes the parent's).
// A field all the parent's is empty.
function list(entries, parentEntries) {
  if (parentEntries && entries.every((e, i) => parentEntries[i] === e)) return '';
  return entries.map((e, i) => (parentEntries && parentEntries[i] === e ? '\u0000' : e)).join('|');
}

let out = `//! Generated by \`node scripts/intl_locales.mjs\` from Node 20's ICU (CLDR 44): the number and
//! date data of the locales looplab formats besides en-US (\`locale.rs\` reads them). Do not edit
//! by hand; run the script again.

/// The currencies whose symbols \`numbers\` lists, in its order.
pub const CURRENCIES: [&str; ${CURRENCIES.length}] = ${JSON.stringify(CURRENCIES)};

/// One locale: fields are lists with '|' between entries; NUL is "the parent's entry", an
/// empty field is all the parent's.
pub struct Data {
    pub tag: &'static str,
    pub parent: &'static str,
    pub hour_cycle: &'static str,
    /// decimal, group, minus, plus, secondary grouping, minimum grouping, percent sign,
    /// percent (positive, negative), currency (positive, negative), currency symbols, the
    /// accounting currency pattern of a negative amount.
    pub numbers: &'static str,
    /// Months: format long, short, narrow, stand-alone long, short, narrow (12 each).
    pub months: &'static str,
    /// Weekdays from Sunday: format long, short, narrow, stand-alone long, short, narrow (7 each).
    pub weekdays: &'static str,
    /// AM, PM, the long name of UTC.
    pub names: &'static str,
    /// Date patterns by (weekday, year, month, day) option, time patterns by (cycle h12, h23
    /// or h24, hour, minute, second) as asked (each absent, numeric or 2-digit), dateStyle and
    /// timeStyle (h12, h23, h24) patterns, and the glues ("{1}" the date, "{0}" the time) of the
    /// date styles, of component dates by width, and of a time and its zone's name ("{1}").
    pub dates: &'static str,
    pub times: &'static str,
    pub styles: &'static str,
    pub glues: &'static str,
    /// ListFormat's separators: conjunction, disjunction, unit; long, short, narrow; two,
    /// start, middle, end.
    pub lists: &'static str,
    /// RelativeTimeFormat by unit (year to second) and style (long, short, narrow): future
    /// and past patterns for one, few, many, other, then numeric: 'auto''s words for -2 to 2.
    pub relatives: &'static str,
    /// Compact notation for 10^3 to 10^18, short then long, for one, few, many, other: '0's
    /// are the integer digits shown, '0' alone a magnitude shown in full.
    pub compacts: &'static str,
}

pub const LOCALES: &[Data] = &[
`;
for (const [tag, parent] of LOCALES) {
  const d = data.get(tag);
  const p = parent ? data.get(parent) : undefined;
  const field = (name, value) => `        ${name}: ${rust(value).replace(/\\u0000/g, '\\0')},\n`;
  out += '    Data {\n';
  out += field('tag', tag) + field('parent', parent) + field('hour_cycle', d.cycle);
  out += field('numbers', list(d.numbers, p && p.numbers));
  out += field('months', list(d.n.months.flat(), p && p.n.months.flat()));
  out += field('weekdays', list(d.n.weekdays.flat(), p && p.n.weekdays.flat()));
  out += field('names', list([...d.n.periods, d.n.zone], p && [...p.n.periods, p.n.zone]));
  out += field('dates', list(d.dates.dateList, p && p.dates.dateList));
  out += field('times', list(d.dates.timeList, p && p.dates.timeList));
  out += field('styles', list(d.dates.styles, p && p.dates.styles));
  out += field('glues', list(d.dates.glues, p && p.dates.glues));
  out += field('lists', list(d.lists, p && p.lists));
  out += field('relatives', list(d.relatives, p && p.relatives));
  out += field('compacts', list(d.compacts, p && p.compacts));
  out += '    },\n';
}
out += '];\n';
process.stdout.write(out);
