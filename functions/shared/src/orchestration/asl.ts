// A deliberately small subset of the Amazon States Language: only what our definition uses, so the types stay
// readable and a typo in a field name fails the build instead of failing at deploy time.

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface Retrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
}

export interface Catcher {
  ErrorEquals: string[];
  Next: string;
  ResultPath?: string;
}

/** Either `Next` or `End: true`, never both (the checker enforces it). */
interface Transition {
  Next?: string;
  End?: true;
}

interface BaseState {
  Comment?: string;
}

export interface TaskState extends BaseState, Transition {
  Type: 'Task';
  Resource: string;
  Parameters?: JsonObject;
  ResultPath?: string;
  TimeoutSeconds?: number;
  Retry?: Retrier[];
  Catch?: Catcher[];
}

export interface PassState extends BaseState, Transition {
  Type: 'Pass';
  Result?: JsonValue;
  Parameters?: JsonObject;
  ResultPath?: string;
}

export interface WaitState extends BaseState, Transition {
  Type: 'Wait';
  Seconds?: number;
  SecondsPath?: string;
}

export interface ChoiceRule {
  Variable: string;
  Next: string;
  StringEquals?: string;
  BooleanEquals?: boolean;
}

export interface ChoiceState extends BaseState {
  Type: 'Choice';
  Choices: ChoiceRule[];
  Default?: string;
}

export interface ItemProcessor {
  ProcessorConfig?: { Mode: 'INLINE' } | { Mode: 'DISTRIBUTED'; ExecutionType: 'STANDARD' | 'EXPRESS' };
  StartAt: string;
  States: Record<string, AslState>;
}

export interface MapState extends BaseState, Transition {
  Type: 'Map';
  ItemsPath?: string;
  ItemSelector?: JsonObject;
  ItemProcessor: ItemProcessor;
  MaxConcurrency?: number;
  ResultPath?: string;
  Retry?: Retrier[];
  Catch?: Catcher[];
}

export interface SucceedState extends BaseState {
  Type: 'Succeed';
}

export interface FailState extends BaseState {
  Type: 'Fail';
  Error?: string;
  Cause?: string;
  ErrorPath?: string;
  CausePath?: string;
}

export type AslState = TaskState | PassState | WaitState | ChoiceState | MapState | SucceedState | FailState;

export interface AslDefinition {
  Comment?: string;
  StartAt: string;
  States: Record<string, AslState>;
  TimeoutSeconds?: number;
}
