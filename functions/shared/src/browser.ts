/**
 * The browser-safe part of the domain (no Node built-ins): scenario validation, schedules and cron previews,
 * pass/fail criteria, and the console config types. The web console imports `@dlt/shared/browser`.
 */
export * from './analysis/index.js';
export type * from './console/config.js';
export * from './criteria/index.js';
export * from './scenario/index.js';
