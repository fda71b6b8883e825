import { analysisTools } from './analysis-tools.js';
import { readTools } from './read-tools.js';
import type { ToolDefinition } from './tool.js';
import { writeTools } from './write-tools.js';

export { type ToolContext, type ToolDefinition, ToolFailure } from './tool.js';

/** Every tool, read tools first (DLT's seven, then this product's additions), write tools last. */
export const ALL_TOOLS: readonly ToolDefinition[] = [...readTools, ...analysisTools, ...writeTools];

export const WRITE_TOOL_NAMES: ReadonlySet<string> = new Set(writeTools.map((t) => t.name));

export function toolsFor(allowWrites: boolean): ToolDefinition[] {
  return ALL_TOOLS.filter((t) => allowWrites || !t.write);
}
