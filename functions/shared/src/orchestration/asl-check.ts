import type { AslDefinition, AslState, ItemProcessor } from './asl.js';

// A structural checker that is stricter than "it deploys": Step Functions accepts unreachable states only in some
// cases and reports dangling targets late, and a state that cannot reach an end is how a run hangs in "running".

export interface NamedState {
  name: string;
  state: AslState;
  /** Path of Map state names from the top level down to the scope holding this state. */
  scope: string[];
}

/** Every state, including those inside Map item processors. */
export function listStates(definition: Pick<AslDefinition, 'States'>, scope: string[] = []): NamedState[] {
  const out: NamedState[] = [];
  for (const [name, state] of Object.entries(definition.States)) {
    out.push({ name, state, scope });
    if (state.Type === 'Map') out.push(...listStates(state.ItemProcessor, [...scope, name]));
  }
  return out;
}

/** Names a state can move to within its own scope (Map item processors are separate scopes). */
export function successors(state: AslState): string[] {
  switch (state.Type) {
    case 'Choice':
      return [...state.Choices.map((c) => c.Next), ...(state.Default === undefined ? [] : [state.Default])];
    case 'Succeed':
    case 'Fail':
      return [];
    default: {
      const catches = 'Catch' in state ? (state.Catch ?? []).map((c) => c.Next) : [];
      return [...(state.Next === undefined ? [] : [state.Next]), ...catches];
    }
  }
}

function isTerminal(state: AslState): boolean {
  return state.Type === 'Succeed' || state.Type === 'Fail' || ('End' in state && state.End === true);
}

function checkScope(scope: ItemProcessor | AslDefinition, where: string, problems: string[]): void {
  const names = new Set(Object.keys(scope.States));
  const at = (name: string) => (where === '' ? name : `${where} > ${name}`);
  if (!names.has(scope.StartAt))
    problems.push(`${where || 'top level'}: StartAt "${scope.StartAt}" is missing`);

  for (const [name, state] of Object.entries(scope.States)) {
    for (const target of successors(state)) {
      if (!names.has(target)) problems.push(`${at(name)}: target "${target}" does not exist`);
    }
    if (state.Type !== 'Choice' && state.Type !== 'Succeed' && state.Type !== 'Fail') {
      const hasNext = state.Next !== undefined;
      if (hasNext === (state.End === true)) problems.push(`${at(name)}: needs exactly one of Next or End`);
    }
    if (state.Type === 'Map') checkScope(state.ItemProcessor, at(name), problems);
  }

  const reachable = new Set<string>();
  const queue = [scope.StartAt];
  while (queue.length > 0) {
    const name = queue.pop()!;
    const state = scope.States[name];
    if (state === undefined || reachable.has(name)) continue;
    reachable.add(name);
    queue.push(...successors(state));
  }
  for (const name of names) if (!reachable.has(name)) problems.push(`${at(name)}: unreachable`);

  // Reverse reachability from terminal states: a state that cannot reach one is a loop with no exit.
  const canEnd = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const [name, state] of Object.entries(scope.States)) {
      if (canEnd.has(name)) continue;
      if (isTerminal(state) || successors(state).some((s) => canEnd.has(s))) {
        canEnd.add(name);
        changed = true;
      }
    }
  }
  for (const name of names) if (!canEnd.has(name)) problems.push(`${at(name)}: can never reach an end`);
}

/** Returns human-readable problems; an empty list means the definition is structurally sound. */
export function checkDefinition(definition: AslDefinition): string[] {
  const problems: string[] = [];
  checkScope(definition, '', problems);
  // Step Functions requires state names to be unique across the whole machine, Map processors included; local
  // overrides are keyed by state name too, so a duplicate would silently share a handler.
  const seen = new Set<string>();
  for (const { name } of listStates(definition)) {
    if (seen.has(name)) problems.push(`${name}: duplicate state name`);
    seen.add(name);
  }
  return problems;
}
