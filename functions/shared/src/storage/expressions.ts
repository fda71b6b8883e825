import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionalCheckFailed } from './errors.js';
import { blockingStatuses, type TestStatus } from './status.js';

/**
 * Placeholders for every attribute name and value, so reserved words (`status`, `results`…) never need
 * special-casing and caller-supplied field names cannot inject expression syntax.
 */
export class ExpressionBuilder {
  private readonly names: Record<string, string> = {};
  private readonly values: Record<string, unknown> = {};
  private readonly byName = new Map<string, string>();
  private valueCount = 0;

  name(attribute: string): string {
    if (attribute.length === 0) throw new TypeError('empty attribute name');
    let placeholder = this.byName.get(attribute);
    if (!placeholder) {
      placeholder = `#n${this.byName.size}`;
      this.byName.set(attribute, placeholder);
      this.names[placeholder] = attribute;
    }
    return placeholder;
  }

  value(value: unknown): string {
    const placeholder = `:v${this.valueCount++}`;
    this.values[placeholder] = value;
    return placeholder;
  }

  /** DynamoDB rejects an empty ExpressionAttributeValues map, so it is left out when unused. */
  attributes(): {
    ExpressionAttributeNames: Record<string, string>;
    ExpressionAttributeValues?: Record<string, unknown>;
  } {
    return {
      ExpressionAttributeNames: this.names,
      ...(this.valueCount > 0 ? { ExpressionAttributeValues: this.values } : {}),
    };
  }
}

/** Attributes to write next to a status or other update. An `undefined` value removes the attribute. */
export type UpdateFields = Record<string, unknown>;

export interface UpdateSpec {
  set?: UpdateFields;
  /** Written only when the row has no value yet (DLT keeps the first errorReason this way). */
  setIfMissing?: UpdateFields;
}

/** `SET a = :v, b = if_not_exists(b, :w) REMOVE c` for the given fields; key attributes are refused. */
export function updateExpression(
  b: ExpressionBuilder,
  spec: UpdateSpec,
  keyAttributes: readonly string[],
): string {
  const sets: string[] = [];
  const removes: string[] = [];
  const check = (attribute: string) => {
    if (keyAttributes.includes(attribute)) throw new TypeError(`cannot update key attribute ${attribute}`);
  };
  for (const [attribute, value] of Object.entries(spec.set ?? {})) {
    check(attribute);
    if (value === undefined) removes.push(b.name(attribute));
    else sets.push(`${b.name(attribute)} = ${b.value(value)}`);
  }
  for (const [attribute, value] of Object.entries(spec.setIfMissing ?? {})) {
    check(attribute);
    if (value === undefined) continue;
    const name = b.name(attribute);
    sets.push(`${name} = if_not_exists(${name}, ${b.value(value)})`);
  }
  const clauses: string[] = [];
  if (sets.length > 0) clauses.push(`SET ${sets.join(', ')}`);
  if (removes.length > 0) clauses.push(`REMOVE ${removes.join(', ')}`);
  if (clauses.length === 0) throw new TypeError('nothing to update');
  return clauses.join(' ');
}

/** The outcome of a guarded status write; a refused transition is an answer, not an exception. */
export type StatusUpdateResult = { ok: true; previousStatus: string | undefined } | WriteRefused;

/** Why a conditional write did not happen: no such row, or the row's status did not allow it. */
export type WriteRefused =
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'refused'; currentStatus: string | undefined };

/** After a failed condition: reads the row (strongly consistent) to say which of the two it was. */
export async function explainRefusal(
  ddb: DynamoDBDocumentClient,
  table: string,
  key: Record<string, string>,
): Promise<WriteRefused> {
  // dynalite lacks ReturnValuesOnConditionCheckFailure, so the row is read back instead.
  const current = await ddb.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }));
  if (!current.Item) return { ok: false, reason: 'not-found' };
  const status = current.Item.status;
  return { ok: false, reason: 'refused', currentStatus: typeof status === 'string' ? status : undefined };
}

export interface StatusUpdateRequest extends UpdateSpec {
  table: string;
  key: Record<string, string>;
  to: TestStatus;
}

/**
 * Sets `status` (plus extra fields) only when `canTransition(current, to)` holds, in one conditional write.
 * The condition is the complement: the current status is not among those that block `to`.
 */
export async function guardedStatusUpdate(
  ddb: DynamoDBDocumentClient,
  request: StatusUpdateRequest,
): Promise<StatusUpdateResult> {
  const keyAttributes = Object.keys(request.key);
  const b = new ExpressionBuilder();
  const status = b.name('status');
  const fields = updateExpression(
    b,
    { ...request, set: { ...request.set, status: request.to } },
    keyAttributes,
  );
  const exists = keyAttributes.map((attribute) => `attribute_exists(${b.name(attribute)})`).join(' AND ');
  const blocking = blockingStatuses(request.to).map((s) => b.value(s));
  const condition = `${exists} AND (attribute_not_exists(${status}) OR NOT (${status} IN (${blocking.join(', ')})))`;
  try {
    const out = await ddb.send(
      new UpdateCommand({
        TableName: request.table,
        Key: request.key,
        UpdateExpression: fields,
        ConditionExpression: condition,
        ReturnValues: 'UPDATED_OLD',
        ...b.attributes(),
      }),
    );
    const previous = out.Attributes?.status;
    return { ok: true, previousStatus: typeof previous === 'string' ? previous : undefined };
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
  return explainRefusal(ddb, request.table, request.key);
}
