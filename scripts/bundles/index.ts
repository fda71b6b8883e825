/** Builds every bundle of the manifest and writes or checks them; used by cli.ts and scripts/synth-modules. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type BuiltBundle, buildBundle, bundleDrift, writeBundle } from './build.js';
import { BUNDLES, type BundleSpec } from './manifest.js';
import { REPORT_PATH, sizeReport } from './report.js';

export { type BuiltBundle, buildBundle, bundleDrift, listFiles, writeBundle } from './build.js';
export { BUNDLES, type BundleSpec, ORCHESTRATION_ENTRIES, type OrchestrationEntry } from './manifest.js';
export { REPORT_PATH, sizeReport } from './report.js';

export interface BundleRun {
  bundles: BuiltBundle[];
  /** Loud lines about skipped bundles, already printed. */
  warnings: string[];
  report: string;
}

/** Builds every bundle from `sourceRoot`; a skipped optional bundle is warned about on stderr. */
export function buildAll(sourceRoot: string, specs: BundleSpec[] = BUNDLES): BundleRun {
  const bundles = specs.map((spec) => buildBundle(spec, sourceRoot));
  const warnings = bundles
    .filter((b) => b.skipped)
    .map(
      (b) =>
        `WARNING: bundle ${b.spec.name} NOT BUILT (${b.skipped}); ${b.spec.outDir} keeps what it holds ` +
        '(a 501 placeholder) until the entry exists.',
    );
  for (const w of warnings) console.error(w);
  return { bundles, warnings, report: sizeReport(bundles) };
}

/** Writes the bundles and the size report under `outRoot`. */
export function writeAll(run: BundleRun, outRoot: string): void {
  for (const bundle of run.bundles) writeBundle(bundle, outRoot);
  mkdirSync(dirname(join(outRoot, REPORT_PATH)), { recursive: true });
  writeFileSync(join(outRoot, REPORT_PATH), run.report);
}

/** Differences between the committed bundles under `root` and the fresh build; empty when identical. */
export function driftAll(run: BundleRun, root: string): string[] {
  return run.bundles.flatMap((bundle) => bundleDrift(bundle, root));
}
