// Small DOM helpers. Text always goes in as text (textContent), never as HTML: report snippets and file
// names come from documents.

/** el('p', {class: 'x', 'aria-label': '…'}, 'text', child) */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export const byId = (id) => document.getElementById(id);

export function clear(node) {
  node.replaceChildren();
  return node;
}

const statusLine = () => byId('status');
const alertLine = () => byId('alert');

/** A message in the polite live region; errors go to the alert region so screen readers say them at once. */
export function announce(message) {
  alertLine().hidden = true;
  alertLine().textContent = '';
  statusLine().textContent = message;
}

export function showError(message) {
  statusLine().textContent = '';
  alertLine().textContent = message;
  alertLine().hidden = false;
}

export function clearMessages() {
  statusLine().textContent = '';
  alertLine().textContent = '';
  alertLine().hidden = true;
}

/** Shows one of the main views and hides the others. */
export function showView(id) {
  for (const view of document.querySelectorAll('[data-view]')) {
    view.hidden = view.id !== id;
  }
}

export function formatTime(value) {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleString('zh-TW', { hour12: false });
}

export function formatSize(bytes) {
  if (!Number.isFinite(bytes)) return '';
  if (bytes < 1024) return `${bytes} 位元組`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Asks for a reason in the page's dialog. Resolves to {reason, allowList} or null when cancelled.
 * options: {title, description, confirmLabel, allowList: boolean (show the checkbox)}
 */
export function askReason(options) {
  const dialog = byId('reason-dialog');
  const form = byId('reason-form');
  const reason = byId('reason-dialog-text');
  const allowListRow = byId('reason-dialog-allow-list-row');
  const allowList = byId('reason-dialog-allow-list');
  byId('reason-dialog-title').textContent = options.title;
  byId('reason-dialog-description').textContent = options.description ?? '';
  byId('reason-dialog-confirm').textContent = options.confirmLabel ?? '確定';
  allowListRow.hidden = !options.allowList;
  allowList.checked = false;
  reason.value = '';
  // The browser's own "please fill out this field" is in the browser's language, and lets spaces through.
  const check = () => reason.setCustomValidity(reason.value.trim() ? '' : '請填寫理由。');
  check();
  return new Promise((resolve) => {
    const done = (result) => {
      form.removeEventListener('submit', onSubmit);
      dialog.removeEventListener('close', onClose);
      reason.removeEventListener('input', check);
      if (dialog.open) dialog.close();
      resolve(result);
    };
    // Only a valid form is submitted: the reason is there.
    const onSubmit = (event) => {
      event.preventDefault();
      done({ reason: reason.value.trim(), allowList: options.allowList ? allowList.checked : false });
    };
    const onClose = () => done(null);
    form.addEventListener('submit', onSubmit);
    dialog.addEventListener('close', onClose);
    reason.addEventListener('input', check);
    dialog.showModal();
    reason.focus();
  });
}

/** A yes/no question in the page's dialog (instead of window.confirm, which cannot be styled or labelled). */
export function confirmAction(title, message, confirmLabel) {
  const dialog = byId('confirm-dialog');
  byId('confirm-dialog-title').textContent = title;
  byId('confirm-dialog-message').textContent = message;
  byId('confirm-dialog-confirm').textContent = confirmLabel;
  return new Promise((resolve) => {
    dialog.returnValue = '';
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true });
    dialog.showModal();
    byId('confirm-dialog-cancel').focus();
  });
}
