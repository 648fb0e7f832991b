// The reviewer's decision on one document: approve a draft, release as is, reject, mark a finding as a
// false positive, or mask an official value anyway. The reason goes into the audit log with the decision.

import { postJson, reviewPath } from './api.js';
import { announce, byId, confirmAction, showError } from './ui.js';

const DONE = {
  'approve-redacted': '已核准遮蔽版本，擬發出版本已移至發出區。',
  'approve-dual-draft': '已核准分稿版本，各受文者版本已移至發出區。',
  'release-as-is': '已依原樣發出。',
  reject: '已退回，文件不會發出。',
};

let current = null; // {documentId, onDone}

export function wireDecisions() {
  for (const button of document.querySelectorAll('[data-decision]')) {
    button.addEventListener('click', () => decide(button.dataset.decision));
  }
}

/** No document to decide on (another is being opened). */
export function forgetDecision() {
  current = null;
}

/** Shows the buttons that fit this document: approvals only for the drafts it has. */
export function prepareDecisions(documentId, drafts, onDone) {
  current = { documentId, onDone };
  byId('decision-reason').value = '';
  const kinds = new Set(drafts.map((d) => d.kind));
  byId('decide-approve-redacted').hidden = !kinds.has('redacted');
  byId('decide-approve-dual-draft').hidden = !(kinds.has('recipient') || kinds.has('release'));
  byId('decision-no-drafts').hidden = drafts.length > 0;
}

async function decide(decision) {
  if (!current) return;
  const reasonBox = byId('decision-reason');
  const reason = reasonBox.value.trim();
  const needsReason = decision === 'release-as-is' || decision === 'reject';
  if (needsReason && !reason) {
    showError('照原樣發出或退回時，請在「審核理由」欄說明理由。');
    reasonBox.focus();
    return;
  }
  if (decision === 'release-as-is') {
    const sure = await confirmAction('確定照原樣發出？',
      '文件將不經遮蔽直接發出，其中偵測到的資料都會一併送出。此決定會連同理由記入稽核紀錄，且無法撤回。',
      '確定照原樣發出');
    if (!sure) return;
  }

  const buttons = document.querySelectorAll('[data-decision]');
  buttons.forEach((b) => { b.disabled = true; });
  const { documentId, onDone } = current;
  try {
    await postJson(reviewPath.decision(documentId), { decision, reason });
    current = null;
    onDone(DONE[decision] ?? '已完成審核。');
  } catch (error) {
    showError(error.message);
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

/**
 * 仍要遮蔽: an official or organisation finding number n (counted from 1) is masked in the drafts too, which are made
 * again; the document stays in the queue. Returns whether it was done.
 */
export async function maskAnyway(documentId, n, reason) {
  try {
    await postJson(reviewPath.decision(documentId), { decision: 'mask-anyway', reason, finding: n });
    announce(`已將第 ${n} 項設為仍要遮蔽，遮蔽稿已重新產生。`);
    const item = document.querySelector(`[data-finding="${n}"]`);
    item?.classList.add('finding-mask-anyway');
    item?.querySelector('.finding-title')?.append(' ', Object.assign(document.createElement('span'), { className: 'flag', textContent: '仍要遮蔽' }));
    return true;
  } catch (error) {
    showError(error.message);
    return false;
  }
}

/** Records a false positive for finding number n (counted from 1); the document stays in the queue. */
export async function markFalsePositive(documentId, n, reason, allowList) {
  try {
    const body = { decision: 'false-positive', reason, finding: n };
    if (allowList) body.allowList = true;
    await postJson(reviewPath.decision(documentId), body);
    announce(`已將第 ${n} 項標記為誤判${allowList ? '，並加入機關允許清單（之後的掃描不再列出這個值）' : ''}。`);
    const item = document.querySelector(`[data-finding="${n}"]`);
    item?.classList.add('finding-false-positive');
    item?.querySelector('.finding-title')?.append(' ', Object.assign(document.createElement('span'), { className: 'flag', textContent: '已標記誤判' }));
  } catch (error) {
    showError(error.message);
  }
}
