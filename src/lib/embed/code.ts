/** The HTML a host page pastes to embed a quiz, and the URLs behind it. */

/** Where a quiz's embed page, the host script and the oEmbed document live. */
export interface EmbedUrls {
  page: string;
  script: string;
  oembed: string;
}

/** The URLs for quiz `id` on a site published at `siteUrl` (origin and base, ending in "/"). */
export function embedUrls(siteUrl: string, id: string): EmbedUrls {
  const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return { page: `${root}embed/quiz/${id}/`, script: `${root}embed.js`, oembed: `${root}oembed/quiz/${id}.json` };
}

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The iframe and script tags to paste; the iframe is sandboxed to scripts alone, which is all a quiz needs. */
export function embedCode(urls: EmbedUrls, title: string, height = 640): string {
  return [
    `<iframe src="${attr(urls.page)}" title="${attr(title)}" width="100%" height="${height}" loading="lazy" sandbox="allow-scripts" style="border:0;max-width:48rem"></iframe>`,
    `<script src="${attr(urls.script)}" async></script>`,
  ].join('\n');
}
