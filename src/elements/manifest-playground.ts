/**
 * <manifest-playground>: tabs of manifests and Dockerfiles in a CodeMirror editor, validated in a
 * worker as you type (debounced), with a problems panel, the sidecar-injection preview and the
 * traffic graph. The state lives in the URL hash; nothing typed or pasted is ever run or inserted
 * as HTML. The page renders the static frame; this element brings it to life.
 */
import type { Diagnostic, Severity } from '../lib/manifest/types.ts';
import type { PlaygroundRequest, PlaygroundResponse } from '../lib/playground/protocol.ts';
import { decodeShare, encodeShare, SHARE_LIMITS, type PlaygroundTab } from '../lib/playground/share.ts';
import { newTabName, tabNameProblem } from '../lib/playground/tabs.ts';
import { count, part } from './playground/dom.ts';
import { PlaygroundEditor } from './playground/editor.ts';
import { ExamplesMenu } from './playground/examples-menu.ts';
import { FileTabs } from './playground/file-tabs.ts';
import { GraphView } from './playground/graph-view.ts';
import { renderInjection } from './playground/injection-view.ts';
import { renderProblems } from './playground/problems.ts';
import { ResultViews } from './playground/result-views.ts';
import { STARTER } from './playground/starter.ts';

const DEBOUNCE_MS = 250;

class ManifestPlayground extends HTMLElement {
  #names: string[] = [];
  #editor!: PlaygroundEditor;
  #tabs!: FileTabs;
  #graph!: GraphView;
  #views!: ResultViews;
  #worker: Worker | undefined;
  #seq = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #last: PlaygroundResponse | undefined;
  #shown = new Set<Severity>(['error', 'warning', 'info']);
  #sentAt = 0;
  /** A refused link stays in the address bar until the learner changes something. */
  #keepHash = false;
  /** Text changed since the last request: fixes computed on the old text must wait. */
  #pending = false;
  #notice = '';

  connectedCallback(): void {
    if (this.#editor) return;
    this.#editor = new PlaygroundEditor(part(this, '.pg-editor'), () => this.#changed());
    this.#tabs = new FileTabs(part(this, '.pg-files'), this.#tabHost(), 'pg-editor-panel');
    this.#graph = new GraphView(part(this, '.pg-graph'), this.dataset['mermaid'] ?? '/vendor/mermaid/mermaid.esm.min.mjs');
    this.#views = new ResultViews(part(this, '.pg-results'), (view) => {
      if (view === 'graph' && this.#last) void this.#graph.show(this.#last.graph);
      if (view === 'injection' && this.#last) renderInjection(part(this, '.pg-injection-list'), this.#last.injection);
    });
    new ExamplesMenu(part(this, '.pg-examples'), this.dataset['examples'] ?? '', (tabs, title) => {
      history.pushState(null, '', encodeShare(tabs));
      this.#load(tabs);
      this.#announce(`Opened the example “${title}”. Your previous files are one step back in the browser’s history.`);
    });
    part(this, '.pg-copy-link').addEventListener('click', () => void this.#copyLink());
    part(this, '.pg-filters').addEventListener('change', () => this.#filter());
    part(this, '.pg-mesh-options').addEventListener('change', () => this.#analyse());
    window.addEventListener('hashchange', () => this.#fromHash());
    this.#fromHash();
    this.removeAttribute('data-loading');
  }

  #tabHost(): ConstructorParameters<typeof FileTabs>[1] {
    return {
      select: (index) => this.#select(index),
      add: () => {
        const name = newTabName(this.#names);
        if (this.#names.length >= SHARE_LIMITS.tabs) return this.#say(`A playground holds at most ${SHARE_LIMITS.tabs} files.`);
        this.#names.push(name);
        this.#select(this.#editor.add(name, ''));
        this.#changed();
        this.#editor.view.focus();
      },
      close: (index) => {
        if (this.#names.length === 1) return this.#say('The last file cannot be closed; clear its text instead.');
        // The entry before the close keeps the closed file: Back brings it back.
        history.replaceState(null, '', encodeShare(this.#current()));
        const [name] = this.#names.splice(index, 1);
        this.#editor.remove(index);
        this.#tabs.render(this.#names, this.#editor.active);
        history.pushState(null, '', encodeShare(this.#current()));
        this.#announce(`Closed ${name ?? 'the file'}. The browser’s Back button brings it back.`);
        this.#changed(true);
      },
      rename: (index, name) => {
        const problem = tabNameProblem(
          name,
          this.#names.filter((_, i) => i !== index),
        );
        if (problem) return problem;
        this.#names[index] = name;
        this.#editor.rename(index, name);
        this.#tabs.render(this.#names, this.#editor.active);
        this.#changed();
        return undefined;
      },
    };
  }

  #fromHash(): void {
    if (this.#names.length > 0 && location.hash === encodeShare(this.#current())) return;
    const shared = decodeShare(location.hash);
    const alert = part(this, '.pg-alert');
    if (shared && 'problem' in shared) {
      alert.textContent = `This link could not be opened: ${shared.message}. The playground starts with its example instead; the link itself is left as it was.`;
      alert.hidden = false;
      this.#keepHash = true;
      this.#load(STARTER);
      return;
    }
    alert.hidden = true;
    this.#load(shared?.tabs ?? STARTER);
  }

  #load(tabs: readonly PlaygroundTab[]): void {
    this.#names = tabs.map((tab) => tab.name);
    this.#editor.load(tabs);
    this.#tabs.render(this.#names, 0);
    this.#analyse();
  }

  #current(): PlaygroundTab[] {
    return this.#names.map((name, index) => ({ name, text: this.#editor.text(index) }));
  }

  #select(index: number): void {
    this.#editor.activate(index);
    this.#tabs.render(this.#names, index);
    if (this.#last) this.#showDiagnostics(this.#last);
  }

  #changed(now = false): void {
    this.#keepHash = false;
    this.#pending = true;
    this.dataset['busy'] = '';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#analyse(), now ? 0 : DEBOUNCE_MS);
  }

  #say(message: string): void {
    part(this, '.pg-status').textContent = message;
  }

  /** Says what an action did, and keeps saying it beside the counts of the analysis it started. */
  #announce(message: string): void {
    this.#notice = message;
    this.#say(message);
  }

  #options(): PlaygroundRequest['options'] {
    const on = (name: string): boolean => part<HTMLInputElement>(this, `input[name="${name}"]`).checked;
    return {
      istio: { native: on('istio-native'), cni: on('istio-cni') },
      linkerd: { native: on('linkerd-native'), cni: on('linkerd-cni') },
    };
  }

  #analyse(): void {
    const tabs = this.#current();
    if (!this.#keepHash) {
      const hash = encodeShare(tabs);
      if (hash.length - 3 <= SHARE_LIMITS.hashChars) history.replaceState(null, '', hash);
      else this.#say('These files are too large to keep in the link; Copy link would not reproduce them.');
    }
    this.#worker ??= this.#startWorker();
    this.#pending = false;
    this.dataset['busy'] = '';
    this.#sentAt = performance.now();
    const request: PlaygroundRequest = { seq: ++this.#seq, tabs, options: this.#options() };
    this.#worker.postMessage(request);
  }

  #startWorker(): Worker {
    const worker = new Worker(new URL('../workers/playground-worker.ts', import.meta.url), {
      type: 'module',
      name: 'playground-validator',
    });
    worker.addEventListener('message', (event: MessageEvent<PlaygroundResponse>) => {
      if (event.data.seq !== this.#seq) return;
      this.#last = event.data;
      if (!this.#pending) delete this.dataset['busy'];
      this.#render(event.data);
      // From the request (the debounce over) to findings on screen: the figure the bench reports.
      this.dataset['latency'] = (performance.now() - this.#sentAt).toFixed(1);
      this.dataset['updated'] = String(event.data.seq);
    });
    worker.addEventListener('error', () =>
      this.#say('The validator stopped unexpectedly; reload the page to start it again. Your files are in the link.'),
    );
    return worker;
  }

  #render(response: PlaygroundResponse): void {
    const { errors, warnings, infos } = response.result.summary;
    part(this, '.pg-count').textContent = `(${errors + warnings + infos})`;
    for (const [severity, n] of [
      ['error', errors],
      ['warning', warnings],
      ['info', infos],
    ] as const) {
      part(this, `.pg-filter-${severity} .pg-n`).textContent = String(n);
    }
    this.#say(
      `${this.#notice ? `${this.#notice} ` : ''}${count(errors, 'error')}, ${count(warnings, 'warning')}, ${count(infos, 'info')}.`,
    );
    this.#notice = '';
    this.#showDiagnostics(response);
    // Hidden views are drawn when they are shown.
    if (this.#views.current === 'injection') renderInjection(part(this, '.pg-injection-list'), response.injection);
    if (this.#views.current === 'graph') void this.#graph.show(response.graph);
  }

  #showDiagnostics(response: PlaygroundResponse): void {
    renderProblems(part(this, '.pg-problems-list'), response.result, this.#shown, {
      jump: (d) => this.#jump(d),
      fix: (d) => this.#fix(d),
      ruleHref: (d) => `${this.dataset['rules'] ?? '/playground/rules/'}${d.code}/`,
    });
    response.result.files.forEach((file) => {
      const index = this.#names.indexOf(file.file);
      if (index >= 0) this.#editor.showDiagnostics(index, file.diagnostics, (d) => this.#fix(d));
    });
  }

  #filter(): void {
    this.#shown = new Set(
      [...this.querySelectorAll<HTMLInputElement>('.pg-filters input:checked')].map((input) => input.value as Severity),
    );
    if (this.#last) this.#showDiagnostics(this.#last);
  }

  #jump(d: Diagnostic): void {
    const index = this.#names.indexOf(d.file);
    if (index < 0) return;
    this.#select(index);
    this.#editor.reveal(d.line, d.column, d.endLine, d.endColumn);
  }

  #fix(d: Diagnostic): void {
    const index = this.#names.indexOf(d.file);
    if (index < 0 || !d.fix) return;
    if (this.#pending || this.#last?.seq !== this.#seq)
      return this.#say('The text changed since this was found; try again once the problems are updated.');
    this.#select(index);
    this.#editor.applyEdits(d.fix.edits);
    // The button goes away with the finding; the editor, at the change, is the natural place to be.
    this.#editor.view.focus();
    this.#say(`Applied “${d.fix.title}”. Undo with Ctrl+Z in the editor.`);
    this.#changed(true);
  }

  async #copyLink(): Promise<void> {
    const url = new URL(location.href);
    url.hash = encodeShare(this.#current());
    try {
      await navigator.clipboard.writeText(url.href);
      this.#say('Link copied. It holds every file, so whoever opens it sees what you see.');
    } catch {
      this.#say('The link could not be copied here; copy it from the address bar.');
    }
  }
}

if (!customElements.get('manifest-playground')) customElements.define('manifest-playground', ManifestPlayground);
