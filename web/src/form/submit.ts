import type { Endpoints } from '../api/endpoints.js';
import { uploadWithProgress } from '../lib/upload.js';
import type { ScenarioForm } from './model.js';

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Uploads the chosen script under the scenario's final key before the scenario is saved (as DLT's console
 * does), and records its name in the form so a failed save does not upload it twice.
 */
export async function uploadScript(
  api: Endpoints,
  form: ScenarioForm,
  file: File,
  onProgress: (fraction: number) => void,
  upload: typeof uploadWithProgress = uploadWithProgress,
): Promise<void> {
  if (form.testType === 'simple') return;
  const ext = extension(file.name);
  const target = await api.scriptUploadUrl(form.testId, {
    testType: form.testType,
    extension: ext,
    contentLength: file.size,
  });
  await upload(target.url, file, target.headers, onProgress);
  form.uploadedScript = `${form.testId}.${ext}`;
}
