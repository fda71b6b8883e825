import type { z } from 'zod';
import type { DltApi } from '../dlt-api.js';

export interface ToolContext {
  api: DltApi;
  /** Injected for tests; default Date.now. */
  now?: () => number;
}

/** One MCP tool: its DLT-compatible name and input schema, and what it does over the REST API. */
export interface ToolDefinition<Shape extends z.ZodRawShape = z.ZodRawShape> {
  name: string;
  title: string;
  description: string;
  input: z.ZodObject<Shape>;
  /** Write tools change state (start or cancel runs) and are only offered with `allowWrites`. */
  write: boolean;
  run(input: z.infer<z.ZodObject<Shape>>, ctx: ToolContext): Promise<unknown>;
}

/** Keeps each tool's input type attached to its handler while the list holds them under one type. */
export function defineTool<Shape extends z.ZodRawShape>(tool: ToolDefinition<Shape>): ToolDefinition {
  return tool as unknown as ToolDefinition;
}

/** A failure the tool explains itself (e.g. "test X has no runs yet"); it reaches the client as `isError`. */
export class ToolFailure extends Error {
  override readonly name = 'ToolFailure';
}

export function segment(id: string): string {
  return encodeURIComponent(id);
}
