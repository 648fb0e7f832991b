// The report beside the draft: verdict, reasons, problems and every finding in its masked context.

import { postJson, reviewPath } from './api.js';
import { findingLabel, findingRoleLabel, problemLabel, verdictLabel } from './labels.js';
import { locationLabel } from './location.js';
import { showDraftPage } from './drafts.js';
import { announce, askReason, byId, clear, el, showError } from './ui.js';

// How long a revealed value stays on screen.
const REVEAL_SECONDS = 30;

/**
 * Fills the findings panel. actions: {canReveal, canMarkFalsePositive, onFalsePositive(n, reason, allowList),
 * canMaskAnyway, onMaskAnyway(n, reason)}.
 */
export function renderReport(documentId, report, actions) {
  byId('document-verdict').textContent = verdictLabel(report.verdict);
  byId('document-verdict').className = `verdict verdict-${report.verdict}`;
  byId('document-sha256').textContent = report.document?.sha256 ?? '';
  byId('document-format').textContent = report.document?.format ?? '';

  const reasons = clear(byId('report-reasons'));
  for (const reason of report.reasons ?? []) {
    reasons.append(el('li', {},
      reason.message,
      reason.basis?.length ? el('span', { class: 'basis' }, `（依據：${reason.basis.join('、')}）`) : null));
  }
  byId('report-reasons-section').hidden = reasons.children.length === 0;

  const problems = clear(byId('report-problems'));
  for (const problem of report.problems ?? []) {
    problems.append(el('li', {}, el('strong', {}, problemLabel(problem.code)), '：', problem.message));
  }
  byId('report-problems-section').hidden = problems.children.length === 0;

  // Private data first; official and organisation data after it, visibly apart: listed for the reviewer
  // (who can still act on it) but not deciding the verdict. Numbers stay the report's.
  const list = clear(byId('report-findings'));
  const findings = (report.findings ?? []).map((finding, index) => ({ finding, number: index + 1 }));
  const isPrivate = ({ finding }) => (finding.role ?? 'private') === 'private';
  const others = findings.filter((f) => !isPrivate(f));
  for (const { finding, number } of findings.filter(isPrivate)) list.append(findingItem(documentId, finding, number, actions));
  if (others.length) {
    list.append(el('li', { class: 'findings-public-heading' },
      el('h5', {}, `機關公務資料與機構資料（${others.length} 項）`),
      el('p', { class: 'note' }, '發文機關、依職務出現的公務人員及公司行號的資料：列出供審核參考，本身不會使文件須遮蔽，遮蔽版亦不遮蔽；需要遮蔽的項目請按「仍要遮蔽」。')));
    for (const { finding, number } of others) list.append(findingItem(documentId, finding, number, actions));
  }
  byId('findings-count').textContent = findings.length ? `共 ${findings.length} 項` : '沒有偵測到需處理的資料';
}

/** Empties the findings panel. */
export function clearReport() {
  for (const id of ['document-verdict', 'document-sha256', 'document-format', 'findings-count']) byId(id).textContent = '';
  for (const id of ['report-reasons', 'report-problems', 'report-findings']) clear(byId(id));
  byId('report-problems-section').hidden = true;
}

function findingItem(documentId, finding, number, actions) {
  const title = el('h4', { class: 'finding-title', id: `finding-title-${number}` },
    el('span', { class: 'finding-number' }, `#${number}`), ' ',
    findingLabel(finding), ' ',
    el('code', { class: 'finding-masked' }, finding.masked));
  const details = el('dl', { class: 'finding-details' },
    el('dt', {}, '位置'), el('dd', {}, locationLabel(finding.location)),
    el('dt', {}, '可信度'), el('dd', {}, confidence(finding.confidence)));
  const role = finding.role ?? 'private';
  const item = el('li', { class: 'finding', 'data-finding': number, 'data-role': role }, title);
  if (role !== 'private') {
    item.classList.add('finding-public');
    title.append(' ', el('span', { class: 'flag flag-role' }, findingRoleLabel(role)));
  }
  if (finding.hidden) {
    item.classList.add('finding-hidden');
    title.append(' ', el('span', { class: 'flag' }, '隱藏內容'));
    details.append(el('dt', {}, '注意'), el('dd', {}, '這筆資料在畫面上看不到（隱藏文字、註解、追蹤修訂或文件屬性），但會隨檔案一起送出。'));
  }
  item.append(snippet(finding), details);

  const tools = el('div', { class: 'finding-tools' });
  const revealed = el('p', { class: 'revealed', hidden: true });
  if (actions.canReveal) {
    tools.append(el('button', {
      type: 'button',
      'aria-describedby': `finding-title-${number}`,
      onclick: () => reveal(documentId, number, finding, revealed),
    }, '顯示原值'));
  }
  if (actions.canMarkFalsePositive) {
    tools.append(el('button', {
      type: 'button',
      'aria-describedby': `finding-title-${number}`,
      onclick: () => markFalsePositive(number, finding, actions),
    }, '標記為誤判'));
  }
  if (role !== 'private' && actions.canMaskAnyway) {
    tools.append(el('button', {
      type: 'button',
      'aria-describedby': `finding-title-${number}`,
      onclick: () => maskAnyway(number, finding, actions),
    }, '仍要遮蔽'));
  }
  if (finding.location?.page) {
    tools.append(el('button', {
      type: 'button',
      'aria-describedby': `finding-title-${number}`,
      onclick: () => showDraftPage(finding.location.page),
    }, `查看擬發出版本第 ${finding.location.page} 頁`));
  }
  if (tools.children.length) item.append(tools, revealed);
  return item;
}

/** The masked context with the finding's own masked text in a mark element. */
function snippet(finding) {
  const text = finding.snippet;
  if (!text) return el('p', { class: 'snippet snippet-none' }, '（無法擷取前後文）');
  const at = finding.masked ? text.indexOf(finding.masked) : -1;
  if (at < 0) return el('p', { class: 'snippet' }, text);
  return el('p', { class: 'snippet' },
    text.slice(0, at),
    el('mark', { 'data-type': finding.type }, finding.masked),
    text.slice(at + finding.masked.length));
}

function confidence(value) {
  return typeof value === 'number' ? `${Math.round(value * 100)}%` : '—';
}

async function reveal(documentId, number, finding, target) {
  const answer = await askReason({
    title: `顯示第 ${number} 項的原值`,
    description: `${findingLabel(finding)} ${finding.masked}。查看原值會記入稽核紀錄（誰、何時、為何），請說明查看的理由。`,
    confirmLabel: '記錄理由並顯示',
  });
  if (!answer) return;
  try {
    const { body } = await postJson(reviewPath.reveal(documentId, number), { reason: answer.reason });
    clear(target).append(
      '原值：', el('code', {}, body.value),
      `（已記入稽核紀錄，${REVEAL_SECONDS} 秒後自動隱藏）`, ' ',
      el('button', { type: 'button', onclick: () => hide(target) }, '立即隱藏'));
    target.hidden = false;
    announce(`已顯示第 ${number} 項的原值，${REVEAL_SECONDS} 秒後自動隱藏。`);
    clearTimeout(target.hideTimer);
    target.hideTimer = setTimeout(() => hide(target), REVEAL_SECONDS * 1000);
  } catch (error) {
    showError(error.message);
  }
}

function hide(target) {
  clearTimeout(target.hideTimer);
  clear(target);
  target.hidden = true;
}

async function markFalsePositive(number, finding, actions) {
  const answer = await askReason({
    title: `將第 ${number} 項標記為誤判`,
    description: `${findingLabel(finding)} ${finding.masked}。請說明為何不是需要遮蔽的資料；判斷會記入稽核紀錄，文件仍留在待審清單。`,
    confirmLabel: '標記為誤判',
    allowList: true,
  });
  if (!answer) return;
  await actions.onFalsePositive(number, answer.reason, answer.allowList);
}

async function maskAnyway(number, finding, actions) {
  const answer = await askReason({
    title: `第 ${number} 項仍要遮蔽`,
    description: `${findingLabel(finding)} ${finding.masked}。這是機關或機構的資料，原本不遮蔽；請說明為何仍要在遮蔽稿中遮蔽。決定會記入稽核紀錄，遮蔽稿隨即重新產生。`,
    confirmLabel: '記錄理由並遮蔽',
  });
  if (!answer) return;
  await actions.onMaskAnyway(number, answer.reason);
}

/** Forgets revealed values (leaving the document). */
export function hideRevealed() {
  for (const target of document.querySelectorAll('.revealed')) hide(target);
}
