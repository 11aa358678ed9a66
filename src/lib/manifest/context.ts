/** What checks see: every resource and Dockerfile of the input, and a way to report findings. */
import { docsPath, type RuleInfo } from './rules.ts';
import { resourceLabel, type Resource } from './resource.ts';
import { planFix, type FixSpec } from './fix.ts';
import type { Diagnostic, Fix, Severity, SourceFile, Span } from './types.ts';
import { formatPath, locate, type DataPath } from './yaml/locate.ts';

/** A finding about a resource, before it gets its position. */
export interface Finding {
  code: string;
  message: string;
  /** Where in the document; [] for the document as a whole. */
  path: DataPath;
  /** Point at the key (default) or at the value. */
  target?: 'key' | 'value';
  /** Overrides the rule's level, for the few rules whose level depends on the case. */
  severity?: Severity;
  /** A mechanical repair as operations on the data; offered only when it can be made exactly. */
  fix?: FixSpec;
}

/** The shared state of one analysis run. */
export class AnalysisContext {
  readonly resources: readonly Resource[];
  readonly dockerfiles: readonly SourceFile[];
  readonly diagnostics: Diagnostic[] = [];
  /** Which resource each diagnostic is about, for suppression annotations. */
  readonly owners = new Map<Diagnostic, Resource>();
  readonly #rules: ReadonlyMap<string, RuleInfo>;

  constructor(resources: readonly Resource[], dockerfiles: readonly SourceFile[], rules: ReadonlyMap<string, RuleInfo>) {
    this.resources = resources;
    this.dockerfiles = dockerfiles;
    this.#rules = rules;
  }

  /** Resources of a kind, optionally of one API group. */
  ofKind(kind: string, group?: string): Resource[] {
    return this.resources.filter((r) => r.kind === kind && (group === undefined || r.group === group));
  }

  /** The level a code gets unless a finding overrides it. */
  severityOf(code: string): Severity {
    const rule = this.#rules.get(code);
    if (!rule) throw new Error(`rule ${code} is not registered`);
    return rule.severity;
  }

  /** Reports a finding about a resource, positioned at its path. */
  report(resource: Resource, finding: Finding): Diagnostic {
    const span = locate(resource.positions(), finding.path, finding.target ?? 'key');
    const diagnostic = this.#make(resource.file, span, finding, formatPath(finding.path), resourceLabel(resource));
    const fix = finding.fix && planFix(resource.positions(), finding.fix);
    if (fix) diagnostic.fix = fix;
    this.owners.set(diagnostic, resource);
    return diagnostic;
  }

  /** Reports a finding at a span of a file that is not a resource (a Dockerfile, a broken document). */
  reportAt(
    file: string,
    span: Span,
    finding: Omit<Finding, 'path' | 'target' | 'fix'> & { path?: string; resource?: string; fix?: Fix },
  ): Diagnostic {
    const { fix, ...rest } = finding;
    const diagnostic = this.#make(file, span, { ...rest, path: [] }, finding.path ?? '', finding.resource ?? '');
    if (fix) diagnostic.fix = fix;
    return diagnostic;
  }

  #make(file: string, span: Span, finding: Finding, path: string, resource: string): Diagnostic {
    const diagnostic: Diagnostic = {
      code: finding.code,
      severity: finding.severity ?? this.severityOf(finding.code),
      message: finding.message,
      file,
      ...span,
      path,
      resource,
      docs: docsPath(finding.code),
    };
    this.diagnostics.push(diagnostic);
    return diagnostic;
  }
}
