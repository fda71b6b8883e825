/** Tests only: builds a tiny JMeter function plugin (`${__dltEcho(x)}` → "plugin-x") as a JAR with javac. */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipOf } from '../../../../shared/src/scripts/test-zips.js';

// JMeter only takes functions from classes whose name contains ".functions.".
const SOURCE = `package dlt.functions;

import java.util.Collection;
import java.util.LinkedList;
import java.util.List;
import org.apache.jmeter.engine.util.CompoundVariable;
import org.apache.jmeter.functions.AbstractFunction;
import org.apache.jmeter.functions.InvalidVariableException;
import org.apache.jmeter.samplers.SampleResult;
import org.apache.jmeter.samplers.Sampler;

public class EchoFunction extends AbstractFunction {
  private Object[] values;

  public List<String> getArgumentDesc() {
    List<String> description = new LinkedList<String>();
    description.add("text");
    return description;
  }

  public String execute(SampleResult previous, Sampler current) {
    return "plugin-" + ((CompoundVariable) values[0]).execute();
  }

  public void setParameters(Collection<CompoundVariable> parameters) throws InvalidVariableException {
    values = parameters.toArray();
  }

  public String getReferenceKey() {
    return "__dltEcho";
  }
}
`;

export async function buildEchoPluginJar(javac: string, jmeterHome: string): Promise<Buffer> {
  const work = await mkdtemp(join(tmpdir(), 'dlt-plugin-'));
  try {
    const src = join(work, 'EchoFunction.java');
    await writeFile(src, SOURCE);
    await mkdir(join(work, 'classes'));
    const classpath = [join(jmeterHome, 'lib', 'ext', '*'), join(jmeterHome, 'lib', '*')].join(':');
    await new Promise<void>((resolve, reject) => {
      const child = spawn(javac, ['-nowarn', '-cp', classpath, '-d', join(work, 'classes'), src], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr.on('data', (c) => {
        err += String(c);
      });
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`javac: ${err}`))));
    });
    const bytes = await readFile(join(work, 'classes', 'dlt', 'functions', 'EchoFunction.class'));
    return zipOf([{ name: 'dlt/functions/EchoFunction.class', data: bytes }]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
