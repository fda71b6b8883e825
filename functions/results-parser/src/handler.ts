import {
  type OrchestrationDeps,
  type ParseResultsInput,
  type ParseResultsOutput,
  parseResults,
} from '@dlt/orchestration';

/** The `Parse Results` and `Parse Partial Results` states (the latter with `partial: true`). */
export function createResultsParserHandler(
  deps: OrchestrationDeps,
): (event: ParseResultsInput) => Promise<ParseResultsOutput> {
  return (event) => parseResults(deps, event);
}
