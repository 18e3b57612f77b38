import { build } from 'esbuild';

/** Bundles `contents` (TypeScript importing the project's modules by absolute path) into one script for a page's main world. */
export async function pageScript(root: string, contents: string, { minify = true } = {}): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    charset: 'utf8',
    minify,
    define: { 'process.env': '{}' },
  });
  return out.outputFiles[0]!.text;
}
