import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';
export function textOnly(code: string, file?: string): string;
export const esbuildTextOnly: EsbuildPlugin;
export function viteTextOnly(): VitePlugin;
