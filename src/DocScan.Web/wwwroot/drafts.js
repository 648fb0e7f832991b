// The drafts proposed for release, beside the findings: one tab per draft (遮蔽版, 分稿 per recipient);
// PDFs drawn page by page by pdf.js (the redaction boxes are in the PDF itself), other formats as text.

import { ApiError, getBytes, getJson, reviewPath } from './api.js';
import { draftKindLabel, sourceLabel } from './labels.js';
import { announce, byId, clear, el, formatSize, showError } from './ui.js';
import { renderPdf } from './pdf-view.js';

let shown = 0; // Which rendering is current; a slower earlier one must not overwrite a later tab.

/** Lists the drafts and starts showing the first; returns the list. */
export async function loadDrafts(documentId) {
  const tabs = clear(byId('draft-tabs'));
  const panel = clear(byId('draft-content'));
  shown++;
  let drafts;
  try {
    drafts = (await getJson(reviewPath.drafts(documentId))).drafts ?? [];
  } catch (error) {
    panel.append(el('p', { class: 'empty' }, error.message));
    return [];
  }
  if (drafts.length === 0) {
    panel.append(el('p', { class: 'empty' }, '這份文件沒有擬發出版本。'));
    return drafts;
  }

  const buttons = drafts.map((draft, index) => el('button', {
    type: 'button',
    role: 'tab',
    id: `draft-tab-${index}`,
    'aria-controls': 'draft-content',
    'aria-selected': 'false',
    tabindex: '-1',
    'data-draft-name': draft.name,
    onclick: () => select(documentId, drafts, buttons, index),
  }, tabLabel(draft)));
  tabs.append(...buttons);
  tabs.onkeydown = (event) => {
    const current = buttons.findIndex((b) => b.getAttribute('aria-selected') === 'true');
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = (next + buttons.length) % buttons.length;
    select(documentId, drafts, buttons, index);
    buttons[index].focus();
  };
  // Not awaited: a long PDF draws page by page while the findings are already on screen.
  select(documentId, drafts, buttons, 0);
  return drafts;
}

async function select(documentId, drafts, buttons, index) {
  buttons.forEach((button, i) => {
    button.setAttribute('aria-selected', String(i === index));
    button.tabIndex = i === index ? 0 : -1;
  });
  const draft = drafts[index];
  const panel = clear(byId('draft-content'));
  panel.setAttribute('aria-labelledby', buttons[index].id);
  panel.setAttribute('aria-busy', 'true');
  const mine = ++shown;
  panel.append(el('p', { class: 'draft-meta' }, `${draft.name}（${formatSize(draft.size)}）`));
  try {
    if (isPdf(draft)) {
      const bytes = await getBytes(reviewPath.draft(documentId, draft.name));
      if (mine !== shown) return;
      await renderPdf(bytes, panel, () => mine === shown);
    } else {
      const text = await getJson(`${reviewPath.draft(documentId, draft.name)}?view=text`);
      if (mine !== shown) return;
      panel.append(textView(text));
    }
  } catch (error) {
    if (mine === shown) {
      // The API's errors are in the reviewer's words; pdf.js's are English notes for developers, left in the console.
      let message = error.message;
      if (!(error instanceof ApiError)) {
        console.warn(error);
        message = '瀏覽器無法讀取這個檔案。';
      }
      panel.append(el('p', { class: 'empty' }, `無法顯示這份擬發出版本：${message}`));
      showError(message);
    }
  } finally {
    if (mine === shown) panel.removeAttribute('aria-busy');
  }
}

/** Brings page n of the shown draft into view (a PDF page, or the text found on that page). */
export function showDraftPage(n) {
  const target = byId('draft-content').querySelector(`[data-page="${Number(n)}"]`);
  if (!target) {
    announce(`擬發出版本沒有第 ${n} 頁，或尚未顯示完成。`);
    return;
  }
  target.scrollIntoView({ block: 'start' });
  target.focus();
}

/** 遮蔽版, 發出版, 受文者分稿 3: short enough for a row of tabs; the full name shows above the draft. */
function tabLabel(draft) {
  const recipient = /\.recipient-(\d+)\.[^.]+$/.exec(draft.name);
  return recipient ? `${draftKindLabel(draft.kind)} ${Number(recipient[1])}` : draftKindLabel(draft.kind);
}

const isPdf = (draft) => draft.contentType === 'application/pdf' || /\.pdf$/i.test(draft.name);

/** Text segments grouped by where they are (page, source), in document order. */
function textView(text) {
  const view = el('div', { class: 'draft-text' });
  let group = null;
  let key = null;
  for (const segment of text.segments ?? []) {
    const segmentKey = `${segment.page ?? ''}|${segment.source}`;
    if (segmentKey !== key) {
      key = segmentKey;
      const page = segment.page ? `第 ${segment.page} 頁・` : '';
      group = el('section', { class: 'draft-group', 'data-page': segment.page ?? false, tabindex: segment.page ? '-1' : false },
        el('h4', {}, `${page}${sourceLabel(segment.source)}`));
      view.append(group);
    }
    const paragraph = el('p', { class: segment.hidden ? 'segment segment-hidden' : 'segment' }, segment.text);
    if (segment.hidden) paragraph.prepend(el('span', { class: 'flag' }, '隱藏內容'), ' ');
    group.append(paragraph);
  }
  if (!view.children.length) view.append(el('p', { class: 'empty' }, '這份擬發出版本沒有文字內容。'));
  for (const problem of text.problems ?? []) view.append(el('p', { class: 'problem' }, problem));
  return view;
}
