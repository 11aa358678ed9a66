/**
 * The playground's CodeMirror 6 editor: one view, one state per tab (each with its own undo
 * history), YAML or Dockerfile highlighting by file name, a lint gutter and underlines fed from the
 * worker's diagnostics. It lives in a shadow root, where CodeMirror's styles go into adopted
 * stylesheets instead of <style> elements, so the page's Content-Security-Policy holds.
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { HighlightStyle, StreamLanguage, bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { dockerFile } from '@codemirror/legacy-modes/mode/dockerfile';
import { lintGutter, setDiagnostics, type Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { Compartment, EditorSelection, EditorState, type Extension, type Text } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { Diagnostic, TextEdit } from '../../lib/manifest/types.ts';
import { isDockerfileName } from '../../lib/playground/tabs.ts';

const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.bool, tags.null], color: 'light-dark(#b3261e, #ff8f86)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'light-dark(#0a3069, #a5d6ff)' },
  { tag: [tags.number, tags.integer, tags.float], color: 'light-dark(#0550ae, #79c0ff)' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'light-dark(#57606a, #9ca6b4)', fontStyle: 'italic' },
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'light-dark(#116329, #7ee787)' },
  { tag: [tags.meta, tags.labelName, tags.typeName, tags.variableName], color: 'light-dark(#6639ba, #d2a8ff)' },
  { tag: [tags.punctuation, tags.separator, tags.operator], color: 'light-dark(#4a5466, #aab5c7)' },
]);

const theme = EditorView.theme({
  '&': { color: 'var(--fg)', backgroundColor: 'var(--bg)', fontSize: '0.9rem', height: '100%' },
  '&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '-3px' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.5' },
  '.cm-content': { caretColor: 'var(--fg)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--fg)' },
  '.cm-gutters': { backgroundColor: 'var(--bg-soft)', color: 'var(--fg-muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--accent-soft) 45%, transparent)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--accent-soft)', color: 'var(--fg)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'light-dark(#c8d7f8, #2d4475)' },
  '.cm-tooltip': { backgroundColor: 'var(--bg-raised)', color: 'var(--fg)', border: '1px solid var(--border)' },
  '.cm-panels': { backgroundColor: 'var(--bg-soft)', color: 'var(--fg)' },
  '.cm-panel input, .cm-panel button': { font: 'inherit' },
  '.cm-lintRange-error': { textDecoration: 'underline wavy var(--bad)', backgroundImage: 'none' },
  '.cm-lintRange-warning': { textDecoration: 'underline wavy light-dark(#8a5a00, #ffd27a)', backgroundImage: 'none' },
  '.cm-lintRange-info': { textDecoration: 'underline dotted var(--accent)', backgroundImage: 'none' },
  '.cm-flash': { backgroundColor: 'var(--mark)' },
});

/** Character offset of a 1-based line and column, clamped to the document. */
export function offsetOf(doc: Text, line: number, column: number): number {
  const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(target.from + Math.max(column - 1, 0), target.to);
}

function language(name: string): Extension {
  return isDockerfileName(name) ? StreamLanguage.define(dockerFile) : yaml();
}

/** The editor of every tab; the element above it owns the tabs and the rest of the page. */
export class PlaygroundEditor {
  readonly view: EditorView;
  readonly #states: EditorState[] = [];
  readonly #languages: Compartment[] = [];
  readonly #labels: Compartment[] = [];
  #active = 0;
  readonly #onChange: () => void;

  constructor(host: HTMLElement, onChange: () => void) {
    this.#onChange = onChange;
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    // The editor fills its host; the host sets the height (taller on desktop than on a phone).
    const frame = new CSSStyleSheet();
    frame.replaceSync(':host { display: block; } .pg-cm { height: 100%; }');
    shadow.adoptedStyleSheets = [frame];
    const parent = document.createElement('div');
    parent.className = 'pg-cm';
    shadow.append(parent);
    this.view = new EditorView({
      root: shadow,
      parent,
      dispatch: (transaction, view) => {
        view.update([transaction]);
        this.#states[this.#active] = view.state;
        if (transaction.docChanged) this.#onChange();
      },
    });
  }

  #stateFor(name: string, text: string, index: number): EditorState {
    const languageSlot = (this.#languages[index] = new Compartment());
    const labelSlot = (this.#labels[index] = new Compartment());
    return EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        search({ top: true }),
        lintGutter(),
        syntaxHighlighting(highlight),
        theme,
        EditorState.tabSize.of(2),
        keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap, indentWithTab]),
        languageSlot.of(language(name)),
        labelSlot.of(EditorView.contentAttributes.of({ 'aria-label': `Contents of ${name}`, tabindex: '0' })),
      ],
    });
  }

  /** Replaces every tab; the first becomes active. */
  load(tabs: readonly { name: string; text: string }[]): void {
    this.#states.length = 0;
    tabs.forEach((tab, index) => this.#states.push(this.#stateFor(tab.name, tab.text, index)));
    this.#active = 0;
    if (this.#states[0]) this.view.setState(this.#states[0]);
  }

  get active(): number {
    return this.#active;
  }

  /** Shows tab `index` in the view, keeping each tab's own history and selection. */
  activate(index: number): void {
    const state = this.#states[index];
    if (!state || index === this.#active) return;
    this.#states[this.#active] = this.view.state;
    this.#active = index;
    this.view.setState(state);
  }

  text(index: number): string {
    return (index === this.#active ? this.view.state : this.#states[index])?.doc.toString() ?? '';
  }

  add(name: string, text: string): number {
    const index = this.#states.length;
    this.#states.push(this.#stateFor(name, text, index));
    return index;
  }

  remove(index: number): void {
    this.#states.splice(index, 1);
    this.#languages.splice(index, 1);
    this.#labels.splice(index, 1);
    const next = Math.min(this.#active > index ? this.#active - 1 : this.#active, this.#states.length - 1);
    this.#active = Math.max(next, 0);
    const state = this.#states[this.#active];
    if (state) this.view.setState(state);
  }

  /** A new file name may mean another language (Dockerfile or YAML). */
  rename(index: number, name: string): void {
    const effects = [
      this.#languages[index]?.reconfigure(language(name)),
      this.#labels[index]?.reconfigure(EditorView.contentAttributes.of({ 'aria-label': `Contents of ${name}`, tabindex: '0' })),
    ].filter((effect) => effect !== undefined);
    if (index === this.#active) this.view.dispatch({ effects });
    else if (this.#states[index]) this.#states[index] = this.#states[index].update({ effects }).state;
  }

  /** Underlines and gutter marks for one tab's diagnostics. */
  showDiagnostics(index: number, diagnostics: readonly Diagnostic[], applyFix: (diagnostic: Diagnostic) => void): void {
    const state = index === this.#active ? this.view.state : this.#states[index];
    if (!state) return;
    const marks: EditorDiagnostic[] = diagnostics.map((d) => {
      const from = offsetOf(state.doc, d.line, d.column);
      const to = Math.max(offsetOf(state.doc, d.endLine, d.endColumn), from);
      return {
        from,
        to,
        severity: d.severity,
        source: d.code,
        message: d.message,
        ...(d.fix ? { actions: [{ name: d.fix.title, apply: () => applyFix(d) }] } : {}),
      };
    });
    const spec = setDiagnostics(state, marks);
    if (index === this.#active) this.view.dispatch(spec);
    else this.#states[index] = state.update(spec).state;
  }

  /** Selects a span of the active tab, scrolls it into view and focuses the editor. */
  reveal(line: number, column: number, endLine: number, endColumn: number): void {
    const doc = this.view.state.doc;
    const anchor = offsetOf(doc, line, column);
    const head = Math.max(offsetOf(doc, endLine, endColumn), anchor);
    this.view.dispatch({ selection: EditorSelection.single(anchor, head), effects: EditorView.scrollIntoView(anchor, { y: 'center' }) });
    this.view.focus();
  }

  /** Applies a fix's edits to the active tab as one undoable change. */
  applyEdits(edits: readonly TextEdit[]): void {
    const doc = this.view.state.doc;
    const changes = edits.map((e) => ({
      from: offsetOf(doc, e.line, e.column),
      to: offsetOf(doc, e.endLine, e.endColumn),
      insert: e.text,
    }));
    this.view.dispatch({ changes, userEvent: 'input.fix' });
  }
}
