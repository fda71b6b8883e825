import { gzipSync } from 'node:zlib';
import vue from '@vitejs/plugin-vue';
import { defineConfig, type Plugin } from 'vite';

/** Budget for the JavaScript the first page (the scenario list) loads, gzip. */
const INITIAL_JS_BUDGET_KB = 300;

/** Prints the JavaScript loaded before any lazy route (the entry and its static imports), gzip, against the budget. */
function initialSizeReport(): Plugin {
  return {
    name: 'dlt-initial-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, { code: string; imports: string[] }>();
      let entry: string | undefined;
      for (const [file, out] of Object.entries(bundle)) {
        if (out.type !== 'chunk') continue;
        chunks.set(file, { code: out.code, imports: out.imports });
        if (out.isEntry) entry = file;
      }
      const seen = new Set<string>();
      const walk = (file: string) => {
        if (seen.has(file) || !chunks.has(file)) return;
        seen.add(file);
        for (const next of chunks.get(file)!.imports) walk(next);
      };
      if (entry) walk(entry);
      let gzip = 0;
      for (const file of seen) gzip += gzipSync(chunks.get(file)!.code).length;
      const kb = gzip / 1024;
      const verdict = kb <= INITIAL_JS_BUDGET_KB ? 'within' : 'OVER';
      this.info(
        `initial JS (${[...seen].join(', ')}): ${kb.toFixed(1)} KB gzip, ${verdict} the ${INITIAL_JS_BUDGET_KB} KB budget`,
      );
      if (kb > INITIAL_JS_BUDGET_KB)
        this.error(`initial JS is ${kb.toFixed(1)} KB gzip, over ${INITIAL_JS_BUDGET_KB} KB`);
    },
  };
}

/**
 * One build for AWS (CloudFront) and local mode: settings come from /config.json at run time, so nothing
 * here depends on the deployment. chart.js, mqtt and the AWS sign-in library stay out of the first load.
 */
export default defineConfig({
  base: '/',
  plugins: [vue(), initialSizeReport()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // Heavy libraries get their own chunks, loaded only by the pages (or sign-in path) that need them.
        codeSplitting: {
          groups: [
            { name: 'charts', test: /node_modules[\\/](chart\.js|@kurkle)/ },
            { name: 'mqtt', test: /node_modules[\\/]mqtt/ },
            { name: 'oidc', test: /node_modules[\\/]oidc-client-ts/ },
            { name: 'domain', test: /node_modules[\\/]zod|functions[\\/]shared/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
});
