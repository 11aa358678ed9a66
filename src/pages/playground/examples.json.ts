/** /playground/examples.json: the examples menu, fetched by the playground when the menu first opens. */
import type { APIRoute } from 'astro';
import { examplesFile } from '../../data/playground.ts';

/** The menu as JSON. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await examplesFile()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
