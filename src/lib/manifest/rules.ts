/**
 * Every code the validator can emit, with its level and a one-line title. Codes are stable: Istio's
 * analyzer codes and levels where the check is one of istioctl analyze's, hadolint's where it is one
 * of hadolint's, and ours (SA....) otherwise. The rule pages (/playground/rules/<code>/) build on this.
 */
import type { Severity } from './types.ts';

/** What the registry knows about one code. */
export interface RuleInfo {
  code: string;
  severity: Severity;
  /** Short name, e.g. "Referenced resource not found". */
  title: string;
  /** Which family of checks it belongs to. */
  family: 'input' | 'kubernetes' | 'workload' | 'istio' | 'linkerd' | 'dockerfile';
  /** One or two sentences: what it means and why it matters. */
  summary: string;
}

/** The input and schema rules that belong to no one family's checks. */
export const CORE_RULES: readonly RuleInfo[] = [
  {
    code: 'SA1001',
    severity: 'error',
    family: 'input',
    title: 'YAML syntax error',
    summary: 'The text is not valid YAML here, so this document cannot be read. Other documents are still checked.',
  },
  {
    code: 'SA1002',
    severity: 'error',
    family: 'input',
    title: 'Input too large',
    summary: 'A file over 2 MB is refused rather than analysed, to keep the browser responsive.',
  },
  {
    code: 'SA1003',
    severity: 'error',
    family: 'input',
    title: 'Not a text file',
    summary: 'The file holds binary data or is not valid UTF-8, so it cannot be a manifest or a Dockerfile.',
  },
  {
    code: 'SA1004',
    severity: 'error',
    family: 'input',
    title: 'Document is not a mapping',
    summary: 'A Kubernetes document is a mapping with apiVersion, kind and metadata; a scalar or a list cannot be applied.',
  },
  {
    code: 'SA1005',
    severity: 'error',
    family: 'input',
    title: 'Too many alias expansions',
    summary: 'YAML aliases expand to more nodes than a manifest ever needs (an "alias bomb"); the document is not expanded.',
  },
  {
    code: 'SA1006',
    severity: 'error',
    family: 'input',
    title: 'Nesting too deep',
    summary: 'The document nests collections deeper than any manifest does; it is not analysed further.',
  },
  {
    code: 'SA1007',
    severity: 'error',
    family: 'input',
    title: 'Missing apiVersion or kind',
    summary: 'Without apiVersion and kind the API server cannot tell what the document is.',
  },
  {
    code: 'SA1008',
    severity: 'info',
    family: 'input',
    title: 'Kind not validated',
    summary: 'This kind is not one the validator knows; it was read but not checked.',
  },
  {
    code: 'SA1009',
    severity: 'error',
    family: 'input',
    title: 'Unknown API version for this kind',
    summary: 'The kind exists, but not in this API group or version (it may have been removed, like extensions/v1beta1 Deployments).',
  },
  {
    code: 'SA1010',
    severity: 'warning',
    family: 'input',
    title: 'Duplicate resource',
    summary: 'Two documents define the same kind, namespace and name; the second would overwrite the first.',
  },
  {
    code: 'SA1011',
    severity: 'warning',
    family: 'input',
    title: 'A check failed',
    summary: 'One check broke on this input; its findings are missing, the others are complete. Please report the input.',
  },
  {
    code: 'SA1012',
    severity: 'error',
    family: 'input',
    title: 'Unknown kind in a known API group',
    summary:
      'The API group is one Kubernetes, Istio or Linkerd serves, but it has no kind by this name; the kind is most likely misspelt, and the API server refuses the document.',
  },
  {
    code: 'SA2001',
    severity: 'error',
    family: 'kubernetes',
    title: 'Unknown field',
    summary:
      'The API server rejects unknown fields under strict validation (kubectl --validate=strict); usually a typo or a field at the wrong level.',
  },
  {
    code: 'SA2002',
    severity: 'error',
    family: 'kubernetes',
    title: 'Required field missing',
    summary: 'The API server rejects the object without this field.',
  },
  {
    code: 'SA2003',
    severity: 'error',
    family: 'kubernetes',
    title: 'Wrong type',
    summary: 'The value has the wrong type for this field (a string where a number belongs, a list where a mapping belongs).',
  },
  {
    code: 'SA2004',
    severity: 'error',
    family: 'kubernetes',
    title: 'Invalid value',
    summary:
      'The value has the right type but is not allowed: a bad name, a port out of range, an unknown enum value, a malformed quantity or duration.',
  },
];

/** Site path of a rule's page. */
export function docsPath(code: string): string {
  return `/playground/rules/${code}/`;
}
