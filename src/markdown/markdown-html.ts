/**
 * Renders a small piece of Markdown (a quiz prompt, answer, hint, explanation) to HTML at build
 * time. Quizzes may be pasted from elsewhere, so raw HTML is shown as written, never parsed, and
 * links may only go to http(s), mailto, relative or in-page targets.
 */
import type { Element, Text } from 'hast';
import { markdownToHtml, type HastPluginDefinition } from 'satteri';
import type { CodeBlockRenderer } from './code-cache.ts';

const SAFE_HREF = /^(https?:|mailto:|#|\/|\.{0,2}\/|[^:]*$)/i;

function safetyPlugin(blocks: CodeBlockRenderer): HastPluginDefinition {
  return {
    name: 'sidecar-academy:safe-markdown',
    raw(node) {
      // "<" in text stays "<": a raw HTML node becomes the text it was written as.
      return { type: 'text', value: node.value } satisfies Text;
    },
    element: [
      {
        filter: ['a', 'img'],
        visit(node, ctx) {
          const key = node.tagName === 'a' ? 'href' : 'src';
          const value = node.properties[key];
          if (typeof value === 'string' && !SAFE_HREF.test(value.trim())) ctx.setProperty(node, key, null);
          if (node.tagName === 'a' && typeof value === 'string' && /^https?:/i.test(value)) ctx.setProperty(node, 'rel', 'noopener');
        },
      },
      {
        filter: ['pre'],
        async visit(node, ctx) {
          const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
          if (!code) return undefined;
          const data = code.data as { lang?: string | null; meta?: string | null } | undefined;
          const { node: figure } = await blocks.render(ctx.textContent(code), data?.lang ?? undefined, data?.meta ?? undefined);
          return figure;
        },
      },
    ],
  };
}

/** Markdown to HTML; `inline` unwraps a lone paragraph so the result fits in a label or a legend. */
export async function markdownHtml(text: string, blocks: CodeBlockRenderer, inline = false): Promise<string> {
  const { html } = await markdownToHtml(text, { hastPlugins: [safetyPlugin(blocks)], features: { gfm: true, smartPunctuation: true } });
  const trimmed = html.trim();
  if (inline) {
    const lone = /^<p>([\s\S]*)<\/p>$/.exec(trimmed);
    if (lone && !lone[1]?.includes('<p>')) return lone[1] ?? '';
  }
  return trimmed;
}

/** Escapes text for HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
