//! `internal/mime`: `util.MIMEType` and `util.MIMEParams` as Node 20's lib/internal/mime.js
//! (the WHATWG MIME Sniffing parser: type and subtype lower-cased, parameters kept in order,
//! the first of a repeated name winning, quoted values unescaped), and `util.parseEnv` as
//! Node 20.20's src/node_dotenv.cc `Dotenv::ParseContent`, for `process.loadEnvFile` too.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError } = internals;

function invalidMimeSyntax(production, str, invalidIndex) {
  const at = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return codedError(TypeError, 'ERR_INVALID_MIME_SYNTAX', `The MIME syntax for a ${production} in "${str}" is invalid${at}`);
}

const NOT_HTTP_TOKEN_CODE_POINT = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/g;
const NOT_HTTP_QUOTED_STRING_CODE_POINT = /[^\t\u0020-~\u0080-\u00FF]/g;
const END_BEGINNING_WHITESPACE = /[^\r\n\t ]|$/;
const START_ENDING_WHITESPACE = /[\r\n\t ]*$/;
const EQUALS_SEMICOLON_OR_END = /[;=]|$/;
const QUOTED_VALUE_PATTERN = /^(?:([\\]$)|[\\][\s\S]|[^"])*(?:(")|$)/u;

// String.prototype.search ignores a regular expression's `lastIndex` and global flag, as the
// primordial SafeStringPrototypeSearch does.
const search = (str, regexp) => String.prototype.search.call(str, regexp);

// Only ASCII letters are lower-cased.
function toASCIILower(str) {
  let result = '';
  for (const char of str) result += char >= 'A' && char <= 'Z' ? char.toLowerCase() : char;
  return result;
}

function parseTypeAndSubtype(str) {
  // Skip only HTTP whitespace from the start.
  let position = search(str, END_BEGINNING_WHITESPACE);
  const typeEnd = str.indexOf('/', position);
  const trimmedType = typeEnd === -1 ? str.slice(position) : str.slice(position, typeEnd);
  const invalidTypeIndex = search(trimmedType, NOT_HTTP_TOKEN_CODE_POINT);
  if (trimmedType === '' || invalidTypeIndex !== -1 || typeEnd === -1) {
    throw invalidMimeSyntax('type', str, invalidTypeIndex);
  }
  position = typeEnd + 1;
  const type = toASCIILower(trimmedType);
  const subtypeEnd = str.indexOf(';', position);
  const rawSubtype = subtypeEnd === -1 ? str.slice(position) : str.slice(position, subtypeEnd);
  position += rawSubtype.length;
  if (subtypeEnd !== -1) position += 1;
  const trimmedSubtype = rawSubtype.slice(0, search(rawSubtype, START_ENDING_WHITESPACE));
  const invalidSubtypeIndex = search(trimmedSubtype, NOT_HTTP_TOKEN_CODE_POINT);
  if (trimmedSubtype === '' || invalidSubtypeIndex !== -1) {
    throw invalidMimeSyntax('subtype', str, invalidSubtypeIndex);
  }
  return { type, subtype: toASCIILower(trimmedSubtype), parametersStringIndex: position };
}

function removeBackslashes(str) {
  let ret = '';
  // Stop before the last character: a backslash escapes the one after it.
  let i;
  for (i = 0; i < str.length - 1; i++) {
    const c = str[i];
    if (c === '\\') {
      i++;
      ret += str[i];
    } else {
      ret += c;
    }
  }
  if (i === str.length - 1) ret += str[i];
  return ret;
}

function encode(value) {
  if (value.length === 0) return '""';
  if (search(value, NOT_HTTP_TOKEN_CODE_POINT) === -1) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    const data = this.#data;
    if (data.has(name)) return data.get(name);
    return null;
  }

  has(name) {
    return this.#data.has(name);
  }

  set(name, value) {
    const data = this.#data;
    name = `${name}`;
    value = `${value}`;
    const invalidNameIndex = search(name, NOT_HTTP_TOKEN_CODE_POINT);
    if (name.length === 0 || invalidNameIndex !== -1) throw invalidMimeSyntax('parameter name', name, invalidNameIndex);
    const invalidValueIndex = search(value, NOT_HTTP_QUOTED_STRING_CODE_POINT);
    if (invalidValueIndex !== -1) throw invalidMimeSyntax('parameter value', value, invalidValueIndex);
    data.set(name, value);
  }

  *entries() {
    yield* this.#data.entries();
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  toString() {
    let ret = '';
    for (const [key, value] of this.#data) {
      if (ret.length) ret += ';';
      ret += `${key}=${encode(value)}`;
    }
    return ret;
  }

  // Fills a fresh MIMEParams from the text after the subtype; not part of the public class.
  static parseParametersString(str, position, params) {
    const paramsMap = params.#data;
    const endOfSource = search(str.slice(position), START_ENDING_WHITESPACE) + position;
    while (position < endOfSource) {
      // Skip any whitespace before the parameter.
      position += search(str.slice(position), END_BEGINNING_WHITESPACE);
      // Read until ';' or '='.
      const afterParameterName = search(str.slice(position), EQUALS_SEMICOLON_OR_END) + position;
      const parameterString = toASCIILower(str.slice(position, afterParameterName));
      position = afterParameterName;
      if (position < endOfSource) {
        const char = str.charAt(position);
        position += 1;
        // A parameter without a value is ignored.
        if (char === ';') continue;
      }
      // At the end of the string a parameter cannot have a value.
      if (position >= endOfSource) break;
      const char = str.charAt(position);
      let parameterValue = null;
      if (char === '"') {
        // The quoted-string form: up to the matching '"' or the end, '\' escaping.
        position += 1;
        const insideMatch = QUOTED_VALUE_PATTERN.exec(str.slice(position));
        position += insideMatch[0].length;
        const inside = insideMatch[1] || insideMatch[2] ? insideMatch[0].slice(0, -1) : insideMatch[0];
        parameterValue = removeBackslashes(inside);
        // An unmatched '\' at the end is kept.
        if (insideMatch[1]) parameterValue += '\\';
      } else {
        const valueEnd = str.indexOf(';', position);
        const rawValue = valueEnd === -1 ? str.slice(position) : str.slice(position, valueEnd);
        position += rawValue.length;
        const trimmedValue = rawValue.slice(0, search(rawValue, START_ENDING_WHITESPACE));
        if (trimmedValue === '') continue;
        parameterValue = trimmedValue;
      }
      if (parameterString !== '' && search(parameterString, NOT_HTTP_TOKEN_CODE_POINT) === -1 &&
          search(parameterValue, NOT_HTTP_QUOTED_STRING_CODE_POINT) === -1 && params.has(parameterString) === false) {
        paramsMap.set(parameterString, parameterValue);
      }
      position++;
    }
    return paramsMap;
  }
}
const MIMEParamsStringify = MIMEParams.prototype.toString;
Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  configurable: true, writable: true, value: MIMEParams.prototype.entries,
});
Object.defineProperty(MIMEParams.prototype, 'toJSON', { configurable: true, writable: true, value: MIMEParamsStringify });
const { parseParametersString } = MIMEParams;
delete MIMEParams.parseParametersString;

class MIMEType {
  #type;
  #subtype;
  #parameters;
  #essence;

  constructor(string) {
    string = `${string}`;
    const data = parseTypeAndSubtype(string);
    this.#type = data.type;
    this.#subtype = data.subtype;
    this.#parameters = new MIMEParams();
    this.#essence = `${this.#type}/${this.#subtype}`;
    parseParametersString(string, data.parametersStringIndex, this.#parameters);
  }

  get type() {
    return this.#type;
  }

  set type(v) {
    v = `${v}`;
    const invalidTypeIndex = search(v, NOT_HTTP_TOKEN_CODE_POINT);
    if (v.length === 0 || invalidTypeIndex !== -1) throw invalidMimeSyntax('type', v, invalidTypeIndex);
    this.#type = toASCIILower(v);
    this.#essence = `${this.#type}/${this.#subtype}`;
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(v) {
    v = `${v}`;
    const invalidSubtypeIndex = search(v, NOT_HTTP_TOKEN_CODE_POINT);
    if (v.length === 0 || invalidSubtypeIndex !== -1) throw invalidMimeSyntax('subtype', v, invalidSubtypeIndex);
    this.#subtype = toASCIILower(v);
    this.#essence = `${this.#type}/${this.#subtype}`;
  }

  get essence() {
    return this.#essence;
  }

  get params() {
    return this.#parameters;
  }

  toString() {
    let ret = this.#essence;
    const paramStr = MIMEParamsStringify.call(this.#parameters);
    if (paramStr.length) ret += `;${paramStr}`;
    return ret;
  }
}
Object.defineProperty(MIMEType.prototype, 'toJSON', { configurable: true, writable: true, value: MIMEType.prototype.toString });

// ---------------------------------------------------------------- dotenv
// Dotenv::trim_spaces trims spaces only (not tabs).
function trimSpaces(input) {
  let start = 0;
  let end = input.length;
  while (start < end && input[start] === ' ') start++;
  while (end > start && input[end - 1] === ' ') end--;
  return input.slice(start, end);
}

// Dotenv::ParseContent, line for line; its store is a std::map, so keys come out sorted by
// their bytes and a repeated key keeps its last value.
function parseContent(input) {
  const store = new Map();
  let content = trimSpaces(input.replaceAll('\r', ''));
  while (content.length > 0) {
    // Skip empty lines and comments (a comment on the last line falls through).
    if (content[0] === '\n' || content[0] === '#') {
      const newline = content.indexOf('\n');
      if (newline !== -1) {
        content = content.slice(newline + 1);
        continue;
      }
    }
    const equal = content.indexOf('=');
    if (equal === -1) {
      const newline = content.indexOf('\n');
      content = newline !== -1 ? content.slice(newline + 1) : '';
      continue;
    }
    let key = trimSpaces(content.slice(0, equal));
    content = trimSpaces(content.slice(equal + 1));
    if (key === '') break;
    if (key.startsWith('export ')) key = key.slice(7);
    if (content === '') {
      store.set(key, '');
      break;
    }
    // A double-quoted value expands `\n`.
    if (content[0] === '"') {
      const closingQuote = content.indexOf('"', 1);
      if (closingQuote !== -1) {
        store.set(key, content.slice(1, closingQuote).replaceAll('\\n', '\n'));
        const newline = content.indexOf('\n', closingQuote + 1);
        content = newline !== -1 ? content.slice(newline + 1) : '';
        continue;
      }
    }
    if (content[0] === "'" || content[0] === '"' || content[0] === '`') {
      const closingQuote = content.indexOf(content[0], 1);
      if (closingQuote === -1) {
        // An unclosed quote: the whole line, quote included, is the value.
        const newline = content.indexOf('\n');
        if (newline !== -1) {
          store.set(key, content.slice(0, newline));
          content = content.slice(newline + 1);
        }
      } else {
        store.set(key, content.slice(1, closingQuote));
        const newline = content.indexOf('\n', closingQuote + 1);
        content = newline !== -1 ? content.slice(newline + 1) : '';
      }
      continue;
    }
    const newline = content.indexOf('\n');
    let value = newline !== -1 ? content.slice(0, newline) : content;
    const hash = value.indexOf('#');
    if (hash !== -1) value = value.slice(0, hash);
    store.set(key, trimSpaces(value));
    content = newline !== -1 ? content.slice(newline + 1) : '';
  }
  const byBytes = (a, b) => {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return Buffer.compare(x, y);
  };
  return [...store.keys()].sort(byBytes).map((key) => [key, store.get(key)]);
}

function parseEnv(content) {
  if (typeof content !== 'string') throw internals.invalidArgType('content', 'of type string', content);
  const result = {};
  for (const [key, value] of parseContent(content)) result[key] = value;
  return result;
}

return { MIMEType, MIMEParams, parseEnv, parseContent };
