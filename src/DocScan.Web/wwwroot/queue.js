// The review queue: filters, one page at a time, "載入更多" while the server has a continuation token.

import { getJson, reviewPath } from './api.js';
import { verdictLabel } from './labels.js';
import { byId, clear, el, formatTime, showError } from './ui.js';

let continuation = null;
let filters = {};
let onOpen = () => {};

export function wireQueue(open) {
  onOpen = open;
  byId('queue-filters').addEventListener('submit', (event) => {
    event.preventDefault();
    loadQueue();
  });
  byId('queue-filters').addEventListener('reset', () => {
    // After the form has put its fields back.
    setTimeout(() => loadQueue(), 0);
  });
  byId('queue-more').addEventListener('click', () => loadPage(false));
}

/** Reads the filters and loads the first page. */
export function loadQueue() {
  filters = readFilters();
  continuation = null;
  return loadPage(true);
}

function readFilters() {
  const from = byId('filter-from').value;
  const to = byId('filter-to').value;
  return {
    pageSize: byId('filter-page-size').value,
    verdict: byId('filter-verdict').value,
    folder: byId('filter-folder').value.trim(),
    // Dates mean the reviewer's own days: from the start of one to the end of the other.
    from: from ? new Date(`${from}T00:00:00`).toISOString() : '',
    to: to ? new Date(`${to}T23:59:59.999`).toISOString() : '',
  };
}

async function loadPage(first) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value) query.set(name, value);
  }
  if (!first && continuation) query.set('continuation', continuation);

  const body = byId('queue-rows');
  const more = byId('queue-more');
  more.disabled = true;
  byId('queue-view').setAttribute('aria-busy', 'true');
  try {
    const page = await getJson(`${reviewPath.documents}?${query}`);
    if (first) clear(body);
    for (const item of page.documents ?? []) body.append(row(item));
    continuation = page.continuationToken ?? null;
    more.hidden = !continuation;
    const count = body.children.length;
    byId('queue-empty').hidden = count > 0;
    const total = Number.isInteger(page.total) ? `，共 ${page.total} 件` : '';
    byId('queue-count').textContent = count > 0 ? `已顯示 ${count} 件${total}${continuation ? '，可載入更多' : ''}。` : '';
  } catch (error) {
    showError(error.message);
  } finally {
    more.disabled = false;
    byId('queue-view').removeAttribute('aria-busy');
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
