/** The JMeter command line for one run (pure, tested directly). */

/**
 * Save-service settings for the CSV JTL the adapter reads: a header row, epoch-ms start timestamps, and the
 * columns RawSample needs (label, responseCode, success, elapsed, Connect, bytes, failureMessage, timeStamp).
 * Sub-results are off: a sampler's redirects or embedded resources would otherwise add rows that are not
 * requests of their own label. Autoflush writes each row at once, so the file can be followed while JMeter runs
 * and nothing is lost when the process is stopped.
 */
export const JTL_PROPERTIES: Readonly<Record<string, string>> = Object.freeze({
  'jmeter.save.saveservice.output_format': 'csv',
  'jmeter.save.saveservice.print_field_names': 'true',
  'jmeter.save.saveservice.default_delimiter': ',',
  'jmeter.save.saveservice.timestamp_format': 'ms',
  'sampleresult.timestamp.start': 'true',
  'jmeter.save.saveservice.time': 'true',
  'jmeter.save.saveservice.label': 'true',
  'jmeter.save.saveservice.response_code': 'true',
  'jmeter.save.saveservice.response_message': 'true',
  'jmeter.save.saveservice.successful': 'true',
  'jmeter.save.saveservice.thread_name': 'true',
  'jmeter.save.saveservice.thread_counts': 'true',
  'jmeter.save.saveservice.bytes': 'true',
  'jmeter.save.saveservice.latency': 'true',
  'jmeter.save.saveservice.connect_time': 'true',
  'jmeter.save.saveservice.assertion_results_failure_message': 'true',
  'jmeter.save.saveservice.subresults': 'false',
  'jmeter.save.saveservice.autoflush': 'true',
});

export interface JmeterArgsInput {
  planPath: string;
  jtlPath: string;
  logPath: string;
}

/**
 * `-n` (no GUI) with the shutdown/stop-test UDP listener off (`jmeterengine.nongui.port=0`): otherwise JMeter
 * binds port 4445 on every interface. Without it the run is stopped by signals (see the adapter).
 */
export function jmeterArgs(input: JmeterArgsInput): string[] {
  const args = ['-n', '-t', input.planPath, '-l', input.jtlPath, '-j', input.logPath];
  args.push('-Jjmeterengine.nongui.port=0');
  for (const [name, value] of Object.entries(JTL_PROPERTIES)) args.push(`-J${name}=${value}`);
  return args;
}

/** JVM options for the launcher (the `jmeter` script reads JVM_ARGS itself). */
export function jvmArgs(env: NodeJS.ProcessEnv): string[] {
  return (env.JVM_ARGS ?? '').split(/\s+/).filter((a) => a !== '');
}
