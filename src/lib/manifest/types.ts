/** The validator's data: sources in, diagnostics out. Plain data, so any UI or tool can use it. */

/** How bad a finding is; the same three levels as istioctl analyze. */
export type Severity = 'error' | 'warning' | 'info';

/** One input file: YAML manifests (one or more `---` separated documents) or a Dockerfile. */
export interface SourceFile {
  /** File name as the user knows it ("reviews.yaml", "Dockerfile"); also decides the kind of file. */
  name: string;
  text: string;
}

/** A finding, pointing at the exact key or value at fault. Lines and columns are 1-based. */
export interface Diagnostic {
  /** Stable rule code: Istio's (IST0101), hadolint's (DL3007) or ours (SA2001). */
  code: string;
  severity: Severity;
  message: string;
  /** Name of the source file it belongs to. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Where in the document, e.g. "spec.template.spec.containers[0].image"; "" for the whole document. */
  path: string;
  /** "Kind namespace/name" (namespace left out when the document has none); "" outside resources. */
  resource: string;
  /** Site path of the rule's page. */
  docs: string;
  /** A mechanical repair, as exact text edits of this file, when the check knows one. */
  fix?: Fix;
}

/** Replace the text of a span (1-based, end exclusive) by `text`; an empty span inserts. */
export interface TextEdit extends Span {
  text: string;
}

/** A quick fix: a title for the button and the edits that make it. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** A span in a source file, 1-based, end exclusive of nothing: endColumn is the column after the last character. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Diagnostics grouped by file, in input order, with counts: the shape of the CLI's JSON. */
export interface AnalysisResult {
  files: { file: string; diagnostics: Diagnostic[] }[];
  summary: { errors: number; warnings: number; infos: number };
}
