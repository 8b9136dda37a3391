// The uploads family (server: UploadWidgets): file_uploader.
//
// file_uploader: a drop zone over a native file input (click, Enter or Space opens the file chooser;
// files dropped on it land in the input), and the list of files it holds, each with a remove button.
// A chosen file is checked here first (size, type: a refusal is shown at once, nothing is sent), then
// posted over HTTP to the uploader's url (not the WebSocket), with a progress bar; the server checks
// it again. Once every chosen file is stored, the uploader's value — the ids of the files it holds —
// is sent as any widget's. Refusals show under the widget and change nothing.

import { el, setAttr } from '../dom.js';
import { defineWidget } from '../registry.js';
import { state } from '../state.js';
import { clearWidgetError, sendIfChanged, showWidgetError } from './core.js';

defineWidget('file_uploader', {
  create(w) {
    w.files = [];
    w.input = el('input', { type: 'file', id: w.inputId, class: 'weft-file-input', 'data-weft-input': '' });
    w.limits = el('span', { class: 'weft-dropzone-limits', id: `${w.inputId}-limits` });
    w.zone = el('div', { class: 'weft-dropzone' },
      el('span', { class: 'weft-dropzone-icon', 'aria-hidden': 'true' }),
      el('span', { class: 'weft-dropzone-text' }, el('span', { class: 'weft-dropzone-title' }, 'Drag and drop or browse'), w.limits),
      el('span', { class: 'weft-dropzone-browse', 'aria-hidden': 'true' }, 'Browse files'),
      w.input);
    w.progress = el('div', { class: 'weft-upload-progress', role: 'progressbar', 'aria-label': 'Upload', 'aria-valuemin': '0',
      'aria-valuemax': '100', hidden: '' }, el('span', {}));
    w.list = el('ul', { class: 'weft-file-list' });
    w.node.append(w.makeLabel(), w.zone, w.progress, w.list);
    w.input.setAttribute('aria-describedby', w.limits.id);
    w.input.addEventListener('change', () => {
      const chosen = [...w.input.files];
      w.input.value = ''; // the same file can be chosen again
      w.zone.classList.remove('weft-dragover');
      chosenFiles(w, chosen);
    });
    w.zone.addEventListener('dragenter', () => w.zone.classList.add('weft-dragover'));
    w.zone.addEventListener('dragleave', () => w.zone.classList.remove('weft-dragover'));
    w.zone.addEventListener('drop', () => w.zone.classList.remove('weft-dragover'));
    w.list.addEventListener('click', (e) => {
      const button = e.target.closest('button[data-file-id]');
      if (button && !w.element.disabled) remove(w, button.dataset.fileId);
    });
  },
  update(w, element) {
    const accept = Array.isArray(element.accept) ? element.accept.map(String) : [];
    setAttr(w.input, 'accept', accept.length ? accept.join(',') : null);
    w.input.multiple = element.maxFiles > 1;
    const parts = [accept.length ? describe(accept) : 'Any file', `up to ${formatSize(element.maxSize)}`];
    if (element.maxFiles > 1) parts.push(`${element.maxFiles} files at most`);
    w.limits.textContent = parts.join(' · ');
    w.zone.classList.toggle('weft-dropzone-disabled', element.disabled === true);
  },
  read: (w) => w.files.map((file) => file.id),
  show(w, value) {
    if (!Array.isArray(value)) return false;
    w.files = value.filter((file) => typeof file?.id === 'string');
    showFiles(w);
    return true;
  },
  interacting: (w) => w.uploading === true,
});

async function chosenFiles(w, chosen) {
  if (!chosen.length || w.uploading) return;
  clearWidgetError(w);
  const { maxFiles, label } = w.element;
  const kept = maxFiles > 1 ? w.files : [];
  if (maxFiles === 1) chosen = chosen.slice(0, 1);
  if (kept.length + chosen.length > maxFiles) {
    return refused(w, 'too_many', `'${label}' holds at most ${maxFiles} files: remove one first.`);
  }
  for (const file of chosen) {
    const problem = precheck(w, file);
    if (problem) return refused(w, problem.code, problem.message);
  }
  w.uploading = true;
  const uploaded = [];
  try {
    for (const [i, file] of chosen.entries()) {
      const result = await post(w, file, i, chosen.length);
      if (!result.ok) return refused(w, result.code, result.message);
      state.uploads++;
      uploaded.push(result.file);
    }
  } finally {
    w.uploading = false;
    w.progress.hidden = true;
  }
  w.files = [...kept, ...uploaded];
  showFiles(w);
  sendIfChanged(w);
}

function remove(w, id) {
  clearWidgetError(w);
  w.files = w.files.filter((file) => file.id !== id);
  showFiles(w);
  sendIfChanged(w);
  w.input.focus();
}

function refused(w, code, message) {
  state.uploadErrors++;
  showWidgetError(w, code, message);
}

/** What the server would refuse anyway, said before the file is sent. */
function precheck(w, file) {
  const { maxSize, label } = w.element;
  if (Number.isFinite(maxSize) && file.size > maxSize) {
    return { code: 'too_large', message: `'${file.name}' is ${formatSize(file.size)}; '${label}' takes files up to ${formatSize(maxSize)}.` };
  }
  const accept = Array.isArray(w.element.accept) ? w.element.accept : [];
  const name = file.name.toLowerCase();
  const type = (file.type || '').toLowerCase();
  const ok = accept.length === 0 || accept.some((a) => (a.startsWith('.') ? name.endsWith(a)
    : type === '' || (a.endsWith('/*') ? type.startsWith(a.slice(0, -1)) : type === a)));
  return ok ? null : { code: 'bad_type', message: `'${file.name}' is not a file type '${label}' takes: it takes ${describe(accept)}.` };
}

/** Posts one file; resolves to { ok, file } or { ok: false, code, message }. */
function post(w, file, index, count) {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', w.element.url);
    xhr.setRequestHeader('X-Weft-File-Name', encodeURIComponent(file.name));
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    showProgress(w, index, count, 0);
    xhr.upload.addEventListener('progress', (e) => { if (e.lengthComputable) showProgress(w, index, count, e.loaded / e.total); });
    xhr.addEventListener('load', () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON: a proxy's or the server's own error page */ }
      if (xhr.status === 200 && typeof body?.id === 'string') return resolve({ ok: true, file: body });
      resolve({ ok: false, code: body?.code ?? `http_${xhr.status}`,
        message: body?.message ?? (xhr.status === 413
          ? `'${file.name}' is larger than the server accepts.`
          : `The upload of '${file.name}' failed (HTTP ${xhr.status}).`) });
    });
    const lost = () => resolve({ ok: false, code: 'failed',
      message: `The upload of '${file.name}' failed: the connection was lost. Try again.` });
    xhr.addEventListener('error', lost);
    xhr.addEventListener('abort', lost);
    xhr.addEventListener('timeout', lost);
    xhr.send(file);
  });
}

function showProgress(w, index, count, fraction) {
  const percent = Math.round(((index + fraction) / count) * 100);
  w.progress.hidden = false;
  w.progress.setAttribute('aria-valuenow', String(percent));
  w.progress.firstElementChild.style.width = `${percent}%`;
}

function showFiles(w) {
  w.list.replaceChildren(...w.files.map((file) => el('li', { class: 'weft-file', 'data-file-id': file.id },
    el('span', { class: 'weft-file-icon', 'aria-hidden': 'true' }, extensionOf(file.name)),
    el('span', { class: 'weft-file-name' }, String(file.name ?? '')),
    el('span', { class: 'weft-file-size' }, formatSize(file.size)),
    el('button', { type: 'button', class: 'weft-file-remove', 'data-file-id': file.id, 'aria-label': `Remove ${file.name}`,
      title: `Remove ${file.name}` }, '×'))));
}

function extensionOf(name) {
  const dot = String(name ?? '').lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1, dot + 5).toUpperCase() : 'FILE';
}

/** "CSV or PNG files", "image files": as the server words it. */
function describe(accept) {
  const names = accept.map((a) => (a.endsWith('/*') ? a.slice(0, -2) : a.includes('/') ? a : a.slice(1).toUpperCase()));
  const last = names.pop();
  return `${names.length ? `${names.join(', ')} or ${last}` : last} files`;
}

/** As the server words sizes: "512 bytes", "1000 bytes" (exact below 10,000), "10.5 KB", "10 MB". */
export function formatSize(bytes) {
  if (!Number.isFinite(bytes)) return '';
  if (bytes < 10_000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = -1;
  while (value >= 1000 && unit < units.length - 1) { value /= 1000; unit++; }
  return `${value >= 100 || value === Math.round(value) ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}
