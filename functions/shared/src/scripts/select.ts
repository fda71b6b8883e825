/**
 * Which file of an archive is the script, following DLT's load-test.sh (reference §2) with a defined order:
 * DLT takes the first match in `find` order, which is the file system's and so unspecified; here the first match
 * is the shallowest path, ties broken by code-point order of the path.
 */
import type { ScriptTestType } from '../storage/layout.js';
import { ScriptArchiveError } from './errors.js';
import { baseName, dirName, extensionOf, printable } from './names.js';

/** macOS Finder's resource-fork folder and dot/underscore entries are never the script nor decide unwrapping. */
function isHiddenSegment(segment: string): boolean {
  return segment.startsWith('.') || segment.startsWith('_');
}

function hasHiddenSegment(path: string): boolean {
  return path.split('/').some(isHiddenSegment);
}

/**
 * DLT 4.0.1's unwrap: when the root holds exactly one folder and no files (ignoring dot and underscore names,
 * such as `__MACOSX`), that folder's contents are the root. Returns the prefix to strip ("" for none).
 */
export function unwrapPrefix(paths: readonly string[]): string {
  const rootFolders = new Set<string>();
  let rootFiles = 0;
  for (const p of paths) {
    const slash = p.indexOf('/');
    const top = slash < 0 ? p : p.slice(0, slash);
    if (isHiddenSegment(top)) continue;
    if (slash < 0) rootFiles++;
    else rootFolders.add(top);
  }
  const [only] = rootFolders;
  return rootFiles === 0 && rootFolders.size === 1 && only !== undefined ? `${only}/` : '';
}

function byDepthThenName(a: string, b: string): number {
  const depth = a.split('/').length - b.split('/').length;
  if (depth !== 0) return depth;
  return a < b ? -1 : a > b ? 1 : 0;
}

function first(paths: readonly string[], accept: (path: string) => boolean): string | undefined {
  return paths.filter(accept).sort(byDepthThenName)[0];
}

/**
 * The main script among `files` (already unwrapped):
 * - jmeter: the first `*.jmx`, skipping `jmeter-bundle/` and dot/underscore folders;
 * - k6: the first `*.ts` (not `*.d.ts`), else the first `*.js`, skipping dot/underscore folders and `node_modules`;
 * - locust: the first `locustfile.py`, skipping dot/underscore folders.
 */
export function selectScript(testType: ScriptTestType, files: readonly string[]): string {
  const visible = files.filter((p) => !hasHiddenSegment(p));
  let script: string | undefined;
  switch (testType) {
    case 'jmeter':
      script = first(visible, (p) => extensionOf(p) === 'jmx' && !p.startsWith('jmeter-bundle/'));
      break;
    case 'k6': {
      const candidates = visible.filter((p) => !p.split('/').includes('node_modules'));
      script =
        first(candidates, (p) => extensionOf(p) === 'ts' && !p.toLowerCase().endsWith('.d.ts')) ??
        first(candidates, (p) => extensionOf(p) === 'js');
      break;
    }
    case 'locust':
      script = first(visible, (p) => baseName(p) === 'locustfile.py');
      break;
  }
  if (script === undefined) throw new ScriptArchiveError('no-script', noScriptMessage(testType));
  return script;
}

function noScriptMessage(testType: ScriptTestType): string {
  switch (testType) {
    case 'jmeter':
      return 'The zip archive contains no JMeter test plan (.jmx file).';
    case 'k6':
      return 'The zip archive contains no k6 script (.ts or .js file).';
    case 'locust':
      return 'The zip archive contains no locustfile.py.';
  }
}

/** JMeter plugins: the JARs directly inside `plugins/` beside the script (DLT copies them to lib/ext). */
export function pluginJarsFor(scriptPath: string, files: readonly string[]): string[] {
  const dir = dirName(scriptPath);
  const pluginsDir = dir === '' ? 'plugins' : `${dir}/plugins`;
  return files.filter((p) => dirName(p) === pluginsDir && extensionOf(p) === 'jar').sort(byDepthThenName);
}

/** Native programs and libraries: no engine loads them from a script folder, so they can only be a mistake. */
const NATIVE_BINARIES = new Set(['exe', 'dll', 'so', 'dylib', 'msi', 'sys']);

/** Refuses files the test type has no use for. JARs only make sense as JMeter plugins, in the plugins folder. */
export function checkFileTypes(
  testType: ScriptTestType,
  files: readonly string[],
  pluginJars: readonly string[],
): void {
  const plugins = new Set(pluginJars);
  for (const p of files) {
    const ext = extensionOf(p);
    if (NATIVE_BINARIES.has(ext) || /\.so(\.\d+)+$/i.test(p)) {
      throw new ScriptArchiveError(
        'file-type',
        `The zip archive contains "${printable(p)}": native programs and libraries (.${ext || 'so'}) are not allowed.`,
      );
    }
    if (ext !== 'jar' || plugins.has(p)) continue;
    if (testType !== 'jmeter') {
      throw new ScriptArchiveError(
        'file-type',
        `The zip archive contains "${printable(p)}": a ${testType} test cannot use JAR files.`,
      );
    }
    throw new ScriptArchiveError(
      'file-type',
      `The zip archive contains "${printable(p)}": JMeter plugin JARs belong in the plugins/ folder beside the .jmx file.`,
    );
  }
}
