export * from './errors.js';
export * from './extract.js';
export {
  inspectScriptArchive,
  type ScriptArchiveFile,
  type ScriptArchiveOptions,
  type ScriptArchivePlan,
} from './inspect.js';
export { type ArchiveLimits, DEFAULT_ARCHIVE_LIMITS } from './limits.js';
export { readArchiveEntry } from './read-entry.js';
export { selectScript, unwrapPrefix } from './select.js';
