import {
  DataAwsIamPolicyDocument,
  type DataAwsIamPolicyDocumentStatement,
} from '@cdktf/provider-aws/lib/data-aws-iam-policy-document/index.js';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role/index.js';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy/index.js';
import type { Construct } from 'constructs';

export type Statement = DataAwsIamPolicyDocumentStatement;

export function policyDocument(
  scope: Construct,
  id: string,
  statements: Statement[],
): DataAwsIamPolicyDocument {
  return new DataAwsIamPolicyDocument(scope, id, { statement: statements });
}

export function serviceTrust(service: string): Statement[] {
  return [
    {
      effect: 'Allow',
      actions: ['sts:AssumeRole'],
      principals: [{ type: 'Service', identifiers: [service] }],
    },
  ];
}

export interface RoleProps {
  /** Full role name (IAM names are account-global, so callers include the prefix and, if regional, the region). */
  name: string;
  description: string;
  trust: Statement[];
  permissionsBoundary: string;
  /** Inline policy statements; one `aws_iam_role_policy` named `<id>_policy`. */
  statements: Statement[];
}

/** A role with its trust document, one inline policy and their documents, all addressed `<id>*`. */
export function roleWithPolicy(scope: Construct, id: string, props: RoleProps): IamRole {
  const trust = policyDocument(scope, `${id}_trust`, props.trust);
  const role = new IamRole(scope, id, {
    name: props.name,
    description: props.description,
    assumeRolePolicy: trust.json,
    permissionsBoundary: props.permissionsBoundary,
  });
  const doc = policyDocument(scope, `${id}_policy_doc`, props.statements);
  new IamRolePolicy(scope, `${id}_policy`, { name: 'least-privilege', role: role.id, policy: doc.json });
  return role;
}
