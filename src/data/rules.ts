/**
 * The validator's rule pages: every code the validator can emit, its registry entry, the page's
 * collection entry, and the lessons that teach it (those whose text or snippets name the code).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../lib/content/index.ts';
import { RULE_REGISTRY as RULES } from '../lib/manifest/registry.ts';
import type { RuleInfo } from '../lib/manifest/rules.ts';
import { loadCourse } from './course.ts';
import { lessonSource } from './lesson-source.ts';

/** One rule with its page and the lessons that teach it. */
export interface RulePage {
  rule: RuleInfo;
  entry: CollectionEntry<'rules'>;
  lessons: { id: string; title: string }[];
}

/** Families in the order the index lists them, with their headings. */
export const FAMILY_TITLES: Record<RuleInfo['family'], string> = {
  input: 'Reading the input',
  kubernetes: 'Kubernetes schemas',
  workload: 'Workloads and Services',
  istio: 'Istio',
  linkerd: 'Linkerd',
  dockerfile: 'Dockerfiles',
};

let loaded: Promise<RulePage[]> | undefined;

/** Every rule page, in registry order; a code without a page (or a page without a code) fails the build. */
export function loadRulePages(): Promise<RulePage[]> {
  loaded ??= (async () => {
    const entries = new Map((await getCollection('rules')).map((entry) => [entry.data.code, entry]));
    const { course, entries: lessons } = await loadCourse();
    const problems = [
      ...[...RULES.keys()]
        .filter((code) => !entries.has(code))
        .map((code) => `content/rules/${code}.md is missing: every code the validator emits has a page`),
      ...[...entries.keys()]
        .filter((code) => !RULES.has(code))
        .map((code) => `content/rules/${code}.md documents a code the validator does not emit`),
    ];
    if (problems.length > 0) {
      throw new ContentError(
        problems.map((message) => ({
          code: 'rule-page' as const,
          severity: 'error' as const,
          file: 'content/rules',
          line: 1,
          column: 1,
          message,
        })),
      );
    }
    return [...RULES.values()].map((rule) => {
      const pattern = new RegExp(`\\b${rule.code}\\b`);
      const teaching = course.lessons.filter((lesson) => {
        const entry = lessons.get(lesson.id);
        return entry !== undefined && pattern.test(lessonSource(entry));
      });
      return {
        rule,
        entry: entries.get(rule.code) as CollectionEntry<'rules'>,
        lessons: teaching.map((l) => ({ id: l.id, title: l.title })),
      };
    });
  })();
  return loaded;
}
