import type { IamRole } from '@cdktf/provider-aws/lib/iam-role/index.js';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy/index.js';
import type { TerraformVariable } from 'cdktf';
import type { Construct } from 'constructs';
import { countIf, v, x } from '../lib/expr.js';
import { policyDocument } from '../lib/iam.js';

/**
 * Lets a role use the customer KMS key, only when one is given: a counted extra policy is simpler than a
 * conditional statement. Addressed `<id>_kms_policy_doc` and `<id>_role_kms`.
 */
export function customerKeyPolicy(
  scope: Construct,
  id: string,
  role: IamRole,
  kmsKeyArn: TerraformVariable,
): void {
  const hasKey = `${v(kmsKeyArn)} != null`;
  const doc = policyDocument(scope, `${id}_kms_policy_doc`, [
    {
      sid: 'CustomerKey',
      actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
      resources: [kmsKeyArn.stringValue],
    },
  ]);
  doc.count = countIf(hasKey);
  new IamRolePolicy(scope, `${id}_role_kms`, {
    count: countIf(hasKey),
    name: 'customer-kms-key',
    role: role.id,
    policy: x(`data.aws_iam_policy_document.${id}_kms_policy_doc[0].json`),
  });
}
