/**
 * A synthetic course for build-time comparisons: N lessons of about 1,500 words with headings,
 * three code blocks, a table and a diagram, written both as our MDX lessons and as Starlight pages.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS =
  'sidecar proxy pod container network namespace traffic policy mesh service request latency memory certificate identity route retry timeout budget probe readiness liveness volume port protocol'.split(
    ' ',
  );

function paragraph(seed: number, words = 90): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 31 + i * 7) % WORDS.length] ?? 'mesh');
  const text = out.join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

const DIAGRAMS = [
  'flowchart LR\n  accTitle: Request path\n  accDescr: A client calls a server through two proxies.\n  A[Client] --> B[Client proxy] --> C[Server proxy] --> D[Server]',
  'flowchart TB\n  accTitle: Control and data plane\n  accDescr: The control plane configures every proxy.\n  CP[Control plane] --> P1[Proxy 1]\n  CP --> P2[Proxy 2]',
  'sequenceDiagram\n  accTitle: Start-up order\n  accDescr: The sidecar starts before the app.\n  participant K as kubelet\n  participant S as sidecar\n  participant A as app\n  K->>S: start\n  K->>A: start',
  'flowchart LR\n  accTitle: Canary\n  accDescr: Ninety percent to v1 and ten to v2.\n  R[Route] -->|90| V1[v1]\n  R -->|10| V2[v2]',
];

function body(index: number, withDiagram: boolean): string {
  const sections: string[] = [];
  for (let s = 0; s < 6; s++) {
    sections.push(`## Section ${s + 1} of lesson ${index}`, paragraph(index + s), paragraph(index + s + 1), paragraph(index + s + 2));
    if (s === 1)
      sections.push(
        '```yaml title="deployment.yaml"\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: orders\n```',
      );
    if (s === 2)
      sections.push(
        '```dockerfile title="Dockerfile"\nFROM rust:1.85 AS build\nWORKDIR /src\nCOPY . .\nRUN cargo build --release --locked\nFROM gcr.io/distroless/cc-debian12\nCOPY --from=build /src/target/release/orders /orders\nUSER 65532:65532\nENTRYPOINT ["/orders"]\n```',
      );
    if (s === 3) sections.push('```shell\n$ kubectl get pods -n shop\nNAME READY STATUS\norders-1 2/2 Running\n```');
    if (s === 4)
      sections.push('| Mesh | Proxy | Language |\n| --- | --- | --- |\n| Istio | Envoy | C++ |\n| Linkerd | linkerd2-proxy | Rust |');
    if (s === 2 && withDiagram) sections.push(`\`\`\`mermaid\n${DIAGRAMS[index % DIAGRAMS.length]}\n\`\`\``);
  }
  return sections.join('\n\n');
}

/** Writes `count` lessons as our MDX into `dir` (emptied first). */
export function writeOurLessons(dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= count; i++) {
    const module = Math.ceil(i / 20);
    writeFileSync(
      join(dir, `lesson-${i}.mdx`),
      `---\ntitle: Generated lesson ${i}\ndescription: A generated lesson used to measure how the build scales with the size of the course.\nmodule:\n  id: module-${module}\n  title: Module ${module}\n  order: ${module}\norder: ${((i - 1) % 20) + 1}\nduration: 15\nobjectives:\n  - Measure the build with a realistic lesson.\nupdated: 2026-11-25\n---\n\n${body(i, true)}\n`,
    );
  }
}

/** Writes the same lessons as Starlight Markdown pages into `dir` (emptied first). */
export function writeStarlightPages(dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'lessons'), { recursive: true });
  writeFileSync(join(dir, 'index.md'), '---\ntitle: Bench\ndescription: A generated Starlight site.\n---\n\nHome.\n');
  for (let i = 1; i <= count; i++) {
    // Starlight has no build-time diagrams: the Mermaid source stays a code block there.
    writeFileSync(
      join(dir, 'lessons', `lesson-${i}.md`),
      `---\ntitle: Generated lesson ${i}\ndescription: A generated lesson used to measure how the build scales with the size of the course.\n---\n\n${body(i, true)}\n`,
    );
  }
}
