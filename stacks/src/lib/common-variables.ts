import type { TerraformVariable } from 'cdktf';
import type { ModuleStack } from './module-stack.js';

/** CloudWatch Logs accepts only these retention periods (days). */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

export interface CommonVariables {
  namePrefix: TerraformVariable;
  logRetentionDays: TerraformVariable;
  permissionsBoundary: TerraformVariable;
}

/** `name_prefix` alone, for modules without log groups or roles (console). */
export function namePrefixVariable(stack: ModuleStack): TerraformVariable {
  return stack.variable('name_prefix', {
    type: 'string',
    description: 'Prefix of every resource name; use a distinct one per deployment in the same account.',
    default: 'dlt',
    validation: [
      {
        condition: '${can(regex("^[a-z][a-z0-9-]{1,19}$", var.name_prefix))}',
        errorMessage:
          'name_prefix must be 2-20 lower-case letters, digits or hyphens, starting with a letter.',
      },
    ],
  });
}

/** Inputs every module with roles and log groups has, with one spelling and one description. */
export function commonVariables(stack: ModuleStack): CommonVariables {
  return {
    namePrefix: namePrefixVariable(stack),
    logRetentionDays: stack.variable('log_retention_days', {
      type: 'number',
      description: 'Retention of every CloudWatch log group of this module, in days.',
      default: 90,
      validation: [
        {
          condition: `\${contains([${LOG_RETENTION_DAYS.join(', ')}], var.log_retention_days)}`,
          errorMessage:
            'log_retention_days must be a value CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, ...).',
        },
      ],
    }),
    permissionsBoundary: stack.variable('iam_permissions_boundary', {
      type: 'string',
      description:
        'ARN of a policy set as permissions boundary on every IAM role of this module; null for none.',
      default: null,
    }),
  };
}
