import type { ApiClient } from './client.js';
import type {
  BaselineInfo,
  RegionsResponse,
  RunArtifact,
  RunTimeSeries,
  ScenarioDetails,
  ScenarioRequestBody,
  ScenarioSummary,
  ScriptUpload,
  StackInfo,
  TasksResponse,
  TestRun,
  TestRunsPage,
  VcpuDetails,
} from './types.js';

const enc = encodeURIComponent;

export interface RunsQuery {
  limit?: number;
  next_token?: string;
  start_timestamp?: string;
  end_timestamp?: string;
}

/** One function per route the console uses; paths and query names as in docs/openapi.json. */
export function endpoints(api: ApiClient) {
  return {
    stackInfo: () => api.get<StackInfo>('/stack-info'),
    regions: () => api.get<RegionsResponse>('/regions'),
    vcpuDetails: () => api.get<VcpuDetails>('/vCPUDetails'),
    tasks: () => api.get<TasksResponse>('/tasks'),
    /** AWS only: attaches the live-data IoT policy to the caller's Cognito identity (idempotent). */
    attachLiveData: () => api.post<{ identityId: string; policyName: string }>('/iot/attach', {}),
    listScenarios: () => api.get<{ Items: ScenarioSummary[] }>('/scenarios'),
    getScenario: (testId: string, query: { history?: boolean; latest?: boolean } = {}) =>
      api.get<ScenarioDetails>(`/scenarios/${enc(testId)}`, { query }),
    saveScenario: (body: ScenarioRequestBody) => api.post<Record<string, unknown>>('/scenarios', body),
    cancelScenario: (testId: string) => api.post<string>(`/scenarios/${enc(testId)}`, { action: 'stop' }),
    deleteScenario: (testId: string) => api.delete<string>(`/scenarios/${enc(testId)}`),
    scriptUploadUrl: (testId: string, body: { testType: string; extension: string; contentLength: number }) =>
      api.post<ScriptUpload>(`/scenarios/${enc(testId)}/script`, body),
    listRuns: (testId: string, query: RunsQuery = {}) =>
      api.get<TestRunsPage>(`/scenarios/${enc(testId)}/testruns`, { query: { ...query } }),
    getRun: (testId: string, testRunId: string) =>
      api.get<TestRun>(`/scenarios/${enc(testId)}/testruns/${enc(testRunId)}`),
    deleteRuns: (testId: string, testRunIds: string[]) =>
      api.delete<{ deletedCount: number }>(`/scenarios/${enc(testId)}/testruns`, testRunIds),
    timeseries: (testId: string, testRunId: string) =>
      api.get<RunTimeSeries>(`/scenarios/${enc(testId)}/testruns/${enc(testRunId)}/timeseries`),
    artifacts: (testId: string, testRunId: string) =>
      api.get<{ artifacts: RunArtifact[] }>(`/scenarios/${enc(testId)}/testruns/${enc(testRunId)}/artifacts`),
    report: (testId: string, testRunId: string, format: 'html' | 'json') =>
      api.get<unknown>(`/scenarios/${enc(testId)}/testruns/${enc(testRunId)}/report`, { query: { format } }),
    getBaseline: (testId: string, data = true) =>
      api.get<BaselineInfo>(`/scenarios/${enc(testId)}/baseline`, { query: { data } }),
    setBaseline: (testId: string, testRunId: string) =>
      api.put<Record<string, unknown>>(`/scenarios/${enc(testId)}/baseline`, { testRunId }),
    clearBaseline: (testId: string) =>
      api.delete<Record<string, unknown>>(`/scenarios/${enc(testId)}/baseline`),
  };
}

export type Endpoints = ReturnType<typeof endpoints>;
