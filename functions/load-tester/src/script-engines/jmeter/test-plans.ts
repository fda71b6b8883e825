/** Tests only: JMeter plans in the 2.13 file format (which JMeter 5.6 also reads). */

export interface TestGroup {
  name: string;
  threads: number | string;
  loops: number;
  rampSec?: number;
  enabled?: boolean;
  /** Sampler labels, each a GET of `/<label>` unless `paths` names another path. */
  labels: string[];
  paths?: Record<string, string>;
}

function sampler(label: string, port: number, path = `/${label}`): string {
  return `<HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="${label}" enabled="true">
  <elementProp name="HTTPsampler.Arguments" elementType="Arguments" guiclass="HTTPArgumentsPanel" testclass="Arguments" enabled="true">
    <collectionProp name="Arguments.arguments"/>
  </elementProp>
  <stringProp name="HTTPSampler.domain">127.0.0.1</stringProp>
  <stringProp name="HTTPSampler.port">${port}</stringProp>
  <stringProp name="HTTPSampler.protocol">http</stringProp>
  <stringProp name="HTTPSampler.path">${path}</stringProp>
  <stringProp name="HTTPSampler.method">GET</stringProp>
  <boolProp name="HTTPSampler.follow_redirects">false</boolProp>
  <boolProp name="HTTPSampler.use_keepalive">true</boolProp>
  <stringProp name="HTTPSampler.connect_timeout">2000</stringProp>
  <stringProp name="HTTPSampler.response_timeout">5000</stringProp>
</HTTPSamplerProxy>
<hashTree/>`;
}

export function threadGroupXml(group: TestGroup, port: number): string {
  return `<ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="${group.name}" enabled="${group.enabled ?? true}">
  <stringProp name="ThreadGroup.on_sample_error">continue</stringProp>
  <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">
    <boolProp name="LoopController.continue_forever">false</boolProp>
    <stringProp name="LoopController.loops">${group.loops}</stringProp>
  </elementProp>
  <stringProp name="ThreadGroup.num_threads">${group.threads}</stringProp>
  <stringProp name="ThreadGroup.ramp_time">${group.rampSec ?? 0}</stringProp>
  <boolProp name="ThreadGroup.scheduler">false</boolProp>
  <stringProp name="ThreadGroup.duration"></stringProp>
  <stringProp name="ThreadGroup.delay"></stringProp>
</ThreadGroup>
<hashTree>
${group.labels.map((l) => sampler(l, port, group.paths?.[l])).join('\n')}
</hashTree>`;
}

export function testPlanXml(groups: readonly TestGroup[], port: number): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="2.8" jmeter="2.13">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Test plan" enabled="true">
      <boolProp name="TestPlan.functional_mode">false</boolProp>
      <boolProp name="TestPlan.serialize_threadgroups">false</boolProp>
      <elementProp name="TestPlan.user_defined_variables" elementType="Arguments" guiclass="ArgumentsPanel" testclass="Arguments" testname="User Defined Variables" enabled="true">
        <collectionProp name="Arguments.arguments"/>
      </elementProp>
      <stringProp name="TestPlan.user_define_classpath"></stringProp>
    </TestPlan>
    <hashTree>
${groups.map((g) => threadGroupXml(g, port)).join('\n')}
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`;
}
