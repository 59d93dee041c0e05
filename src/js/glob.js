//! `path.matchesGlob` (registered as `internal/glob`): the part of minimatch (Node 20 bundles
//! it as `internal/deps/minimatch`) that `matchesGlob` uses — brace expansion, `*`, `?`,
//! classes, extglobs, `**` across segments, the dotfile rule, the level-2 clean-up of `.` and
//! `..` in the pattern — with Node's options: backslashes are separators, no negation or
//! comments, case-sensitive (Linux), and an ExperimentalWarning on first use.
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, describeReceived, process } = internals;
const GLOBSTAR = Symbol('globstar');
let warned = false;

function validateString(value, name) {
  if (typeof value !== 'string') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be of type string.${describeReceived(value)}`);
  }
}

// ---------------------------------------------------------------- braces (brace-expansion)
/** `a{b,c}d` -> ['abd', 'acd']; `x{1..3}` -> ['x1', 'x2', 'x3']; nested sets expand fully. */
function braceExpand(pattern) {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const body = pattern.slice(open + 1, i);
        const pre = pattern.slice(0, open);
        const post = pattern.slice(i + 1);
        const options = braceOptions(body);
        if (options === null) {
          // Not a set: keep the braces literally and expand what follows.
          return braceExpand(post).map((rest) => `${pre}{${body}}${rest}`);
        }
        const tails = braceExpand(post);
        const out = [];
        for (const option of options) {
          for (const expanded of braceExpand(option)) {
            for (const tail of tails) out.push(`${pre}${expanded}${tail}`);
          }
        }
        return out;
      }
    }
  }
  return [pattern];
}

/** The alternatives of one brace body, or null when it is neither a list nor a sequence. */
function braceOptions(body) {
  const sequence = /^(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])(?:\.\.(-?\d+))?$/.exec(body);
  if (sequence) {
    const [, from, to, stepText] = sequence;
    const numeric = /\d/.test(from) && /\d/.test(to);
    const a = numeric ? Number(from) : from.charCodeAt(0);
    const b = numeric ? Number(to) : to.charCodeAt(0);
    const step = Math.max(Math.abs(Number(stepText ?? 1)) || 1, 1);
    const out = [];
    for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) {
      out.push(numeric ? String(v) : String.fromCharCode(v));
    }
    return out;
  }
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  if (parts.length === 0) return null;
  parts.push(body.slice(start));
  return parts;
}

// ---------------------------------------------------------------- the pattern's segments
/** minimatch's optimizationLevel 2 first phase: drop `.` and empty inner parts, fold `p/..`. */
function preprocess(parts) {
  let changed;
  do {
    changed = false;
    for (let i = 0; i < parts.length - 1; i++) {
      if (parts[i] === '**' && parts[i + 1] === '**') {
        parts.splice(i + 1, 1);
        changed = true;
        i--;
      }
    }
    for (let i = 1; i < parts.length - 1; i++) {
      if (i === 1 && parts[i] === '' && parts[0] === '') continue;
      if (parts[i] === '.' || parts[i] === '') {
        parts.splice(i, 1);
        changed = true;
        i--;
      }
    }
    if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) {
      parts.pop();
      changed = true;
    }
    for (let dd = parts.indexOf('..', 1); dd !== -1; dd = parts.indexOf('..', dd + 1)) {
      const p = parts[dd - 1];
      if (p && p !== '.' && p !== '..' && p !== '**') {
        changed = true;
        const keepDot = dd === 1 && parts[dd + 1] === '**';
        parts.splice(dd - 1, 2, ...(keepDot ? ['.'] : []));
        if (parts.length === 0) parts.push('');
        dd -= 2;
      }
    }
  } while (changed);
  return parts;
}

const CLASSES = {
  alnum: 'a-zA-Z0-9', alpha: 'a-zA-Z', ascii: '\\x00-\\x7f', blank: ' \\t', cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9', graph: '\\x21-\\x7e', lower: 'a-z', print: '\\x20-\\x7e', punct: '!-\\/:-@\\[-`{-~',
  space: ' \\t\\r\\n\\v\\f', upper: 'A-Z', word: '\\w', xdigit: 'A-Fa-f0-9',
};
const escapeRegExp = (text) => text.replace(/[-[\]{}()*+?.,\\^$|#\s/]/g, '\\$&');

/** `[...]` at `i`: its regex and where it ends, or null when it never closes. */
function parseClass(glob, i) {
  let j = i + 1;
  let negate = false;
  if (glob[j] === '!' || glob[j] === '^') {
    negate = true;
    j++;
  }
  let body = '';
  let first = true;
  for (; j < glob.length; j++) {
    const c = glob[j];
    if (c === ']' && !first) return { regex: `[${negate ? '^' : ''}${body}]`, end: j + 1 };
    first = false;
    if (c === '[' && glob[j + 1] === ':') {
      const close = glob.indexOf(':]', j + 2);
      const name = close === -1 ? '' : glob.slice(j + 2, close);
      if (CLASSES[name] !== undefined) {
        body += CLASSES[name];
        j = close + 1;
        continue;
      }
    }
    if (glob[j + 1] === '-' && glob[j + 2] !== undefined && glob[j + 2] !== ']') {
      body += `${escapeRegExp(c)}-${escapeRegExp(glob[j + 2])}`;
      j += 2;
      continue;
    }
    body += escapeRegExp(c);
  }
  return null;
}

/** The regex source of `glob` from `i` up to `stop` (a `|` or `)` of an enclosing extglob). */
function compileBody(glob, i, inGroup) {
  let src = '';
  while (i < glob.length) {
    const c = glob[i];
    if (inGroup && (c === '|' || c === ')')) break;
    if ('?*+@!'.includes(c) && glob[i + 1] === '(') {
      const group = compileGroup(glob, i + 2);
      if (group !== null) {
        if (c === '!') {
          // Anything in this segment except the alternatives followed by the rest.
          const rest = compileBody(glob, group.end, inGroup);
          return { src: `${src}(?:(?!(?:${group.alternatives.join('|')})${rest.src}$)[^/]*?)`, end: rest.end, magic: true };
        }
        const quantifier = { '?': '?', '*': '*', '+': '+', '@': '' }[c];
        src += `(?:${group.alternatives.join('|')})${quantifier}`;
        i = group.end;
        continue;
      }
    }
    if (c === '*') {
      src += '[^/]*?';
    } else if (c === '?') {
      src += '[^/]';
    } else if (c === '[') {
      const cls = parseClass(glob, i);
      if (cls !== null) {
        src += cls.regex;
        i = cls.end;
        continue;
      }
      src += '\\[';
    } else {
      src += escapeRegExp(c);
    }
    i++;
  }
  return { src, end: i };
}

/** The alternatives of an extglob group whose body starts at `i`, or null if it never closes. */
function compileGroup(glob, i) {
  const alternatives = [];
  for (;;) {
    const part = compileBody(glob, i, true);
    alternatives.push(part.src);
    if (part.end >= glob.length) return null;
    if (glob[part.end] === ')') return { alternatives, end: part.end + 1 };
    i = part.end + 1;
  }
}

/** One pattern segment: a string to compare, GLOBSTAR, or a RegExp. */
function compileSegment(segment) {
  if (segment === '**') return GLOBSTAR;
  if (!/[*?[]|[?*+@!]\(/.test(segment)) return segment;
  const { src } = compileBody(segment, 0, false);
  // A segment not starting with '.' never matches a dotfile; a wildcard never matches ''.
  const dot = segment.startsWith('.') ? '' : '(?!\\.)';
  return new RegExp(`^(?=.)${dot}${src}$`);
}

/** minimatch's matchOne: the file's segments against the pattern's. */
function matchOne(file, pattern) {
  let fi = 0;
  let pi = 0;
  const fl = file.length;
  const pl = pattern.length;
  for (; fi < fl && pi < pl; fi++, pi++) {
    const p = pattern[pi];
    const f = file[fi];
    if (p === GLOBSTAR) {
      const isHidden = (name) => name === '.' || name === '..' || name.startsWith('.');
      if (pi + 1 === pl) {
        for (; fi < fl; fi++) if (isHidden(file[fi])) return false;
        return true;
      }
      for (let fr = fi; fr < fl; fr++) {
        if (matchOne(file.slice(fr), pattern.slice(pi + 1))) return true;
        if (isHidden(file[fr])) break;
      }
      return false;
    }
    const hit = typeof p === 'string' ? f === p : p.test(f);
    if (!hit) return false;
  }
  if (fi === fl && pi === pl) return true;
  if (fi === fl) return false;
  // Only a trailing slash of the file may be left over ('a/b/' matches 'a/*').
  return fi === fl - 1 && file[fi] === '';
}

function matchesGlob(path, pattern, windows) {
  if (!warned) {
    warned = true;
    process.emitWarning('glob is an experimental feature and might change at any time', 'ExperimentalWarning');
  }
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  // windowsPathsNoEscape: a backslash in the pattern is a separator, never an escape.
  pattern = pattern.replace(/\\/g, '/');
  if (pattern === '') return path === '';
  if (windows) path = path.split('\\').join('/');
  const file = path.split(/\/+/);
  for (const expanded of braceExpand(pattern)) {
    const parts = preprocess(expanded.split(/\/+/)).map(compileSegment);
    if (matchOne(file, parts)) return true;
  }
  return false;
}

return { matchesGlob };
