/**
 * The validator: reads every source (YAML manifests and Dockerfiles), checks each document against
 * its kind's schema, runs the checks across documents as one set (like `istioctl analyze a.yaml
 * b.yaml`), applies suppression annotations, and returns diagnostics grouped by file. Never throws.
 */
import { AnalysisContext } from './context.ts';
import { ANALYZERS, RULES, SCHEMAS } from './families.ts';
import type { KindSchema } from './family.ts';
import { sourceKind, unreadable } from './input.ts';
import { kindProblem } from './kinds.ts';
import { resourceLabel, stringAt, toResource, type Resource } from './resource.ts';
import { schemaFindings } from './schema/validate.ts';
import type { AnalysisResult, Diagnostic, SourceFile } from './types.ts';
import { loadYaml } from './yaml/load.ts';
import { spanOf } from './yaml/locate.ts';

const WHOLE_FILE = { line: 1, column: 1, endLine: 1, endColumn: 2 };
const SUPPRESS = 'galley.istio.io/analyze-suppress';

function readSources(sources: readonly SourceFile[], context: AnalysisContext, resources: Resource[], dockerfiles: SourceFile[]): void {
  for (const source of sources) {
    const problem = unreadable(source);
    if (problem) {
      context.reportAt(source.name, problem.span, { code: problem.code, message: problem.message });
      continue;
    }
    if (sourceKind(source) === 'dockerfile') {
      dockerfiles.push(source);
      continue;
    }
    for (const loaded of loadYaml(source.text)) {
      for (const p of loaded.problems) {
        const { lines, lineOffset } = loaded.positions();
        context.reportAt(source.name, spanOf(lines, p.offset, p.endOffset, lineOffset), { code: p.code, message: p.message });
      }
      if (loaded.problems.length > 0 || loaded.value === null || loaded.value === undefined) continue;
      const made = toResource(source.name, loaded.index, loaded.value, loaded.positions);
      if ('resource' in made) {
        resources.push(made.resource);
        continue;
      }
      const { doc, lines, lineOffset } = loaded.positions();
      const range = doc.contents?.range;
      const span = range ? spanOf(lines, range[0], range[0] + 1, lineOffset) : WHOLE_FILE;
      const message =
        made.problem === 'not-mapping'
          ? `document ${loaded.index + 1} is ${Array.isArray(loaded.value) ? 'a list' : 'a single value'}, not a mapping with apiVersion and kind`
          : `document ${loaded.index + 1} has no ${typeof (loaded.value as Record<string, unknown>)['apiVersion'] === 'string' ? 'kind' : 'apiVersion'}`;
      context.reportAt(source.name, span, { code: made.problem === 'not-mapping' ? 'SA1004' : 'SA1007', message });
    }
  }
}

/** SA1008, SA1009 or SA1012 for a resource without a schema for its group, kind and version. */
function reportUnchecked(context: AnalysisContext, resource: Resource, schema: KindSchema | undefined): void {
  const { apiVersion, kind } = resource;
  const found = kindProblem(apiVersion, resource.group, kind);
  const version = (message: string): void => {
    context.report(resource, { code: 'SA1009', path: ['apiVersion'], target: 'value', message });
  };
  if (found.problem === 'removed') {
    const removed = `${kind} is not served as ${apiVersion}: Kubernetes ${found.release} removed it`;
    version(
      found.replacement
        ? `${removed}; use ${found.replacement}`
        : `${removed} without a successor; enforce pod security with Pod Security admission (namespace labels) instead`,
    );
  } else if (schema) {
    version(`${kind} is not served as ${apiVersion}; use ${schema.group ? `${schema.group}/` : ''}${schema.versions[0]}`);
  } else if (found.problem === 'wrong-group') {
    version(`${kind} is not served as ${apiVersion}; use ${found.replacements.join(' or ')}`);
  } else if (found.problem === 'misspelt') {
    // The API server answers `no matches for kind "Deploymnet" in version "apps/v1"` and creates nothing.
    context.report(resource, {
      code: 'SA1012',
      path: ['kind'],
      target: 'value',
      message: `${apiVersion} has no kind "${kind}"; did you mean ${found.suggestion}?`,
      fix: { title: `Change the kind to ${found.suggestion}`, ops: [{ op: 'set', path: ['kind'], value: found.suggestion }] },
    });
  } else {
    context.report(resource, {
      code: 'SA1008',
      path: ['kind'],
      message: `${apiVersion} ${kind} is not a kind the validator knows; it was not checked`,
    });
  }
}

function checkSchemas(context: AnalysisContext): void {
  const seen = new Map<string, Resource>();
  for (const resource of context.resources) {
    const schema = SCHEMAS.get(`${resource.group}/${resource.kind}`);
    if (!schema || !schema.versions.includes(resource.version)) {
      reportUnchecked(context, resource, schema);
      continue;
    }
    for (const finding of schemaFindings(resource, schema)) context.report(resource, finding);
    const identity = `${resource.group}/${resource.kind}/${schema.namespaced ? (resource.namespace ?? 'default') : ''}/${resource.name}`;
    const first = seen.get(identity);
    if (first && resource.name) {
      context.report(resource, {
        code: 'SA1010',
        path: ['metadata', 'name'],
        target: 'value',
        message: `${resourceLabel(resource)} is defined twice; the other is document ${first.index + 1} of ${first.file}`,
      });
    } else seen.set(identity, resource);
  }
}

function suppressed(diagnostic: Diagnostic, owner: Resource | undefined): boolean {
  const list = owner ? stringAt(owner.value, ['metadata', 'annotations', SUPPRESS]) : undefined;
  if (!list) return false;
  return list.split(',').some((code) => code.trim() === diagnostic.code || code.trim() === '*');
}

/** The resources of the YAML sources (documents that are not resources, and Dockerfiles, are left out). */
export function collectResources(sources: readonly SourceFile[]): Resource[] {
  const resources: Resource[] = [];
  readSources(sources, new AnalysisContext(resources, [], RULES), resources, []);
  return resources;
}

/** Analyses the sources together; diagnostics come back per file, in input order, sorted by position. */
export function analyze(sources: readonly SourceFile[]): AnalysisResult {
  return analyzeWithResources(sources).result;
}

/** Like analyze, and also hands back the resources it read, for tools that work on them next (previews, graphs). */
export function analyzeWithResources(sources: readonly SourceFile[]): { result: AnalysisResult; resources: Resource[] } {
  const resources: Resource[] = [];
  const dockerfiles: SourceFile[] = [];
  // The context sees the lists as reading fills them.
  const context = new AnalysisContext(resources, dockerfiles, RULES);
  readSources(sources, context, resources, dockerfiles);
  checkSchemas(context);
  for (const analyzer of ANALYZERS) {
    try {
      analyzer.run(context);
    } catch (error) {
      // A check that breaks on odd input must not take the others down; say so instead.
      const file = sources[0]?.name ?? '';
      context.reportAt(file, WHOLE_FILE, {
        code: 'SA1011',
        message: `the check "${analyzer.name}" failed on this input (${String(error)}); other results are complete`,
      });
    }
  }
  const kept = context.diagnostics.filter((d) => !suppressed(d, context.owners.get(d)));
  const files = sources.map((source) => ({
    file: source.name,
    diagnostics: kept
      .filter((d) => d.file === source.name)
      .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code)),
  }));
  const count = (severity: string): number => kept.filter((d) => d.severity === severity).length;
  return { result: { files, summary: { errors: count('error'), warnings: count('warning'), infos: count('info') } }, resources };
}
