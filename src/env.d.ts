/// <reference path="../.astro/types.d.ts" />

declare module 'virtual:code-theme.css';
