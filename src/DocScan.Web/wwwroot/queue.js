// The review queue: filters, one page at a time, "載入更多" while the server has a continuation token.

import { getJson, reviewPath } from './api.js';
import { DATE_EXAMPLES, parseDate } from './dates.js';
import { verdictLabel } from './labels.js';
import { byId, clear, clearMessages, el, formatTime, showError } from './ui.js';

let continuation = null;
// The number of the latest list asked for: a slower earlier answer (the whole queue shown at sign-in) must not
// replace the rows of a query the reviewer has made since.
let latest = 0;
let filters = {};
let onOpen = () => {};

export function wireQueue(open) {
  onOpen = open;
  byId('queue-filters').addEventListener('submit', (event) => {
    event.preventDefault();
    clearMessages();
    loadQueue();
  });
  byId('queue-filters').addEventListener('reset', () => {
    clearMessages();
    // After the form has put its fields back.
    setTimeout(() => loadQueue(), 0);
  });
  byId('queue-more').addEventListener('click', () => loadPage(false));
}

/** Reads the filters and loads the first page; a date that cannot be read is pointed out and nothing is loaded. */
export async function loadQueue() {
  const next = readFilters();
  if (!next) return;
  filters = next;
  continuation = null;
  await loadPage(true);
}

function readFilters() {
  const from = readDate('filter-from');
  const to = readDate('filter-to');
  if (from.date && to.date && from.date > to.date) {
    to.problem = `${labelOf(to.input)}不能早於${labelOf(from.input)}。`;
  }
  const wrong = [from, to].find((field) => field.problem);
  for (const field of [from, to]) {
    if (field.problem) field.input.setAttribute('aria-invalid', 'true');
    else field.input.removeAttribute('aria-invalid');
  }
  if (wrong) {
    showError(wrong.problem);
    wrong.input.focus();
    return null;
  }
  return {
    pageSize: byId('filter-page-size').value,
    verdict: byId('filter-verdict').value,
    folder: byId('filter-folder').value.trim(),
    // Dates mean the reviewer's own days: from the start of one to the end of the other.
    from: from.date ? new Date(`${from.date}T00:00:00`).toISOString() : '',
    to: to.date ? new Date(`${to.date}T23:59:59.999`).toISOString() : '',
  };
}

/** One date filter: {input, date: yyyy-mm-dd or '' when empty, problem: what to tell the reviewer}. */
function readDate(id) {
  const input = byId(id);
  const text = input.value.trim();
  const date = text ? parseDate(text) : '';
  const problem = date === null ? `${labelOf(input)}：日期格式不正確，請輸入如 ${DATE_EXAMPLES}。` : '';
  return { input, date, problem };
}

const labelOf = (input) => input.labels[0].textContent;

async function loadPage(first) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value) query.set(name, value);
  }
  if (!first && continuation) query.set('continuation', continuation);

  const body = byId('queue-rows');
  const more = byId('queue-more');
  const mine = ++latest;
  more.disabled = true;
  byId('queue-view').setAttribute('aria-busy', 'true');
  try {
    const page = await getJson(`${reviewPath.documents}?${query}`);
    if (mine !== latest) return;
    if (first) clear(body);
    for (const item of page.documents ?? []) body.append(row(item));
    continuation = page.continuationToken ?? null;
    more.hidden = !continuation;
    const count = body.children.length;
    byId('queue-empty').hidden = count > 0;
    const total = Number.isInteger(page.total) ? `，共 ${page.total} 件` : '';
    byId('queue-count').textContent = count > 0 ? `已顯示 ${count} 件${total}${continuation ? '，可載入更多' : ''}。` : '';
  } catch (error) {
    if (mine === latest) showError(error.message);
  } finally {
    if (mine === latest) {
      more.disabled = false;
      byId('queue-view').removeAttribute('aria-busy');
    }
  }
}

function row(item) {
  const open = el('button', { type: 'button', class: 'link', onclick: () => onOpen(item) }, fileName(item.name));
  return el('tr', { 'data-document-id': item.id },
    el('td', {}, open),
    el('td', {}, item.folder || '（未分類）'),
    el('td', {}, el('span', { class: `verdict verdict-${item.verdict}` }, verdictLabel(item.verdict))),
    el('td', {}, formatTime(item.scannedAt)),
    el('td', {}, item.uploader || '—'));
}

/** The file's own name from the copy's name ({folder}/{id}/{file}). */
export function fileName(name) {
  const slash = (name ?? '').lastIndexOf('/');
  return slash < 0 ? name : name.slice(slash + 1);
}
