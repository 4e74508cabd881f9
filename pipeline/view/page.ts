import esbuild from 'esbuild';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { packageRoot } from '../../stages/resources.js';
import type { ViewData } from './model.js';

/**
 * The browser sources (`view/` at the package root), found from this module's location: the same code runs from
 * `pipeline/view/` under jest and from `dist/pipeline/view/` when built.
 */
export function viewSourceDir(): string {
  return join(packageRoot(), 'view');
}

/** The page script with sigma and graphology bundled in, minified, and the licenses of the packages bundled. */
export async function bundleViewScript(): Promise<{ script: string; licenses: string }> {
  const root = dirname(viewSourceDir());
  const result = await esbuild.build({
    entryPoints: [join(viewSourceDir(), 'main.ts')],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'eof',
    charset: 'utf8',
    logLevel: 'silent',
  });
  return { script: result.outputFiles[0]!.text, licenses: await bundledLicenses(root, Object.keys(result.metafile.inputs)) };
}

/** The license texts of the npm packages in a bundle (sigma, graphology, ... are MIT: the notice must travel along). */
async function bundledLicenses(root: string, inputs: readonly string[]): Promise<string> {
  const packageDirs = new Set<string>();
  for (const input of inputs) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packageDirs.add(match[1]!);
  }
  const texts: string[] = [];
  for (const dir of [...packageDirs].sort()) {
    const license = (await readdir(join(root, dir))).filter((f) => /^licen[cs]e/i.test(f)).sort()[0];
    const name = dir.slice(dir.lastIndexOf('node_modules/') + 'node_modules/'.length);
    texts.push(`${name}:\n${license ? (await readFile(join(root, dir, license), 'utf8')).trim() : '(no license file)'}`);
  }
  return texts.join('\n\n');
}

/**
 * JSON that is safe inside `<script type="application/json">`: `<` can only occur inside JSON strings, where `\u003c`
 * means the same, so no `</script>` or `<!--` in an article can end the element.
 */
export function embedJson(data: ViewData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Script text that cannot close or comment out its own `<script>` element; the escapes mean the same inside JS strings and regexps. */
export function embedScript(script: string): string {
  return script.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * Fills the template's `/*@@NAME@@*\/` slots in one pass, so text inserted into one slot (an article quoting a marker)
 * is never taken for another slot.
 */
export function fillSlots(template: string, values: Record<string, string>): string {
  const filled = new Set<string>();
  const page = template.replace(/\/\*@@([A-Z]+)@@\*\//g, (marker, name: string) => {
    const value = values[name];
    if (value === undefined || filled.has(name)) throw new Error(`newsgraph view: unexpected ${marker} in the page template`);
    filled.add(name);
    return value;
  });
  const missing = Object.keys(values).filter((name) => !filled.has(name));
  if (missing.length > 0) throw new Error(`newsgraph view: the page template lacks the slots ${missing.join(', ')}`);
  return page;
}

/** The whole self-contained page: template, style, data, script and the bundled packages' licenses inlined. */
export async function renderPage(data: ViewData): Promise<string> {
  const dir = viewSourceDir();
  const [template, style, { script, licenses }] = await Promise.all([
    readFile(join(dir, 'page.html'), 'utf8'),
    readFile(join(dir, 'style.css'), 'utf8'),
    bundleViewScript(),
  ]);
  return fillSlots(template, {
    LICENSES: licenses.replace(/--/g, '- -'),
    STYLE: style,
    DATA: embedJson(data),
    SCRIPT: embedScript(script),
  });
}
