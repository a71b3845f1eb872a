/**
 * The tags that load a page's styles and script, read from the manifest `vite build` writes, so the
 * hashed file names are always the ones that were built.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The client entries, as named in vite.config.ts. Each page loads at most one script entry. */
export const clientEntries = {
  common: 'src/client/common.ts',
  complain: 'src/client/complain.tsx',
  compliment: 'src/client/compliment.tsx',
  comment: 'src/client/comment.tsx',
  track: 'src/client/track.tsx',
  session: 'src/client/signed-in.ts',
} as const;
export type ClientEntry = keyof typeof clientEntries;

export const stylesEntry = 'src/client/styles.scss';

const manifestChunkSchema = z.object({
  file: z.string(),
  imports: z.array(z.string()).optional(),
  css: z.array(z.string()).optional(),
  isEntry: z.boolean().optional(),
});
const manifestSchema = z.record(z.string(), manifestChunkSchema);
export type Manifest = z.infer<typeof manifestSchema>;

/** What the document head and body need to load one page's assets. */
export interface PageAssets {
  stylesheets: string[];
  modulePreloads: string[];
  script: string | undefined;
}

export function parseManifest(json: string): Manifest {
  return manifestSchema.parse(JSON.parse(json));
}

export function readManifest(file: URL): Manifest {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(
      `The portal's built assets are missing (${file.pathname}). Run "pnpm --filter @heard/portal build" first.`,
    );
  }
  return parseManifest(text);
}

/**
 * The stylesheets, module preloads and entry script of one page. `base` is the URL path the built
 * files are served under.
 */
export function pageAssets(
  manifest: Manifest,
  entry: ClientEntry | undefined,
  base = '/',
): PageAssets {
  const styles = manifest[stylesEntry];
  if (styles === undefined) throw new Error(`The manifest has no ${stylesEntry}`);
  const stylesheets = new Set<string>([base + styles.file]);
  const modulePreloads = new Set<string>();
  let script: string | undefined;
  if (entry !== undefined) {
    const chunk = manifest[clientEntries[entry]];
    if (chunk === undefined) throw new Error(`The manifest has no ${clientEntries[entry]}`);
    script = base + chunk.file;
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      const imported = manifest[key];
      if (imported === undefined) return;
      modulePreloads.add(base + imported.file);
      for (const css of imported.css ?? []) stylesheets.add(base + css);
      for (const next of imported.imports ?? []) visit(next);
    };
    for (const css of chunk.css ?? []) stylesheets.add(base + css);
    for (const next of chunk.imports ?? []) visit(next);
  }
  return { stylesheets: [...stylesheets], modulePreloads: [...modulePreloads], script };
}
