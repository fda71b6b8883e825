import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@aws-lambda-powertools/logger';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { ECSClient } from '@aws-sdk/client-ecs';
import { IoTDataPlaneClient } from '@aws-sdk/client-iot-data-plane';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { SFNClient } from '@aws-sdk/client-sfn';
import {
  DEFAULT_SETTINGS,
  type OrchestrationDeps,
  type OrchestrationSettings,
  type StepLogger,
} from '@dlt/orchestration';
import type { LivePublisher, RunExecutions, StepInvoker } from '@dlt/shared';
import { createStorageClients, HistoryStore, ObjectStore, ScenarioStore } from '@dlt/shared/storage';
import type { Context } from 'aws-lambda';
import { EcsTaskLauncher } from './ecs-launcher.js';
import {
  type Environment,
  EnvironmentError,
  missingMessage,
  numberFromEnv,
  RUNTIME_ENV,
  requireEnv,
} from './env.js';
import { IotLivePublisher } from './iot-publisher.js';
import { type InvokedStep, LambdaStepInvoker } from './lambda-invoker.js';
import { StepFunctionsExecutions } from './sfn-executions.js';

export interface RuntimeOptions {
  /** The logger steps write to; a fresh Powertools Logger when absent. */
  logger?: Logger;
  /** Applied to every AWS SDK client as it is created: the tracer's `captureAWSv3Client`. */
  instrument?: <C>(client: C) => C;
}

const STORAGE_ENV = [
  RUNTIME_ENV.scenariosTable,
  RUNTIME_ENV.historyTable,
  RUNTIME_ENV.bucket,
  RUNTIME_ENV.region,
] as const;

const STEP_FUNCTION_ENV: Record<InvokedStep, string> = {
  'test-cleanup': RUNTIME_ENV.testCleanupFunction,
  'results-parser': RUNTIME_ENV.resultsParserFunction,
};

/**
 * The orchestration dependencies of a Lambda, from its environment. Storage is needed by every step and is
 * checked at once; the state machine, the other Lambdas and IoT are only needed by some, so their variables
 * are checked, and their clients created, on first use. (A Lambda the state machine calls cannot be given the
 * state machine's ARN, nor a Lambda its own name, without a cycle in the Terraform graph.)
 */
export function orchestrationDepsFromEnv(
  env: Environment = process.env,
  options: RuntimeOptions = {},
): OrchestrationDeps {
  const instrument = options.instrument ?? (<C>(client: C) => client);
  const missing = STORAGE_ENV.filter((name) => !env[name]);
  const problems: string[] =
    missing.length > 0 ? [missingMessage(missing, 'for the orchestration Lambdas')] : [];
  const settingsOverrides = settingsFromEnv(env, problems);
  if (problems.length > 0) throw new EnvironmentError(problems.join(' '));

  const region = env[RUNTIME_ENV.region] ?? '';
  const bucket = env[RUNTIME_ENV.bucket] ?? '';
  const storage = createStorageClients({ region });
  const ddb = instrument(storage.ddb);
  const scenarios = new ScenarioStore(ddb, env[RUNTIME_ENV.scenariosTable] ?? '');

  const ecsClients = new Map<string, ECSClient>();
  const launcher = new EcsTaskLauncher({
    clientFor: (taskRegion) => {
      let client = ecsClients.get(taskRegion);
      if (!client) {
        client = instrument(new ECSClient({ region: taskRegion }));
        ecsClients.set(taskRegion, client);
      }
      return client;
    },
    regions: () => scenarios.listRegions(),
  });

  const deps: OrchestrationDeps = {
    scenarios,
    history: new HistoryStore(ddb, env[RUNTIME_ENV.historyTable] ?? ''),
    objects: new ObjectStore(instrument(storage.s3), bucket),
    launcher,
    executions: lazyExecutions(env, () => instrument(new SFNClient({ region }))),
    invoker: lazyInvoker(env, () => instrument(new LambdaClient({ region }))),
    settings: { ...DEFAULT_SETTINGS, ...settingsOverrides, mainRegion: region, bucket },
    now: () => new Date(),
    sleep: (ms) => sleep(ms),
    logger: stepLogger(options.logger ?? new Logger()),
  };
  const iotEndpoint = env[RUNTIME_ENV.iotEndpoint];
  if (iotEndpoint) {
    deps.live = lazyPublisher(() =>
      instrument(
        new IoTDataPlaneClient({
          // Data-plane requests are signed for the endpoint's own region, which differs in a regional stack.
          region: env[RUNTIME_ENV.iotRegion] || region,
          endpoint: endpointUrl(iotEndpoint),
        }),
      ),
    );
  }
  return deps;
}

function settingsFromEnv(env: Environment, problems: string[]): Partial<OrchestrationSettings> {
  const settings: Partial<OrchestrationSettings> = {};
  const readiness = numberFromEnv(
    env,
    RUNTIME_ENV.readinessTimeoutSeconds,
    { min: 1, integer: true },
    problems,
  );
  if (readiness !== undefined) settings.readinessTimeoutSeconds = readiness;
  const grace = numberFromEnv(env, RUNTIME_ENV.completionGraceSeconds, { min: 0, integer: true }, problems);
  if (grace !== undefined) settings.completionGraceSeconds = grace;
  const threshold = numberFromEnv(env, RUNTIME_ENV.healthyThreshold, { min: 0, max: 100 }, problems);
  if (threshold !== undefined) settings.defaultHealthyThreshold = threshold;
  return settings;
}

/** Powertools takes extra attributes as a rest parameter; steps pass at most one object. */
function stepLogger(logger: Logger): StepLogger {
  const level =
    (name: 'debug' | 'info' | 'warn' | 'error') =>
    (message: string, extra?: Record<string, unknown>): void => {
      if (extra === undefined) logger[name](message);
      else logger[name](message, extra);
    };
  return { debug: level('debug'), info: level('info'), warn: level('warn'), error: level('error') };
}

/** `create` once, on the first call that succeeds. */
function memo<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= create();
    return value;
  };
}

function lazyExecutions(env: Environment, client: () => SFNClient): RunExecutions {
  const executions = memo(() => {
    const vars = requireEnv(env, [RUNTIME_ENV.stateMachineArn], 'to start or stop state machine executions');
    return new StepFunctionsExecutions(client(), vars[RUNTIME_ENV.stateMachineArn]);
  });
  return {
    start: async (name, input) => executions().start(name, input),
    stop: async (testRunId, cause) => executions().stop(testRunId, cause),
    isRunning: async (testRunId) => executions().isRunning(testRunId),
  };
}

function lazyInvoker(env: Environment, client: () => LambdaClient): StepInvoker {
  const invoker = memo(
    () =>
      new LambdaStepInvoker(client(), {
        'test-cleanup': env[RUNTIME_ENV.testCleanupFunction] ?? '',
        'results-parser': env[RUNTIME_ENV.resultsParserFunction] ?? '',
      }),
  );
  return {
    invoke: async (step, payload) => {
      // Checked per step: a Lambda may be given only the function it invokes.
      requireEnv(env, [STEP_FUNCTION_ENV[step]], `to invoke the ${step} step`);
      return invoker().invoke(step, payload);
    },
  };
}

function lazyPublisher(client: () => IoTDataPlaneClient): LivePublisher {
  const publisher = memo(() => new IotLivePublisher(client()));
  return { publish: async (topic, payload) => publisher().publish(topic, payload) };
}

/** `describe-endpoint --endpoint-type iot:Data-ATS` gives a bare host name; the SDK wants a URL. */
export function endpointUrl(endpoint: string): string {
  return /^https?:\/\//.test(endpoint) ? endpoint : `https://${endpoint}`;
}

/**
 * A Lambda handler around one orchestration step. Dependencies are built on the first invocation and reused
 * for the life of the execution environment; the step's errors are logged and rethrown so the state machine
 * (or Lambda's retries) see them.
 */
export function orchestrationLambda<E, R>(
  serviceName: string,
  build: (deps: OrchestrationDeps) => (event: E) => Promise<R>,
): (event: E, context: Context) => Promise<R> {
  const logger = new Logger({ serviceName });
  const tracer = new Tracer({ serviceName });
  let step: ((event: E) => Promise<R>) | undefined;
  return async (event, context) => {
    logger.addContext(context);
    logger.logEventIfEnabled(event);
    const segment = tracer.isTracingEnabled() ? tracer.getSegment() : undefined;
    const subsegment = segment?.addNewSubsegment(`## ${serviceName}`);
    if (subsegment) {
      tracer.setSegment(subsegment);
      tracer.annotateColdStart();
      tracer.addServiceNameAnnotation();
    }
    try {
      step ??= build(
        orchestrationDepsFromEnv(process.env, {
          logger,
          instrument: (client) => tracer.captureAWSv3Client(client),
        }),
      );
      const result = await step(event);
      tracer.addResponseAsMetadata(result, serviceName);
      return result;
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      logger.error(`${serviceName} failed: ${error.message}`, error);
      tracer.addErrorAsMetadata(error);
      throw err;
    } finally {
      if (segment && subsegment) {
        subsegment.close();
        tracer.setSegment(segment);
      }
    }
  };
}
