import { fromRoot } from '../../paths.ts';

export type BundleName = 'explore' | 'playground' | 'authority' | 'england';

let built: Promise<Map<string, string>> | undefined;

/**
 * The browser code, bundled by esbuild in memory the first time a page asks for it: nothing
 * generated is committed or written to disk, so a fresh clone works after `npm ci`.
 */
export function browserBundle(name: BundleName): Promise<string> {
  built ??= build().catch((error: unknown) => {
    built = undefined;
    throw error;
  });
  return built.then((files) => {
    const code = files.get(name);
    if (code === undefined) throw new Error(`No browser bundle named ${name}`);
    return code;
  });
}

async function build(): Promise<Map<string, string>> {
  // A devDependency: imported only when a page is first served, never by the API itself.
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: {
      explore: fromRoot('src/browser/explore/main.ts'),
      playground: fromRoot('src/browser/playground/main.ts'),
      authority: fromRoot('src/browser/authority/main.ts'),
      england: fromRoot('src/browser/england/main.ts'),
    },
    bundle: true,
    write: false,
    outdir: 'out',
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    loader: { '.graphql': 'text' },
    logLevel: 'silent',
  });
  return new Map(
    result.outputFiles.map((file) => [file.path.replace(/^.*[\\/]/, '').replace(/\.js$/, ''), file.text]),
  );
}
