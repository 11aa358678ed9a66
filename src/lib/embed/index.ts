export { EMBED_TYPE, EMBED_VERSION, parseEmbedMessage, type AnsweredDetail, type CompletedDetail, type EmbedMessage } from './protocol.ts';
export { embedCode, embedUrls, type EmbedUrls } from './code.ts';
