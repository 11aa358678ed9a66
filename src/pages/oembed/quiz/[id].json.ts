/** /oembed/quiz/<id>.json: the oEmbed document ("rich" type) for each quiz. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allQuizzes, quizPaths } from '../../../data/quizzes.ts';
import { embedCode, embedUrls } from '../../../lib/embed/index.ts';

export const getStaticPaths: GetStaticPaths = quizPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const source = (await allQuizzes()).get(params['id'] ?? '');
  if (!source) return new Response('not found', { status: 404 });
  const siteUrl = new URL(import.meta.env.BASE_URL, site ?? 'http://127.0.0.1:4321').href;
  const height = 640;
  const body = {
    type: 'rich',
    version: '1.0',
    title: source.title,
    provider_name: 'Sidecar Academy',
    provider_url: siteUrl,
    html: embedCode(embedUrls(siteUrl, source.id), source.title, height),
    width: 768,
    height,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
