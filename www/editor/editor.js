// looplab's code editor: CodeMirror 6 (JavaScript highlighting, line numbers, bracket
// matching, undo), exposed to the Rust UI as the global `LooplabEditor`. Bundled by build.mjs.
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter,
  drawSelection, Decoration } from '@codemirror/view';
import { EditorState, StateEffect, StateField, Prec } from '@codemirror/state';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput, syntaxHighlighting, defaultHighlightStyle,
  StreamLanguage } from '@codemirror/language';
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
// CodeMirror's JavaScript mode as a stream parser: the same highlighting as the Lezer grammar
// (@codemirror/lang-javascript) at a fraction of its size (the page has a 1 MB budget).
import { javascript } from '@codemirror/legacy-modes/mode/javascript';

// The line highlighted when an output line is hovered or focused (null: none).
const setMarked = StateEffect.define();
const markedLine = Decoration.line({ class: 'cm-scheduled-line' });
const marked = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setMarked)) continue;
      const n = e.value;
      if (n == null || n < 1 || n > tr.state.doc.lines) {
        deco = Decoration.none;
      } else {
        deco = Decoration.set([markedLine.range(tr.state.doc.line(n).from)]);
      }
    }
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** Create an editor in `parent` holding `doc`; `onChange(text)` after every edit,
 *  `onRun()` on Ctrl/Cmd+Enter. Returns a handle for the functions below. */
function create(parent, doc, onChange, onRun) {
  const runKey = Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => { onRun(); return true; } }]));
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        runKey,
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
        StreamLanguage.define(javascript),
        EditorView.lineWrapping,
        marked,
        EditorView.contentAttributes.of({ 'data-testid': 'editor', 'aria-label': 'Code editor' }),
        EditorView.updateListener.of((u) => { if (u.docChanged) onChange(u.state.doc.toString()); }),
      ],
    }),
  });
  return view;
}

/** The editor's text. */
function getValue(view) {
  return view.state.doc.toString();
}

/** Replace the whole text (an example was picked, or a link opened); undo can bring it back. */
function setValue(view, text) {
  if (view.state.doc.toString() === text) return;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

/** Highlight line `n` (1-based), or nothing when `n` is 0; scroll the editor (never the page:
 * the pointer would leave the card or line being hovered, which clears the mark) to show it. */
function markLine(view, n) {
  view.dispatch({ effects: setMarked.of(n > 0 ? n : null) });
  if (n < 1 || n > view.state.doc.lines) return;
  view.requestMeasure({
    read: () => {
      const block = view.lineBlockAt(view.state.doc.line(n).from);
      const scroller = view.scrollDOM;
      const top = scroller.scrollTop;
      const bottom = top + scroller.clientHeight;
      return block.top < top || block.bottom > bottom ? Math.max(0, block.top - scroller.clientHeight / 3) : null;
    },
    write: (to) => {
      if (to !== null) view.scrollDOM.scrollTop = to;
    },
  });
}

function focus(view) {
  view.focus();
}

window.LooplabEditor = { create, getValue, setValue, markLine, focus };
