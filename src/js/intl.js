//! The global `Intl` and the locale-sensitive methods of the built-ins, in UTC (the machine's
// default locale is en-US): constructors, option reading and `resolvedOptions` as V8's
// `JSNumberFormat`, `JSDateTimeFormat`, ... do them, over natives that lay the values out as
// ICU does (`src/intl/`). A locale without data falls back to its language, then to en-US,
// as ICU falls back.
'use strict';

const slots = new WeakMap();
const DEFAULT_LOCALE = 'en-US';

function defineMethods(target, methods) {
  for (const name of Reflect.ownKeys(methods)) {
    const d = Object.getOwnPropertyDescriptor(methods, name);
    d.enumerable = false;
    Object.defineProperty(target, name, d);
  }
}

function setTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, { value: tag, configurable: true });
}

// The internal record of an Intl object, or V8's TypeError for a wrong receiver.
function unwrap(value, kind, method) {
  const record = (typeof value === 'object' || typeof value === 'function') && value !== null ? slots.get(value) : undefined;
  if (record === undefined || record.kind !== kind) {
    throw new TypeError(`Method ${method} called on incompatible receiver ${receiverText(value)}`);
  }
  return record;
}

function receiverText(value) {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'object' || typeof value === 'function') {
    const name = value.constructor && value.constructor.name;
    return name ? `#<${name}>` : '[object Object]';
  }
  return String(value);
}

// ECMA-402 CanonicalizeLocaleList, for the tags looplab accepts: well-formed BCP 47 tags,
// canonical case (`en-us` is `en-US`).
const TAG = /^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(-[a-wyz0-9](-[a-z0-9]{2,8})+)*(-x(-[a-z0-9]{1,8})+)?$/i;

function canonicalTag(tag) {
  if (typeof tag !== 'string' && (typeof tag !== 'object' || tag === null)) {
    throw new TypeError('Language ID should be string or object.');
  }
  const text = String(tag);
  if (!TAG.test(text)) throw new RangeError(`Incorrect locale information provided`);
  return text.split('-').map((part, i, all) => {
    if (i === 0) return part.toLowerCase();
    if (all[i - 1].length === 1) return part.toLowerCase();
    if (part.length === 2) return part.toUpperCase();
    if (part.length === 4 && /^[a-z]/i.test(part)) return part[0].toUpperCase() + part.slice(1).toLowerCase();
    return part.toLowerCase();
  }).join('-');
}

function canonicalizeLocaleList(locales) {
  if (locales === undefined) return [];
  if (typeof locales === 'string') return [canonicalTag(locales)];
  const list = [];
  const object = Object(locales);
  const length = Math.min(Math.max(Math.trunc(Number(object.length)) || 0, 0), 2 ** 32);
  for (let i = 0; i < length; i++) {
    if (!(i in object)) continue;
    const tag = canonicalTag(object[i]);
    if (!list.includes(tag)) list.push(tag);
  }
  return list;
}

// The locales with data besides en-US (`src/intl/locale_data.rs`), and the region each
// language's data is written for (`de` is Germany's German).
const DATA_LOCALES = native.locales();
const HOME_REGIONS = { en: 'US', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', pt: 'BR', nl: 'NL', ja: 'JP', zh: 'CN', ko: 'KR', ru: 'RU', hi: 'IN', sv: 'SE', pl: 'PL' };

// ICU's fallback for one requested tag: the locale it resolves to and the data it formats
// with ('' is en-US's), or undefined for a language without data. A region with data of its
// own keeps it (`de-AT`), a language's home region is the language's data (`de-DE`), and
// another region falls back to the language (`de-XX` resolves to `de`).
function negotiate(tag) {
  const base = tag.replace(/-u-.*$/, '').replace(/-x-.*$/, '');
  const subtags = base.split('-');
  const language = subtags[0];
  const region = subtags.slice(1).find((part) => /^([A-Z]{2}|[0-9]{3})$/.test(part));
  if (region !== undefined && DATA_LOCALES.includes(`${language}-${region}`)) {
    return { locale: base, data: `${language}-${region}` };
  }
  const data = language === 'en' ? '' : language;
  if (language !== 'en' && !DATA_LOCALES.includes(language)) return undefined;
  if (region === undefined || region === HOME_REGIONS[language]) return { locale: base, data };
  return { locale: language, data };
}

// The locale a constructor resolves to: the first requested tag with data, else en-US.
function resolveLocaleData(locales) {
  for (const tag of canonicalizeLocaleList(locales)) {
    const found = negotiate(tag);
    if (found !== undefined) return found;
  }
  return { locale: DEFAULT_LOCALE, data: '' };
}

function resolveLocale(locales) {
  return resolveLocaleData(locales).locale;
}

function supportedLocalesOf(locales) {
  return canonicalizeLocaleList(locales).filter((tag) => negotiate(tag) !== undefined);
}

function toOptions(options) {
  if (options === undefined) return Object.create(null);
  if (options === null) throw new TypeError('Cannot convert undefined or null to object');
  return Object(options);
}

// ECMA-402 GetOption, with V8's RangeError text.
function getOption(options, property, type, values, fallback, service) {
  let value = options[property];
  if (value === undefined) return fallback;
  if (type === 'boolean') value = Boolean(value);
  else value = String(value);
  if (values !== undefined && !values.includes(value)) {
    throw new RangeError(`Value ${value} out of range for ${service} options property ${property}`);
  }
  return value;
}

// ECMA-402 DefaultNumberOption.
function defaultNumberOption(value, minimum, maximum, fallback, property) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (Number.isNaN(n) || n < minimum || n > maximum) {
    throw new RangeError(`${property} value is out of range.`);
  }
  return Math.floor(n);
}

function getNumberOption(options, property, minimum, maximum, fallback) {
  return defaultNumberOption(options[property], minimum, maximum, fallback, property);
}

// ---------------------------------------------------------------------------------------
// Intl.NumberFormat

const NF = 'Intl.NumberFormat';
const INCREMENTS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000];

// ECMA-402 SetNumberFormatDigitOptions.
function setDigitOptions(record, options, mnfdDefault, mxfdDefault, notation) {
  const mnid = getNumberOption(options, 'minimumIntegerDigits', 1, 21, 1);
  const mnfd = options.minimumFractionDigits;
  const mxfd = options.maximumFractionDigits;
  const mnsd = options.minimumSignificantDigits;
  const mxsd = options.maximumSignificantDigits;
  record.minimumIntegerDigits = mnid;
  const increment = getNumberOption(options, 'roundingIncrement', 1, 5000, 1);
  if (!INCREMENTS.includes(increment)) throw new RangeError('roundingIncrement value is out of range.');
  const roundingMode = getOption(options, 'roundingMode', 'string',
    ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'], 'halfExpand', NF);
  const roundingPriority = getOption(options, 'roundingPriority', 'string', ['auto', 'morePrecision', 'lessPrecision'], 'auto', NF);
  const trailingZeroDisplay = getOption(options, 'trailingZeroDisplay', 'string', ['auto', 'stripIfInteger'], 'auto', NF);
  if (increment !== 1) mxfdDefault = mnfdDefault;
  record.roundingIncrement = increment;
  record.roundingMode = roundingMode;
  record.trailingZeroDisplay = trailingZeroDisplay;
  const hasSd = mnsd !== undefined || mxsd !== undefined;
  const hasFd = mnfd !== undefined || mxfd !== undefined;
  let needSd = true;
  let needFd = true;
  if (roundingPriority === 'auto') {
    needSd = hasSd;
    if (needSd || (!hasFd && notation === 'compact')) needFd = false;
  }
  if (needSd) {
    if (hasSd) {
      record.minimumSignificantDigits = defaultNumberOption(mnsd, 1, 21, 1, 'minimumSignificantDigits');
      record.maximumSignificantDigits = defaultNumberOption(mxsd, record.minimumSignificantDigits, 21, 21, 'maximumSignificantDigits');
    } else {
      record.minimumSignificantDigits = 1;
      record.maximumSignificantDigits = 21;
    }
  }
  if (needFd) {
    if (hasFd) {
      // V8 11.3 (Node 20) keeps ECMA-402 2022's bound of 20 fraction digits, not 2023's 100.
      let min = defaultNumberOption(mnfd, 0, 20, undefined, 'minimumFractionDigits');
      let max = defaultNumberOption(mxfd, 0, 20, undefined, 'maximumFractionDigits');
      if (min === undefined) min = Math.min(mnfdDefault, max);
      else if (max === undefined) max = Math.max(mxfdDefault, min);
      else if (min > max) throw new RangeError('maximumFractionDigits value is out of range.');
      record.minimumFractionDigits = min;
      record.maximumFractionDigits = max;
    } else {
      record.minimumFractionDigits = mnfdDefault;
      record.maximumFractionDigits = mxfdDefault;
    }
  }
  if (!needSd && !needFd) {
    record.minimumFractionDigits = 0;
    record.maximumFractionDigits = 0;
    record.minimumSignificantDigits = 1;
    record.maximumSignificantDigits = 2;
    record.roundingType = 'morePrecision';
    record.roundingPriority = 'morePrecision';
  } else if (roundingPriority === 'auto') {
    record.roundingType = needSd ? 'significantDigits' : 'fractionDigits';
    record.roundingPriority = 'auto';
  } else {
    record.roundingType = roundingPriority;
    record.roundingPriority = roundingPriority;
  }
  if (increment !== 1) {
    if (record.roundingType !== 'fractionDigits') {
      throw new TypeError('For roundingIncrement, roundingType must be fractionDigits.');
    }
    if (record.maximumFractionDigits !== record.minimumFractionDigits) {
      throw new RangeError('maximumFractionDigits not equal to minimumFractionDigits');
    }
  }
}

function NumberFormat(locales = undefined, options = undefined) {
  if (new.target === undefined) return new NumberFormat(locales, options);
  const { locale, data } = resolveLocaleData(locales);
  const record = { kind: 'NumberFormat', locale, dataLocale: data, numberingSystem: 'latn' };
  options = toOptions(options);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', NF);
  const numberingSystem = getOption(options, 'numberingSystem', 'string', undefined, undefined, NF);
  if (numberingSystem !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(numberingSystem)) {
    throw new RangeError(`Invalid numberingSystem : ${numberingSystem}`);
  }
  const style = getOption(options, 'style', 'string', ['decimal', 'percent', 'currency', 'unit'], 'decimal', NF);
  record.style = style;
  let currency = getOption(options, 'currency', 'string', undefined, undefined, NF);
  if (currency !== undefined && !/^[a-z]{3}$/i.test(currency)) {
    throw new RangeError(`Invalid currency code : ${currency}`);
  }
  const currencyDisplay = getOption(options, 'currencyDisplay', 'string', ['code', 'symbol', 'narrowSymbol', 'name'], 'symbol', NF);
  const currencySign = getOption(options, 'currencySign', 'string', ['standard', 'accounting'], 'standard', NF);
  const unit = getOption(options, 'unit', 'string', undefined, undefined, NF);
  if (unit !== undefined && !native.isUnit(unit)) {
    throw new RangeError(`Invalid unit argument for Intl.NumberFormat() '${unit}'`);
  }
  const unitDisplay = getOption(options, 'unitDisplay', 'string', ['short', 'narrow', 'long'], 'short', NF);
  if (style === 'currency') {
    if (currency === undefined) throw new TypeError('Currency code is required with currency style.');
    currency = currency.toUpperCase();
    record.currency = currency;
    record.currencyDisplay = currencyDisplay;
    record.currencySign = currencySign;
  }
  if (style === 'unit') {
    if (unit === undefined) throw new TypeError("Invalid unit argument for Intl.NumberFormat() ''");
    record.unit = unit;
    record.unitDisplay = unitDisplay;
  }
  const notation = getOption(options, 'notation', 'string', ['standard', 'scientific', 'engineering', 'compact'], 'standard', NF);
  let mnfdDefault = 0;
  let mxfdDefault = style === 'percent' ? 0 : 3;
  if (style === 'currency' && notation === 'standard') {
    mnfdDefault = native.currencyDigits(currency);
    mxfdDefault = mnfdDefault;
  }
  setDigitOptions(record, options, mnfdDefault, mxfdDefault, notation);
  record.notation = notation;
  const compactDisplay = getOption(options, 'compactDisplay', 'string', ['short', 'long'], 'short', NF);
  if (notation === 'compact') record.compactDisplay = compactDisplay;
  const defaultGrouping = notation === 'compact' ? 'min2' : 'auto';
  const grouping = options.useGrouping;
  if (grouping === undefined) record.useGrouping = defaultGrouping;
  else if (grouping === true) record.useGrouping = 'always';
  else if (!grouping) record.useGrouping = false;
  else {
    const text = String(grouping);
    if (text === 'true' || text === 'false') record.useGrouping = defaultGrouping;
    else if (['min2', 'auto', 'always'].includes(text)) record.useGrouping = text;
    else throw new RangeError(`Value ${text} out of range for ${NF} options property useGrouping`);
  }
  record.signDisplay = getOption(options, 'signDisplay', 'string', ['auto', 'never', 'always', 'exceptZero', 'negative'], 'auto', NF);
  slots.set(this, record);
  return this;
}

// The value NumberFormat formats: ECMA-402's ToIntlMathematicalValue (BigInts and decimal
// strings stay exact; other strings go through Number).
function toIntlValue(value) {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'object' && value !== null) value = primitive(value);
  if (typeof value === 'bigint') return value;
  if (typeof value === 'string') {
    if (/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(value)) return value.trim();
    return Number(value);
  }
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a number');
  return Number(value);
}

function primitive(value) {
  const p = value[Symbol.toPrimitive];
  if (p !== undefined && p !== null) return p.call(value, 'number');
  return Number(value);
}

function toParts(flat) {
  const parts = [];
  for (let i = 0; i < flat.length; i += 2) parts.push({ type: flat[i], value: flat[i + 1] });
  return parts;
}

function joinParts(flat) {
  let text = '';
  for (let i = 1; i < flat.length; i += 2) text += flat[i];
  return text;
}

function formatNumber(record, value) {
  return joinParts(native.formatNumber(toIntlValue(value), record));
}

const nfGetters = {
  get format() {
    const record = unwrap(this, 'NumberFormat', 'get Intl.NumberFormat.prototype.format');
    if (record.bound === undefined) {
      const bound = (value) => formatNumber(record, value);
      Object.defineProperty(bound, 'name', { value: '' });
      record.bound = bound;
    }
    return record.bound;
  },
};

const NUMBER_OPTION_ORDER = ['locale', 'numberingSystem', 'style', 'currency', 'currencyDisplay', 'currencySign', 'unit',
  'unitDisplay', 'minimumIntegerDigits', 'minimumSignificantDigits', 'maximumSignificantDigits', 'minimumFractionDigits',
  'maximumFractionDigits', 'useGrouping', 'notation', 'compactDisplay', 'signDisplay', 'roundingMode', 'roundingIncrement',
  'trailingZeroDisplay', 'roundingPriority'];

function copyOptions(record, order) {
  const out = {};
  for (const key of order) if (record[key] !== undefined) out[key] = record[key];
  return out;
}

defineMethods(NumberFormat.prototype, {
  resolvedOptions() {
    return copyOptions(unwrap(this, 'NumberFormat', 'Intl.NumberFormat.prototype.resolvedOptions'), NUMBER_OPTION_ORDER);
  },
  formatToParts(value) {
    const record = unwrap(this, 'NumberFormat', 'Intl.NumberFormat.prototype.formatToParts');
    return toParts(native.formatNumber(toIntlValue(value), record));
  },
});
Object.defineProperty(NumberFormat.prototype, 'format', {
  get: Object.getOwnPropertyDescriptor(nfGetters, 'format').get,
  enumerable: false,
  configurable: true,
});
defineMethods(NumberFormat.prototype, {
  formatRange(start, end) {
    const record = unwrap(this, 'NumberFormat', 'Intl.NumberFormat.prototype.formatRange');
    if (start === undefined || end === undefined) throw new TypeError('start or end is undefined');
    const a = formatNumber(record, start);
    const b = formatNumber(record, end);
    return a === b ? `~${a}` : `${a}–${b}`;
  },
});
setTag(NumberFormat.prototype, NF);
defineMethods(NumberFormat, {
  supportedLocalesOf(locales) { return supportedLocalesOf(locales); },
});

// ---------------------------------------------------------------------------------------
// Intl.DateTimeFormat

const DTF = 'Intl.DateTimeFormat';
const DATE_FIELDS = ['weekday', 'year', 'month', 'day'];
const TIME_FIELDS = ['dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits'];
const UTC_NAMES = ['utc', 'etc/utc', 'gmt', 'etc/gmt', 'uct', 'etc/uct', 'universal', 'etc/universal', 'zulu',
  'etc/zulu', 'greenwich', 'etc/greenwich', 'gmt0', 'etc/gmt0', 'gmt+0', 'etc/gmt+0', 'gmt-0', 'etc/gmt-0'];

// ECMA-402 ToDateTimeOptions (as Node 20's V8 has it).
function toDateTimeOptions(options, required, defaults) {
  const o = Object.create(options === undefined ? null : toOptions(options));
  let needDefaults = true;
  if (required === 'date' || required === 'any') {
    for (const p of DATE_FIELDS) if (o[p] !== undefined) needDefaults = false;
  }
  if (required === 'time' || required === 'any') {
    for (const p of TIME_FIELDS) if (o[p] !== undefined) needDefaults = false;
  }
  const dateStyle = o.dateStyle;
  const timeStyle = o.timeStyle;
  if (dateStyle !== undefined || timeStyle !== undefined) needDefaults = false;
  if (required === 'date' && timeStyle !== undefined) throw new TypeError('Invalid option : timeStyle');
  if (required === 'time' && dateStyle !== undefined) throw new TypeError('Invalid option : dateStyle');
  if (needDefaults && (defaults === 'date' || defaults === 'all')) {
    for (const p of ['year', 'month', 'day']) Object.defineProperty(o, p, { value: 'numeric', writable: true, enumerable: true, configurable: true });
  }
  if (needDefaults && (defaults === 'time' || defaults === 'all')) {
    for (const p of ['hour', 'minute', 'second']) Object.defineProperty(o, p, { value: 'numeric', writable: true, enumerable: true, configurable: true });
  }
  return o;
}

// The machine's time zone is UTC and looplab has no time zone data: UTC's names are
// accepted, any other zone is refused with a RangeError that says so.
function resolveTimeZone(value) {
  if (value === undefined) return 'UTC';
  const name = String(value);
  if (UTC_NAMES.includes(name.toLowerCase())) return 'UTC';
  if (/^[A-Za-z][A-Za-z_-]*(\/[A-Za-z0-9_+-]+)+$/.test(name)) {
    throw new RangeError(`Invalid time zone specified: ${name} (looplab models the UTC time zone only)`);
  }
  throw new RangeError(`Invalid time zone specified: ${name}`);
}

const COMPONENTS = [
  ['weekday', ['narrow', 'short', 'long']],
  ['era', ['narrow', 'short', 'long']],
  ['year', ['2-digit', 'numeric']],
  ['month', ['2-digit', 'numeric', 'narrow', 'short', 'long']],
  ['day', ['2-digit', 'numeric']],
  ['dayPeriod', ['narrow', 'short', 'long']],
  ['hour', ['2-digit', 'numeric']],
  ['minute', ['2-digit', 'numeric']],
  ['second', ['2-digit', 'numeric']],
  ['fractionalSecondDigits', null],
  ['timeZoneName', ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric']],
];

function createDateTimeFormat(target, locales, options, required, defaults) {
  const { locale, data } = resolveLocaleData(locales);
  const record = { kind: 'DateTimeFormat', locale, dataLocale: data, calendar: 'gregory', numberingSystem: 'latn' };
  options = toDateTimeOptions(options, required, defaults);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', DTF);
  getOption(options, 'calendar', 'string', undefined, undefined, DTF);
  getOption(options, 'numberingSystem', 'string', undefined, undefined, DTF);
  const hour12 = getOption(options, 'hour12', 'boolean', undefined, undefined, DTF);
  let hourCycle = getOption(options, 'hourCycle', 'string', ['h11', 'h12', 'h23', 'h24'], undefined, DTF);
  // V8's reading of hour12: the 12-hour or 24-hour cycle of the locale's family (h11 and h23
  // go together, h12 and h24).
  const localeCycle = native.hourCycle(data);
  const pairedWithH23 = localeCycle === 'h11' || localeCycle === 'h23';
  if (hour12 !== undefined) hourCycle = hour12 ? (pairedWithH23 ? 'h11' : 'h12') : (pairedWithH23 ? 'h23' : 'h24');
  record.timeZone = resolveTimeZone(options.timeZone);
  let explicit;
  for (const [name, values] of COMPONENTS) {
    const value = values === null
      ? getNumberOption(options, name, 1, 3, undefined)
      : getOption(options, name, 'string', values, undefined, DTF);
    if (value !== undefined) {
      record[name] = value;
      if (explicit === undefined) explicit = name;
    }
  }
  getOption(options, 'formatMatcher', 'string', ['basic', 'best fit'], 'best fit', DTF);
  const dateStyle = getOption(options, 'dateStyle', 'string', ['full', 'long', 'medium', 'short'], undefined, DTF);
  const timeStyle = getOption(options, 'timeStyle', 'string', ['full', 'long', 'medium', 'short'], undefined, DTF);
  if (dateStyle !== undefined || timeStyle !== undefined) {
    if (explicit !== undefined) {
      throw new TypeError(`Can't set option ${explicit} when ${dateStyle !== undefined ? 'dateStyle' : 'timeStyle'} is used`);
    }
    record.dateStyle = dateStyle;
    record.timeStyle = timeStyle;
  }
  // The widths asked for, which pick a data locale's pattern (resolvedOptions shows the
  // pattern's own).
  record.askedHour = record.hour;
  record.askedMinute = record.minute;
  record.askedSecond = record.second;
  if (record.hour !== undefined || timeStyle !== undefined) {
    record.hourCycle = hourCycle ?? localeCycle;
    record.hour12 = record.hourCycle === 'h11' || record.hourCycle === 'h12';
    // The widths ICU's pattern really uses, which resolvedOptions reports.
    if (record.hour !== undefined && data === '' && !record.hour12) record.hour = '2-digit';
  }
  if (record.minute !== undefined) {
    if (record.hour !== undefined || record.second !== undefined) record.minute = '2-digit';
    else record.minute = 'numeric';
  }
  if (record.second !== undefined && record.minute !== undefined) record.second = '2-digit';
  if (record.hour !== undefined && data !== '') record.hour = native.hourPadded(record) ? '2-digit' : 'numeric';
  slots.set(target, record);
  return target;
}

function DateTimeFormat(locales = undefined, options = undefined) {
  if (new.target === undefined) return new DateTimeFormat(locales, options);
  return createDateTimeFormat(this, locales, options, 'any', 'date');
}

function timeValue(date) {
  const t = date === undefined ? Date.now() : Number(date);
  if (!Number.isFinite(t) || Math.abs(t) > 8.64e15) throw new RangeError('Invalid time value');
  return Math.trunc(t) + 0;
}

function dateParts(record, date) {
  return native.formatDate(timeValue(date), record);
}

const dtfGetters = {
  get format() {
    const record = unwrap(this, 'DateTimeFormat', 'get Intl.DateTimeFormat.prototype.format');
    if (record.bound === undefined) {
      const bound = (date) => dateText(dateParts(record, date));
      Object.defineProperty(bound, 'name', { value: '' });
      record.bound = bound;
    }
    return record.bound;
  },
};

const DATE_OPTION_ORDER = ['locale', 'calendar', 'numberingSystem', 'timeZone', 'hourCycle', 'hour12', 'weekday', 'era',
  'year', 'month', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits', 'timeZoneName',
  'dateStyle', 'timeStyle'];

// formatRange: the two dates apart with a thin-spaced en dash, or one when they look alike.
function rangeParts(record, start, end) {
  if (start === undefined || end === undefined) throw new TypeError('startDate or endDate is undefined');
  const a = toParts(dateParts(record, start)).map((p) => ({ ...p, source: 'startRange' }));
  const b = toParts(dateParts(record, end)).map((p) => ({ ...p, source: 'endRange' }));
  const text = (parts) => parts.map((p) => p.value).join('');
  if (text(a) === text(b)) return a.map((p) => ({ ...p, source: 'shared' }));
  return [...a, { type: 'literal', value: '\u2009\u2013\u2009', source: 'shared' }, ...b];
}

defineMethods(DateTimeFormat.prototype, {
  resolvedOptions() {
    return copyOptions(unwrap(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.resolvedOptions'), DATE_OPTION_ORDER);
  },
  formatToParts(date) {
    const record = unwrap(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.formatToParts');
    return toParts(dateParts(record, date));
  },
});
Object.defineProperty(DateTimeFormat.prototype, 'format', {
  get: Object.getOwnPropertyDescriptor(dtfGetters, 'format').get,
  enumerable: false,
  configurable: true,
});
defineMethods(DateTimeFormat.prototype, {
  formatRange(startDate, endDate) {
    const record = unwrap(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.formatRange');
    return rangeParts(record, startDate, endDate).map((p) => p.value).join('').replace(/\u202f/g, ' ');
  },
  formatRangeToParts(startDate, endDate) {
    const record = unwrap(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.formatRangeToParts');
    return rangeParts(record, startDate, endDate);
  },
});
setTag(DateTimeFormat.prototype, DTF);
defineMethods(DateTimeFormat, {
  supportedLocalesOf(locales) { return supportedLocalesOf(locales); },
});

function thisTime(value, method) {
  if (!(value instanceof Date)) {
    throw new TypeError(`Method Date.prototype.${method} called on incompatible receiver ${receiverText(value)}`);
  }
  return Date.prototype.getTime.call(value);
}

function dateToLocale(date, locales, options, required, defaults, method) {
  const t = thisTime(date, method);
  if (Number.isNaN(t)) return 'Invalid Date';
  const record = slots.get(createDateTimeFormat({}, locales, options, required, defaults));
  return dateText(native.formatDate(t, record));
}

// V8 gives format() a plain space where ICU puts U+202F before AM/PM (formatToParts keeps it).
function dateText(flat) {
  return joinParts(flat).replace(/\u202f/g, ' ');
}

defineMethods(Date.prototype, {
  toLocaleString(locales = undefined, options = undefined) {
    return dateToLocale(this, locales, options, 'any', 'all', 'toLocaleString');
  },
  toLocaleDateString(locales = undefined, options = undefined) {
    return dateToLocale(this, locales, options, 'date', 'date', 'toLocaleDateString');
  },
  toLocaleTimeString(locales = undefined, options = undefined) {
    return dateToLocale(this, locales, options, 'time', 'time', 'toLocaleTimeString');
  },
});

// ---------------------------------------------------------------------------------------
// Intl.Collator and String.prototype.localeCompare

const COL = 'Intl.Collator';

// The `-u-kn` and `-u-kf` keys of a requested locale (Unicode extensions for numeric order
// and case first), which a collator honours when its options do not say.
function collatorExtensions(locales) {
  const keys = {};
  for (const tag of canonicalizeLocaleList(locales)) {
    if (negotiate(tag) === undefined) continue;
    const match = /-u-(.*)$/.exec(tag);
    if (match === null) break;
    const fields = match[1].split('-');
    for (let i = 0; i < fields.length; i++) {
      if (fields[i] === 'kn') keys.kn = fields[i + 1] === 'false' ? false : true;
      if (fields[i] === 'kf' && ['upper', 'lower', 'false'].includes(fields[i + 1])) keys.kf = fields[i + 1];
    }
    break;
  }
  return keys;
}

// ICU's collation data is per language, but for these regions (and en-US, the default).
const COLLATION_REGIONS = ['en-US', 'de-AT', 'zh-CN'];

// The locale a collator resolves to: the language of the negotiated locale, with its
// Unicode extension.
function collatorLocale(locales) {
  const base = resolveLocale(locales);
  if (COLLATION_REGIONS.includes(base)) return base;
  return base.split('-')[0];
}

function Collator(locales = undefined, options = undefined) {
  if (new.target === undefined) return new Collator(locales, options);
  const record = { kind: 'Collator', locale: collatorLocale(locales) };
  options = toOptions(options);
  record.usage = getOption(options, 'usage', 'string', ['sort', 'search'], 'sort', COL);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', COL);
  getOption(options, 'collation', 'string', undefined, undefined, COL);
  const numeric = getOption(options, 'numeric', 'boolean', undefined, undefined, COL);
  const caseFirst = getOption(options, 'caseFirst', 'string', ['upper', 'lower', 'false'], undefined, COL);
  const extensions = collatorExtensions(locales);
  record.numeric = numeric ?? extensions.kn ?? false;
  record.caseFirst = caseFirst ?? extensions.kf ?? 'false';
  if (numeric === undefined && extensions.kn !== undefined) record.locale += extensions.kn ? '-u-kn' : '-u-kn-false';
  record.sensitivity = getOption(options, 'sensitivity', 'string', ['base', 'accent', 'case', 'variant'], 'variant', COL);
  record.ignorePunctuation = getOption(options, 'ignorePunctuation', 'boolean', undefined, false, COL);
  record.collation = 'default';
  slots.set(this, record);
  return this;
}

function compareStrings(record, x, y) {
  return native.compare(String(x), String(y), record);
}

const collatorGetters = {
  get compare() {
    const record = unwrap(this, 'Collator', 'get Intl.Collator.prototype.compare');
    if (record.bound === undefined) {
      const bound = (x, y) => compareStrings(record, x, y);
      Object.defineProperty(bound, 'name', { value: '' });
      record.bound = bound;
    }
    return record.bound;
  },
};

defineMethods(Collator.prototype, {
  resolvedOptions() {
    return copyOptions(unwrap(this, 'Collator', 'Intl.Collator.prototype.resolvedOptions'),
      ['locale', 'usage', 'sensitivity', 'ignorePunctuation', 'collation', 'numeric', 'caseFirst']);
  },
});
Object.defineProperty(Collator.prototype, 'compare', {
  get: Object.getOwnPropertyDescriptor(collatorGetters, 'compare').get,
  enumerable: false,
  configurable: true,
});
setTag(Collator.prototype, COL);
defineMethods(Collator, {
  supportedLocalesOf(locales) { return supportedLocalesOf(locales); },
});

defineMethods(String.prototype, {
  localeCompare(that) {
    if (this === undefined || this === null) {
      throw new TypeError('String.prototype.localeCompare called on null or undefined');
    }
    const record = slots.get(new Collator(arguments[1], arguments[2]));
    return compareStrings(record, String(this), that);
  },
});

// ---------------------------------------------------------------------------------------
// Intl.PluralRules

const PR = 'Intl.PluralRules';

function PluralRules(locales = undefined, options = undefined) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.PluralRules requires 'new'");
  // ICU's plural data is per language: en-US resolves to en, de-DE to de.
  const language = resolveLocale(locales).split('-')[0];
  const record = { kind: 'PluralRules', locale: language, style: 'decimal', useGrouping: false };
  options = toOptions(options);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', PR);
  record.type = getOption(options, 'type', 'string', ['cardinal', 'ordinal'], 'cardinal', PR);
  setDigitOptions(record, options, 0, 3, 'standard');
  slots.set(this, record);
  return this;
}

defineMethods(PluralRules.prototype, {
  resolvedOptions() {
    const record = unwrap(this, 'PluralRules', 'Intl.PluralRules.prototype.resolvedOptions');
    const out = copyOptions(record, ['locale', 'type', 'minimumIntegerDigits', 'minimumFractionDigits',
      'maximumFractionDigits', 'minimumSignificantDigits', 'maximumSignificantDigits']);
    out.pluralCategories = native.pluralCategories(record.locale, record.type === 'ordinal');
    return out;
  },
  select(number) {
    const record = unwrap(this, 'PluralRules', 'Intl.PluralRules.prototype.select');
    return native.pluralSelect(Number(number), record);
  },
  selectRange(start, end) {
    const record = unwrap(this, 'PluralRules', 'Intl.PluralRules.prototype.selectRange');
    if (start === undefined || end === undefined) throw new TypeError('start or end is undefined');
    return native.pluralSelect(Number(end), record);
  },
});
setTag(PluralRules.prototype, PR);
defineMethods(PluralRules, {
  supportedLocalesOf(locales) { return supportedLocalesOf(locales); },
});

// ---------------------------------------------------------------------------------------
// Intl.ListFormat

const LF = 'Intl.ListFormat';

function ListFormat(locales = undefined, options = undefined) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.ListFormat requires 'new'");
  const { locale, data } = resolveLocaleData(locales);
  const record = { kind: 'ListFormat', locale, dataLocale: data };
  options = options === undefined ? Object.create(null) : options;
  if (typeof options !== 'object' || options === null) throw new TypeError('Options must be an object');
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', LF);
  record.type = getOption(options, 'type', 'string', ['conjunction', 'disjunction', 'unit'], 'conjunction', LF);
  record.style = getOption(options, 'style', 'string', ['long', 'short', 'narrow'], 'long', LF);
  slots.set(this, record);
  return this;
}

function listItems(list) {
  if (list === undefined) return [];
  const items = [];
  for (const item of list) {
    if (typeof item !== 'string') throw new TypeError(`Iterable yielded ${typeof item === 'symbol' ? 'Symbol()' : String(item)} which is not a string`);
    items.push(item);
  }
  return items;
}

defineMethods(ListFormat.prototype, {
  resolvedOptions() {
    return copyOptions(unwrap(this, 'ListFormat', 'Intl.ListFormat.prototype.resolvedOptions'), ['locale', 'type', 'style']);
  },
  format(list) {
    const record = unwrap(this, 'ListFormat', 'Intl.ListFormat.prototype.format');
    return joinParts(native.formatList(listItems(list), record.type, record.style, record.dataLocale));
  },
  formatToParts(list) {
    const record = unwrap(this, 'ListFormat', 'Intl.ListFormat.prototype.formatToParts');
    return toParts(native.formatList(listItems(list), record.type, record.style, record.dataLocale));
  },
});
setTag(ListFormat.prototype, LF);
defineMethods(ListFormat, {
  supportedLocalesOf(locales) { return supportedLocalesOf(locales); },
});

// ---------------------------------------------------------------------------------------
// Intl.RelativeTimeFormat

const RTF = 'Intl.RelativeTimeFormat';
const RELATIVE_UNITS = ['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second'];

function RelativeTimeFormat(locales = undefined, options = undefined) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.RelativeTimeFormat requires 'new'");
  const { locale, data } = resolveLocaleData(locales);
  const record = { kind: 'RelativeTimeFormat', locale, dataLocale: data, numberingSystem: 'latn' };
  options = toOptions(options);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', RTF);
  getOption(options, 'numberingSystem', 'string', undefined, undefined, RTF);
  record.style = getOption(options, 'style', 'string', ['long', 'short', 'narrow'], 'long', RTF);
  record.numeric = getOption(options, 'numeric', 'string', ['always', 'auto'], 'always', RTF);
  slots.set(this, record);
  return this;
}

function relativeParts(record, value, unit, method) {
  const x = Number(value);
  const name = String(unit);
  const singular = name.endsWith('s') ? name.slice(0, -1) : name;
  if (!RELATIVE_UNITS.includes(singular)) {
    throw new RangeError(`Invalid unit argument for ${method}() '${name}'`);
  }
  if (!Number.isFinite(x)) throw new RangeError('Invalid number value');
  const flat = native.relativeTime(x, singular, record.style, record.numeric === 'auto', record.dataLocale);
  return { flat, unit: singular };
}

defineMethods(RelativeTimeFormat.prototype, {
  resolvedOptions() {
    return copyOptions(unwrap(this, 'RelativeTimeFormat', 'Intl.RelativeTimeFormat.prototype.resolvedOptions'),
      ['locale', 'style', 'numeric', 'numberingSystem']);
  },
  format(value, unit) {
    const record = unwrap(this, 'RelativeTimeFormat', 'Intl.RelativeTimeFormat.prototype.format');
    return joinParts(relativeParts(record, value, unit, 'Intl.RelativeTimeFormat.prototype.format').flat);
  },
  formatToParts(value, unit) {
    const record = unwrap(this, 'RelativeTimeFormat', 'Intl.RelativeTimeFormat.prototype.formatToParts');
    const { flat, unit: name } = relativeParts(record, value, unit, 'Intl.RelativeTimeFormat.prototype.formatToParts');
    return toParts(flat).map((p) => (p.type === 'literal' ? p : { type: p.type, value: p.value, unit: name }));
  },
});
setTag(RelativeTimeFormat.prototype, RTF);
defineMethods(RelativeTimeFormat, {
  supportedLocalesOf(locales) { return supportedLocalesOf(locales); },
});

// ---------------------------------------------------------------------------------------
// Intl.Segmenter, with %Segments.prototype% and %SegmentIterator.prototype% as V8 shapes
// them (neither has a constructor; the iterator's prototype is %IteratorPrototype%).

const SEG = 'Intl.Segmenter';

// ICU's break iterators know every language, so a requested tag with a region keeps it
// (`en-GB`), where formatting services fall back to the locales with data.
function segmenterLocale(locales) {
  for (const tag of canonicalizeLocaleList(locales)) {
    if (negotiate(tag) !== undefined) return tag.replace(/-u-.*$/, '').replace(/-x-.*$/, '');
  }
  return DEFAULT_LOCALE;
}

function Segmenter(locales = undefined, options = undefined) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.Segmenter requires 'new'");
  const locale = segmenterLocale(locales);
  if (options === undefined) options = Object.create(null);
  // V8 reports ICU's status name for an options argument that is not an object.
  else if (typeof options !== 'object' || options === null) throw new TypeError('invalid_argument');
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', SEG);
  const granularity = getOption(options, 'granularity', 'string', ['grapheme', 'word', 'sentence'], 'grapheme', SEG);
  slots.set(this, { kind: 'Segmenter', locale, granularity });
  return this;
}

const SegmentsPrototype = {};
const SegmentIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));

// The segment data object of ECMA-402's CreateSegmentDataObject: segment i of a Segments.
function segmentData(record, i) {
  const { input, starts, wordLike } = record;
  const start = starts[i];
  const end = i + 1 < starts.length ? starts[i + 1] : input.length;
  const data = { segment: input.slice(start, end), index: start, input };
  if (record.granularity === 'word') data.isWordLike = wordLike[i];
  return data;
}

function createSegments(granularity, input) {
  const flat = native.segment(input, granularity);
  const starts = [];
  const wordLike = [];
  for (let i = 0; i < flat.length; i += 2) {
    starts.push(flat[i]);
    wordLike.push(flat[i + 1]);
  }
  const segments = Object.create(SegmentsPrototype);
  slots.set(segments, { kind: 'Segments', granularity, input, starts, wordLike });
  return segments;
}

defineMethods(Segmenter.prototype, {
  resolvedOptions() {
    return copyOptions(unwrap(this, 'Segmenter', 'Intl.Segmenter.prototype.resolvedOptions'), ['locale', 'granularity']);
  },
  segment(string) {
    const record = unwrap(this, 'Segmenter', 'Intl.Segmenter.prototype.segment');
    return createSegments(record.granularity, String(string));
  },
});
setTag(Segmenter.prototype, SEG);
defineMethods(Segmenter, {
  supportedLocalesOf(locales) { return supportedLocalesOf(locales); },
});

defineMethods(SegmentsPrototype, {
  containing(index) {
    const record = unwrap(this, 'Segments', '%Segments.prototype%.containing');
    const n = Math.trunc(Number(index)) || 0;
    if (n < 0 || n >= record.input.length) return undefined;
    // The last segment starting at or before n.
    let i = record.starts.length - 1;
    while (record.starts[i] > n) i--;
    return segmentData(record, i);
  },
  [Symbol.iterator]() {
    const record = unwrap(this, 'Segments', '%Segments.prototype%[@@iterator]');
    const iterator = Object.create(SegmentIteratorPrototype);
    slots.set(iterator, { kind: 'SegmentIterator', segments: record, next: 0 });
    return iterator;
  },
});

defineMethods(SegmentIteratorPrototype, {
  next() {
    const record = unwrap(this, 'SegmentIterator', '%SegmentIterator.prototype%.next');
    const { segments } = record;
    if (record.next >= segments.starts.length) return { value: undefined, done: true };
    return { value: segmentData(segments, record.next++), done: false };
  },
});
setTag(SegmentIteratorPrototype, 'Segmenter String Iterator');

// ---------------------------------------------------------------------------------------
// Intl and the built-ins' locale methods

const Intl = {};
defineMethods(Intl, {
  getCanonicalLocales(locales) { return canonicalizeLocaleList(locales); },
  supportedValuesOf(key) {
    const values = {
      calendar: ['gregory'],
      collation: ['default'],
      currency: native.currencies(),
      numberingSystem: ['latn'],
      timeZone: ['UTC'],
      unit: native.units(),
    }[String(key)];
    if (values === undefined) throw new RangeError(`Invalid key : ${String(key)}`);
    return values;
  },
});
for (const [name, value] of Object.entries({ DateTimeFormat, NumberFormat, Collator, PluralRules, RelativeTimeFormat, ListFormat, Segmenter })) {
  Object.defineProperty(Intl, name, { value, writable: true, configurable: true, enumerable: false });
}
setTag(Intl, 'Intl');
Object.defineProperty(global, 'Intl', { value: Intl, writable: true, configurable: true, enumerable: false });

function thisNumber(value, method) {
  if (typeof value === 'number') return value;
  if (value instanceof Number) return Number.prototype.valueOf.call(value);
  throw new TypeError(`${method} requires that 'this' be a Number`);
}

defineMethods(Number.prototype, {
  toLocaleString(locales = undefined, options = undefined) {
    const x = thisNumber(this, 'Number.prototype.toLocaleString');
    return formatNumber(slots.get(new NumberFormat(locales, options)), x);
  },
});
defineMethods(BigInt.prototype, {
  toLocaleString(locales = undefined, options = undefined) {
    const x = BigInt.prototype.valueOf.call(this);
    return formatNumber(slots.get(new NumberFormat(locales, options)), x);
  },
});

// ECMA-402's Array.prototype.toLocaleString: each element's own toLocaleString with the
// locales and options, joined by V8's separator ','.
function arrayToLocaleString(array, locales, options) {
  const length = Math.min(Math.max(Math.trunc(Number(array.length)) || 0, 0), Number.MAX_SAFE_INTEGER);
  let text = '';
  for (let i = 0; i < length; i++) {
    if (i > 0) text += ',';
    const element = array[i];
    if (element !== undefined && element !== null) text += String(Object(element).toLocaleString(locales, options));
  }
  return text;
}
defineMethods(Array.prototype, {
  toLocaleString(locales = undefined, options = undefined) {
    if (this === undefined || this === null) throw new TypeError('Cannot convert undefined or null to object');
    return arrayToLocaleString(Object(this), locales, options);
  },
});
const TypedArray = Object.getPrototypeOf(Uint8Array);
defineMethods(TypedArray.prototype, {
  toLocaleString(locales = undefined, options = undefined) {
    return arrayToLocaleString(this, locales, options);
  },
});

return { Intl };
