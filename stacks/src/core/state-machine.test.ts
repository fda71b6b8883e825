import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_ORCHESTRATION_ARNS } from '@dlt/local-mode';
import { buildStateMachineDefinition } from '@dlt/shared';
import { describe, expect, it } from 'vitest';
import { synthModule } from '../modules.js';
import { DEFINITION_STEPS } from './orchestration.js';

// biome-ignore lint/suspicious/noExplicitAny: assertions walk the synthesized JSON freely
type Json = Record<string, any>;

const core = synthModule('core', mkdtempSync(join(tmpdir(), 'dlt-asl-test-'))).json as Json;
const deployed: string = core.resource.aws_sfn_state_machine.state_machine.definition;

/** `${aws_lambda_function.<id>.arn}` → the ARN local mode gives the same step. */
const localArnOf = new Map(
  Object.entries(DEFINITION_STEPS).map(([key, id]) => [
    `\${aws_lambda_function.${id}.arn}`,
    LOCAL_ORCHESTRATION_ARNS[key as keyof typeof DEFINITION_STEPS],
  ]),
);

describe('the deployed state machine definition', () => {
  it('is byte-identical to the one local mode runs once the Lambda ARNs are substituted', () => {
    let substituted = deployed;
    for (const [reference, arn] of localArnOf) substituted = substituted.replaceAll(reference, arn);
    // Nothing Terraform would interpolate or treat as a directive is left.
    expect(substituted).not.toMatch(/\$\{|%\{/);
    // What local mode builds (local-orchestration.ts: buildStateMachineDefinition(LOCAL_ORCHESTRATION_ARNS)).
    expect(substituted).toBe(JSON.stringify(buildStateMachineDefinition(LOCAL_ORCHESTRATION_ARNS)));
  });

  it('references every step Lambda of the definition, and only those, by Terraform address', () => {
    const references = [...deployed.matchAll(/\$\{[^}]+\}/g)].map((m) => m[0]);
    expect(new Set(references)).toEqual(new Set(localArnOf.keys()));
  });

  it('lets the state machine role invoke exactly those Lambdas', () => {
    const invoke = (
      core.data.aws_iam_policy_document.state_machine_role_policy_doc.statement as Json[]
    ).filter((s) => (s.actions as string[]).includes('lambda:InvokeFunction'));
    expect(invoke).toHaveLength(1);
    expect(new Set(invoke[0]?.resources)).toEqual(new Set(localArnOf.keys()));
    expect(invoke[0]?.actions).toEqual(['lambda:InvokeFunction']);
  });

  it('is traced, logged without execution data, and logs into a group with retention', () => {
    const machine = core.resource.aws_sfn_state_machine.state_machine;
    expect(machine.type).toBe('STANDARD');
    expect(machine.tracing_configuration.enabled).toBe(true);
    expect(machine.logging_configuration).toEqual({
      include_execution_data: false,
      level: '${var.state_machine_log_level}',
      log_destination: '${aws_cloudwatch_log_group.state_machine_logs.arn}:*',
    });
    expect(core.resource.aws_cloudwatch_log_group.state_machine_logs.retention_in_days).toBe(
      '${var.log_retention_days}',
    );
    expect(core.variable.log_retention_days.default).toBe(90);
  });
});
