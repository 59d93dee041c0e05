//! `util.parseArgs` as Node 20.20.2 has it (lib/internal/util/parse_args/): the configuration
//! checked with Node's messages, the arguments turned into tokens (options, positionals, the
//! `--` terminator; short groups expanded), then strict-mode checks, values, defaults.
//! Registered as `internal/parse_args`.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, describeReceived, process } = internals;

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const ownValue = (obj, key) => (hasOwn(obj, key) ? obj[key] : undefined);
const optionField = (options, long, key) => (hasOwn(options, long) ? ownValue(options[long], key) : undefined);

// ---------------------------------------------------------------- configuration checks
function typeError(name, expected, value) {
  const kind = name.includes('.') ? 'property' : 'argument';
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" ${kind} must be ${expected}.${describeReceived(value)}`);
}
function checkBoolean(value, name) {
  if (typeof value !== 'boolean') throw typeError(name, 'of type boolean', value);
}
function checkString(value, name) {
  if (typeof value !== 'string') throw typeError(name, 'of type string', value);
}
function checkArray(value, name) {
  if (!Array.isArray(value)) throw typeError(name, 'an instance of Array', value);
}
function checkObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw typeError(name, 'of type object', value);
}
function checkArrayOf(check) {
  return (value, name) => {
    checkArray(value, name);
    value.forEach((item, i) => check(item, `${name}[${i}]`));
  };
}
function checkOptionConfig(long, config) {
  const name = `options.${long}`;
  checkObject(config, name);
  const type = ownValue(config, 'type');
  if (type !== 'string' && type !== 'boolean') {
    // Node's validateUnion words it this way, quotes and all.
    throw typeError(`${name}.type`, "('string|boolean')", type);
  }
  if (hasOwn(config, 'short')) {
    const short = config.short;
    checkString(short, `${name}.short`);
    if (short.length !== 1) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The property '${name}.short' must be a single character. Received '${short}'`);
    }
  }
  const multiple = ownValue(config, 'multiple');
  if (hasOwn(config, 'multiple')) checkBoolean(multiple, `${name}.multiple`);
  const defaultValue = ownValue(config, 'default');
  if (defaultValue !== undefined) {
    const single = type === 'string' ? checkString : checkBoolean;
    (multiple ? checkArrayOf(single) : single)(defaultValue, `${name}.default`);
  }
}

// ---------------------------------------------------------------- tokens
const isLoneShort = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLong = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongWithValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
const longForShort = (short, options) => Object.keys(options).find((long) => optionField(options, long, 'short') === short) ?? short;
const takesString = (short, options) => optionField(options, longForShort(short, options), 'type') === 'string';
// `-abc` where `a` is not a string option: a group of short options.
const isShortGroup = (arg, options) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-' && !takesString(arg[1], options);
// `-fVALUE` where `f` is a string option.
const isShortWithValue = (arg, options) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-' && takesString(arg[1], options);

function tokenize(args, options) {
  const tokens = [];
  const rest = args.slice();
  let index = -1;
  let groupLeft = 0; // expanded members of a short group still to come share its index
  while (rest.length > 0) {
    const arg = rest.shift();
    if (groupLeft > 0) groupLeft--;
    else index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of rest) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }
    if (isLoneShort(arg) || isLoneLong(arg)) {
      const name = isLoneShort(arg) ? longForShort(arg[1], options) : arg.slice(2);
      let value;
      let inlineValue;
      // A string option takes the next argument, whatever it looks like.
      if (optionField(options, name, 'type') === 'string' && rest[0] != null) {
        value = rest.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }
    if (isShortGroup(arg, options)) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const short = arg[i];
        if (!takesString(short, options) || i === arg.length - 1) {
          expanded.push(`-${short}`);
        } else {
          expanded.push(`-${arg.slice(i)}`); // `-abfFILE`: the string option takes the rest
          break;
        }
      }
      rest.unshift(...expanded);
      groupLeft = expanded.length;
      continue;
    }
    if (isShortWithValue(arg, options)) {
      tokens.push({ kind: 'option', name: longForShort(arg[1], options), rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (isLongWithValue(arg)) {
      const equals = arg.indexOf('=');
      const name = arg.slice(2, equals);
      tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(equals + 1), inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

// ---------------------------------------------------------------- strict-mode checks
function invalidValue(message) { return codedError(TypeError, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message); }
function unknownOption(rawName, allowPositionals) {
  // Node's message, including its missing closing quote.
  const hint = allowPositionals
    ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(rawName)}`
    : '';
  return codedError(TypeError, 'ERR_PARSE_ARGS_UNKNOWN_OPTION', `Unknown option '${rawName}'${hint}`);
}
function checkUsage(config, token) {
  let name = token.name;
  if (!hasOwn(config.options, name)) {
    const negated = config.allowNegative && name.startsWith('no-') ? name.slice(3) : undefined;
    if (negated === undefined || !hasOwn(config.options, negated) || optionField(config.options, negated, 'type') !== 'boolean') {
      throw unknownOption(token.rawName, config.allowPositionals);
    }
    name = negated;
  }
  const short = optionField(config.options, name, 'short');
  const shown = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionField(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') throw invalidValue(`Option '${shown} <value>' argument missing`);
  if (type === 'boolean' && token.value != null) throw invalidValue(`Option '${shown}' does not take an argument`);
}
// `--file --quiet`: a value that looks like an option, given without `=`, is probably a mistake.
function checkAmbiguousValue(token) {
  const value = token.value;
  if (token.inlineValue || value == null || !(value.length > 1 && value[0] === '-')) return;
  const example = token.rawName.startsWith('--')
    ? `'${token.rawName}=-XYZ'`
    : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw invalidValue(`Option '${token.rawName}' argument is ambiguous.\nDid you forget to specify the option argument for '${token.rawName}'?\nTo specify an option argument starting with a dash use ${example}.`);
}

function store(token, options, values, allowNegative) {
  let name = token.name;
  let value = token.value;
  if (name === '__proto__') return;
  if (allowNegative && name.startsWith('no-') && value === undefined) {
    name = name.slice(3);
    token.name = name;
    value = false;
  }
  const stored = value ?? true;
  if (optionField(options, name, 'multiple')) {
    if (values[name]) values[name].push(stored);
    else values[name] = [stored];
  } else {
    values[name] = stored;
  }
}

function parseArgs(config = {}) {
  const args = ownValue(config, 'args') ?? process.argv.slice(2);
  const strict = ownValue(config, 'strict') ?? true;
  const allowPositionals = ownValue(config, 'allowPositionals') ?? !strict;
  const returnTokens = ownValue(config, 'tokens') ?? false;
  const allowNegative = ownValue(config, 'allowNegative') ?? false;
  const options = ownValue(config, 'options') ?? { __proto__: null };
  checkArray(args, 'args');
  checkBoolean(strict, 'strict');
  checkBoolean(allowPositionals, 'allowPositionals');
  checkBoolean(returnTokens, 'tokens');
  checkBoolean(allowNegative, 'allowNegative');
  checkObject(options, 'options');
  for (const [long, optionConfig] of Object.entries(options)) checkOptionConfig(long, optionConfig);

  const tokens = tokenize(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  const usage = { options, allowPositionals, allowNegative };
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkUsage(usage, token);
        checkAmbiguousValue(token);
      }
      store(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw codedError(TypeError, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
          `Unexpected argument '${token.value}'. This command does not take positional arguments`);
      }
      result.positionals.push(token.value);
    }
  }
  for (const [long, optionConfig] of Object.entries(options)) {
    const defaultValue = ownValue(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[long] === undefined && long !== '__proto__') {
      result.values[long] = defaultValue;
    }
  }
  return result;
}

return { parseArgs };
