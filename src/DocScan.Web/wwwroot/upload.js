// Records staff upload a document to be scanned, and see its verdict when the scan is done.

import { getJson, postForm, reviewPath } from './api.js';
import { verdictLabel } from './labels.js';
import { announce, byId, clear, el, showError } from './ui.js';

const POLL_MS = 2000;
const POLL_LIMIT = 150; // five minutes

export function wireUpload() {
  byId('upload-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = byId('upload-file').files[0];
    if (!file) {
      showError('請選擇要上傳的檔案。');
      byId('upload-file').focus();
      return;
    }
    const folder = byId('upload-folder').value.trim();
    const form = new FormData();
    form.append('file', file, file.name);
    const query = new URLSearchParams({ wait: '10' });
    if (folder) query.set('folder', folder);

    const button = byId('upload-submit');
    button.disabled = true;
    const result = clear(byId('upload-result'));
    announce(`正在上傳並掃描「${file.name}」…`);
    try {
      let { status, body } = await postForm(`${reviewPath.upload}?${query}`, form);
      for (let i = 0; status === 202 && i < POLL_LIMIT; i++) {
        announce(`「${file.name}」已上傳，等待掃描結果…`);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        body = await getJson(reviewPath.status(body.documentId));
        status = body.status === 'scanned' ? 200 : 202;
      }
      if (status !== 200) {
        result.append(el('p', {}, `「${file.name}」已上傳，仍在等待掃描。請稍後再查看。`));
        announce('已上傳，掃描尚未完成。');
        return;
      }
      const label = body.verdictLabel ?? verdictLabel(body.verdict);
      result.append(el('p', { class: 'upload-outcome' },
        `「${file.name}」掃描完成：`, el('span', { class: `verdict verdict-${body.verdict}` }, label), '。', next(body.verdict)));
      announce(`「${file.name}」掃描完成，判定為${label}。`);
      byId('upload-form').reset();
    } catch (error) {
      showError(error.message);
    } finally {
      button.disabled = false;
    }
  });
}

function next(verdict) {
  switch (verdict) {
    case 'release': return '文件已可發出。';
    case 'block': return '文件已隔離，不會由本系統發出，請洽資安或機密維護人員。';
    default: return '文件已送交審核人員確認。';
  }
}
