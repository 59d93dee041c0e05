// The global `Intl` and the locale-sensitive methods of the built-ins, for en-US in UTC (the
// machine looplab models has no other locale): constructors, option reading and
// `resolvedOptions` as V8's `JSNumberFormat`, `JSDateTimeFormat`, ... do them, over natives
// that lay the values out as ICU does (`src/intl/`). Every locale resolves to en-US (or `en`
// when asked for `en`), as ICU falls back when it has no data for a locale.
'use strict';

const slots = new WeakMap();
const DEFAULT_LOCALE = 'en-US';

function defineMethods(target, methods) {
  for (const name of Object.getOwnPropertyNames(methods)) {
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

// The locale a constructor resolves to: the machine has en-US data only, so `en` stays `en`,
// `en-US` (with or without extensions) is en-US, and every other locale falls back to en-US.
function resolveLocale(locales) {
  const requested = canonicalizeLocaleList(locales);
  for (const tag of requested) {
    const base = tag.replace(/-u-.*$/, '');
    if (base === 'en' || base === 'en-US') return base;
  }
  return DEFAULT_LOCALE;
}

function supportedLocalesOf(locales) {
  return canonicalizeLocaleList(locales).filter((tag) => /^en(-US)?(-u-|$)/.test(tag));
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
      let min = defaultNumberOption(mnfd, 0, 100, undefined, 'minimumFractionDigits');
      let max = defaultNumberOption(mxfd, 0, 100, undefined, 'maximumFractionDigits');
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
  const record = { kind: 'NumberFormat', locale: resolveLocale(locales), numberingSystem: 'latn' };
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
// Intl and the built-ins' locale methods

const Intl = {};
defineMethods(Intl, {
  getCanonicalLocales(locales) { return canonicalizeLocaleList(locales); },
});
for (const [name, value] of Object.entries({ NumberFormat })) {
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
    if (this === undefined || this === null) throw new TypeError('Array.prototype.toLocaleString called on null or undefined');
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
