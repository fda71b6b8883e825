import { ArchiveProvider } from '@cdktf/provider-archive/lib/provider/index.js';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider/index.js';
import {
  Aspects,
  Fn,
  type IResolvable,
  TerraformDataSource,
  TerraformElement,
  TerraformLocal,
  TerraformOutput,
  TerraformProvider,
  TerraformResource,
  TerraformStack,
  TerraformVariable,
  Token,
} from 'cdktf';
import type { Construct, IConstruct } from 'constructs';

/** What the generated README says about a module; kept beside the construct so docs and code move together. */
export interface ModuleDoc {
  title: string;
  summary: string;
  /** Bullet points rendered under "Status" (what is missing, caveats). */
  status: string[];
}

export interface VariableSpec {
  type: string;
  description: string;
  default?: unknown;
  nullable?: boolean;
  sensitive?: boolean;
  validation?: { condition: string; errorMessage: string }[];
}

// Terraform accepts any of these; the lower bound is the provider release the bindings were generated from,
// because that is the only schema the synthesized arguments are known to match.
export const REQUIRED_TERRAFORM_VERSION = '>= 1.5.7';

const ADDRESS = /^[a-z][a-z0-9_]*$/;

/**
 * A stack that synthesizes to a Terraform *child* module.
 *
 * - Every element's Terraform name must be snake_case and unique per kind; synthesis fails on a cdktf
 *   path-hashed id, so refactoring the construct tree cannot silently move resources to new addresses.
 * - Taggable resources get `var.tags` merged in.
 * - `toTerraform` drops provider and backend blocks and turns the pinned provider versions into lower bounds.
 */
export abstract class ModuleStack extends TerraformStack {
  readonly tags: TerraformVariable;
  abstract readonly doc: ModuleDoc;
  /** When set, every regional resource without an explicit `region` gets this (provider-6 argument). */
  protected resourceRegion?: string;
  private readonly visited = new WeakSet<IConstruct>();
  private readonly addresses = new Map<string, string>();
  /** Variables, outputs and locals share one construct scope but not one Terraform namespace. */
  private readonly names = new WeakMap<TerraformElement, string>();

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', {});
    new ArchiveProvider(this, 'archive', {});
    this.tags = this.variable('tags', {
      type: 'map(string)',
      description: 'Tags added to every taggable resource of this module.',
      default: {},
    });
    Aspects.of(this).add({ visit: (node) => this.visitNode(node) });
  }

  variable(name: string, spec: VariableSpec): TerraformVariable {
    const v = new TerraformVariable(this, `var_${name}`, {
      type: spec.type,
      description: spec.description,
      // cdktf cannot serialise a null default (it walks it as an object), so that one goes in as an override.
      default: spec.default === null ? undefined : spec.default,
      nullable: spec.nullable,
      sensitive: spec.sensitive,
      validation: spec.validation,
    });
    if (spec.default === null) v.addOverride('default', null);
    this.name(v, name);
    return v;
  }

  output(name: string, description: string, value: unknown, sensitive?: boolean): TerraformOutput {
    const o = new TerraformOutput(this, `output_${name}`, { value, description, sensitive });
    this.name(o, name);
    return o;
  }

  local(name: string, expression: unknown): TerraformLocal {
    const l = new TerraformLocal(this, `local_${name}`, expression);
    this.name(l, name);
    return l;
  }

  // cdktf builds reference strings eagerly from the logical id, so it must be final before anything refers to it.
  private name(element: TerraformElement, name: string): void {
    element.overrideLogicalId(name);
    this.names.set(element, name);
  }

  private visitNode(node: IConstruct): void {
    if (this.visited.has(node)) return;
    this.visited.add(node);
    if (!(node instanceof TerraformElement) || node instanceof TerraformProvider) return;
    // References were already rendered with the logical id, so a cdktf path-hashed id (upper-case hex suffix)
    // cannot be fixed here, only refused.
    const name = node.friendlyUniqueId;
    if (!ADDRESS.test(name)) {
      throw new Error(
        `${node.node.path}: Terraform name '${name}' is not snake_case; create the element in the module scope ` +
          'with a snake_case id, or call overrideLogicalId() right after construction',
      );
    }
    // cdktf's deepMerge would silently fold two elements with one address into one block.
    const address = addressOf(node, name);
    const other = this.addresses.get(address);
    if (other !== undefined && other !== node.node.path) {
      throw new Error(`duplicate Terraform address ${address}: ${other} and ${node.node.path}`);
    }
    this.addresses.set(address, node.node.path);
    if (node instanceof TerraformResource || node instanceof TerraformDataSource) {
      this.applyRegion(node);
    }
    if (node instanceof TerraformResource) this.applyTags(node);
  }

  private applyRegion(node: TerraformResource | TerraformDataSource): void {
    if (this.resourceRegion === undefined || !('regionInput' in node)) return;
    const r = node as unknown as { regionInput?: string; region: string };
    if (r.regionInput === undefined) r.region = this.resourceRegion;
  }

  private applyTags(node: TerraformResource): void {
    if (!('tagsInput' in node)) return;
    const r = node as unknown as { tagsInput?: Record<string, string> | IResolvable; tags: unknown };
    const own = r.tagsInput;
    r.tags = own === undefined ? this.tags.value : Token.asStringMap(Fn.merge([this.tags.value, own]));
  }

  override toTerraform(): Record<string, unknown> {
    const tf = super.toTerraform() as Record<string, unknown>;
    delete tf.provider;
    const terraform = (tf.terraform ?? {}) as Record<string, unknown>;
    delete terraform.backend;
    delete terraform.cloud;
    const providers = (terraform.required_providers ?? {}) as Record<
      string,
      { source: string; version: string }
    >;
    for (const [name, req] of Object.entries(providers)) {
      providers[name] = { source: fullSource(req.source), version: lowerBound(req.version) };
    }
    tf.terraform = { ...terraform, required_version: REQUIRED_TERRAFORM_VERSION };
    return tf;
  }
}

function fullSource(source: string): string {
  return source.includes('/') ? source : `hashicorp/${source}`;
}

/** '6.25.0' -> '>= 6.25' */
export function lowerBound(pinned: string): string {
  const m = /(\d+)\.(\d+)/.exec(pinned);
  if (!m) throw new Error(`cannot derive a lower bound from provider version ${pinned}`);
  return `>= ${m[1]}.${m[2]}`;
}

function addressOf(node: TerraformElement, id: string): string {
  if (node instanceof TerraformResource) return `${node.terraformResourceType}.${id}`;
  if (node instanceof TerraformDataSource) return `data.${node.terraformResourceType}.${id}`;
  if (node instanceof TerraformVariable) return `var.${id}`;
  if (node instanceof TerraformOutput) return `output.${id}`;
  if (node instanceof TerraformLocal) return `local.${id}`;
  return `${node.constructor.name}.${id}`;
}
