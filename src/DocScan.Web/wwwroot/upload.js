// Records staff upload a document to be scanned, see its verdict when the scan is done, and can ask again
// later what the reviewer decided (and why a document was sent back). The list lives only in this page.

import { getJson, postForm, reviewPath } from './api.js';
import { wireFilePicker } from './file-picker.js';
import { verdictLabel } from './labels.js';
import { announce, byId, clear, el, showError } from './ui.js';

const POLL_MS = 2000;
const POLL_LIMIT = 150; // five minutes

const DECISIONS = {
  'approve-redacted': '審核通過，遮蔽版本已發出',
  'approve-dual-draft': '審核通過，分稿版本已發出',
  'release-as-is': '審核通過，依原樣發出',
  reject: '審核退回，不會發出',
};

export function wireUpload() {
  wireFilePicker();
  byId('upload-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = byId('upload-file').files[0];
    if (!file) {
      showError('請選擇要上傳的檔案。');
      byId('upload-file-choose').focus();
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
      const item = track(file.name, body);
      for (let i = 0; status === 202 && i < POLL_LIMIT; i++) {
        announce(`「${file.name}」已上傳，等待掃描結果…`);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        body = await getJson(reviewPath.status(body.documentId));
        status = body.status === 'scanned' ? 200 : 202;
      }
      item.update(body);
      if (status !== 200) {
        result.append(el('p', {}, `「${file.name}」已上傳，仍在等待掃描。請稍後在下方清單重新查詢。`));
        announce('已上傳，掃描尚未完成。');
        return;
      }
      const label = body.verdictLabel ?? verdictLabel(body.verdict);
      result.append(el('p', { class: 'upload-outcome' },
        `「${file.name}」掃描完成：`, el('span', { class: `verdict verdict-${body.verdict}` }, label), '。', next(body.verdict), ' ',
        el('a', { href: body.report.html, target: '_blank', rel: 'noopener' }, '查看掃描報告')));
      announce(`「${file.name}」掃描完成，判定為${label}。`);
      byId('upload-form').reset();
      document.dispatchEvent(new CustomEvent('docscan:uploaded'));
    } catch (error) {
      showError(error.message);
    } finally {
      button.disabled = false;
    }
  });
}

/** Adds a row to "本次上傳的文件"; returns {update(body)}. */
function track(fileName, body) {
  const verdict = el('td', {});
  const decision = el('td', {});
  const refresh = el('button', { type: 'button', 'aria-label': `重新查詢「${fileName}」的審核結果` }, '重新查詢');
  const row = el('tr', { 'data-document-id': body.documentId }, el('td', {}, fileName), verdict, decision, el('td', {}, refresh));
  const update = (status) => {
    clear(verdict).append(status.status === 'scanned'
      ? el('span', { class: `verdict verdict-${status.verdict}` }, status.verdictLabel ?? verdictLabel(status.verdict))
      : '掃描中');
    clear(decision).append(decisionText(status));
  };
  refresh.addEventListener('click', async () => {
    refresh.disabled = true;
    try {
      const status = await getJson(reviewPath.status(body.documentId));
      update(status);
      announce(`「${fileName}」：${decisionText(status)}`);
    } catch (error) {
      showError(error.message);
    } finally {
      refresh.disabled = false;
    }
  });
  update(body);
  byId('upload-rows').prepend(row);
  byId('upload-list').hidden = false;
  return { update };
}

function decisionText(status) {
  if (status.status !== 'scanned') return '等待掃描';
  if (status.decision) {
    const text = DECISIONS[status.decision] ?? status.decision;
    return status.decisionReason ? `${text}（理由：${status.decisionReason}）` : text;
  }
  switch (status.verdict) {
    case 'release': return '已可發出';
    case 'block': return '已隔離，不會發出';
    default: return '等待審核';
  }
}

function next(verdict) {
  switch (verdict) {
    case 'release': return '文件已可發出。';
    case 'block': return '文件已隔離，不會由本系統發出，請洽資安或機密維護人員。';
    default: return '文件已送交審核人員確認。';
  }
}
